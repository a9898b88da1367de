/*
 * The page a campaign's message links to, for the people of one country (and the
 * secretariat): what the campaign asks, by when, whether the country has done it, and
 * where to do it — post a listing, register or validate experts, confirm listings.
 */
import { canReviewExpert, isSecretariat } from '@enlace/domain';
import { longDate } from '@enlace/i18n';
import type { operations } from '../api/client.js';
import type { Page } from '../context.js';
import { Layout } from '../layout.js';
import type { Taxonomies } from '../taxonomies.js';
import { goalText, MetCell } from './campaign-views.js';

export type CountryView = operations['getCampaignCountry']['responses'][200]['content']['application/json'];

const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);

/** What is asked of the country, as one sentence with the deadline. */
function askText(page: Page, tax: Taxonomies, view: CountryView): string {
  const { t, lang } = page;
  const { campaign } = view;
  const deadline = longDate(lang, campaign.deadline);
  const country = tax.name('countries', view.progress.country);
  switch (campaign.kind) {
    case 'participation':
      return t('web.campaigns.country.ask.participation', {
        country,
        deadline,
        count: num(campaign.goal.count, 1),
        listingKind: String(campaign.goal.listingKind ?? 'either'),
      });
    case 'expert_recruitment':
      return t('web.campaigns.country.ask.experts', { country, deadline, goal: goalText(page, tax, 'expert_recruitment', campaign.goal) });
    case 'renewal':
      return t('web.campaigns.country.ask.renewal', {
        deadline,
        stale: num(campaign.goal.staleAfterDays, 365),
        expiring: num(campaign.goal.expiringWithinDays, 30),
      });
    default:
      return t('web.campaigns.country.ask.announcement');
  }
}

/** What the country has done since the campaign first wrote to it. */
function doneText(page: Page, view: CountryView): string | undefined {
  const { t, lang } = page;
  const p = view.progress;
  if (!p.firstMessageAt) return undefined;
  const since = longDate(lang, p.firstMessageAt);
  switch (view.campaign.kind) {
    case 'participation':
      return t('web.campaigns.country.done.participation', { since, offers: p.offers, demands: p.demands });
    case 'expert_recruitment':
      return t('web.campaigns.country.done.experts', { since, experts: p.experts });
    case 'renewal':
      return t('web.campaigns.country.done.renewal', { count: p.toRenew });
    default:
      return undefined;
  }
}

/** Where to act, as links to the pages that do it. */
function actions(page: Page, view: CountryView): { href: string; text: string }[] {
  const { t, actor } = page;
  const { campaign, progress } = view;
  const links: { href: string; text: string }[] = [];
  if (campaign.kind === 'participation') {
    const wanted = String(campaign.goal.listingKind ?? 'either');
    if (wanted !== 'demand') links.push({ href: page.href('/listings/new?kind=offer'), text: t('web.campaigns.country.act.offer') });
    if (wanted !== 'offer') links.push({ href: page.href('/listings/new?kind=demand'), text: t('web.campaigns.country.act.demand') });
    links.push({ href: page.href('/my/listings'), text: t('web.campaigns.country.act.myListings') });
  }
  if (campaign.kind === 'expert_recruitment') {
    links.push({ href: page.href(`/experts/register?campaign=${campaign.id}`), text: t('web.campaigns.country.act.registerExpert') });
    if (isSecretariat(actor) || canReviewExpert(actor, progress.country))
      links.push({ href: page.href('/experts/review'), text: t('web.campaigns.country.act.validateExperts') });
  }
  if (campaign.kind === 'renewal') links.push({ href: page.href('/my/listings'), text: t('web.campaigns.country.act.renew') });
  return links;
}

export function CampaignCountryPage({ page, tax, view, now }: { page: Page; tax: Taxonomies; view: CountryView; now: Date }) {
  const { t, lang } = page;
  const { campaign, progress } = view;
  const country = tax.name('countries', progress.country);
  const title = t('web.campaigns.country.title', { name: campaign.name, country });
  const ended = campaign.status === 'cancelled' || campaign.status === 'completed';
  const late = new Date(`${campaign.deadline}T23:59:59.999Z`) < now;
  const done = doneText(page, view);
  const links = campaign.status === 'cancelled' ? [] : actions(page, view);
  return (
    <Layout page={page} title={title} section={isSecretariat(page.actor) ? 'campaigns' : undefined}>
      {isSecretariat(page.actor) ? (
        <p>
          <a href={page.href(`/campaigns/${campaign.id}/progress`)} safe>
            {t('web.campaigns.country.backToProgress')}
          </a>
        </p>
      ) : (
        ''
      )}
      <p class="meta" safe>
        {t('web.campaigns.country.kicker', { country })}
      </p>
      <h1 safe>{campaign.name}</h1>
      <section aria-labelledby="ask-title">
        <h2 id="ask-title" safe>
          {t('web.campaigns.country.asked')}
        </h2>
        <p class="lead" safe>
          {askText(page, tax, view)}
        </p>
        <dl class="pair">
          <dt safe>{t('web.campaigns.form.deadline')}</dt>
          <dd>
            <time datetime={campaign.deadline} safe>
              {longDate(lang, campaign.deadline)}
            </time>
            {late ? (
              <>
                {' '}
                <span class="badge" safe>
                  {t('web.campaigns.country.deadlinePassed')}
                </span>
              </>
            ) : (
              ''
            )}
          </dd>
        </dl>
        {ended ? (
          <p class="notice" safe>
            {campaign.status === 'cancelled' ? t('web.campaigns.country.cancelled') : t('web.campaigns.country.completed')}
          </p>
        ) : (
          ''
        )}
      </section>
      {campaign.kind === 'announcement' ? (
        ''
      ) : (
        <section aria-labelledby="standing-title">
          <h2 id="standing-title" safe>
            {t('web.campaigns.country.standing', { country })}
          </h2>
          <p>
            <MetCell page={page} row={progress} />
          </p>
          <p safe>{progress.met ? t('web.campaigns.country.metText', { country }) : t('web.campaigns.country.notMetText', { country })}</p>
          {done ? <p safe>{done}</p> : ''}
        </section>
      )}
      {links.length > 0 ? (
        <section aria-labelledby="act-title">
          <h2 id="act-title" safe>
            {t('web.campaigns.country.act.title')}
          </h2>
          <div class="row-actions">
            {links.map((l, i) => (
              <a class={i === 0 ? 'button' : 'button secondary'} href={l.href} safe>
                {l.text}
              </a>
            ))}
          </div>
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}
