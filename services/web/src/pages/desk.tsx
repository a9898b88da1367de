/*
 * A person's desk, the first page after sign-in: what needs them now. Listings and
 * changes waiting for their review, matches waiting for their country's answer, agreed
 * cooperation to start or close, unread notifications, drafts not yet submitted and,
 * for focal points, the campaigns their country has not met. Each section appears only
 * when something is in it, and links to the page where it is done.
 */
import { canReviewListing, canWriteListing, isCountryWriter, isSecretariat } from '@enlace/domain';
import { label, longDate } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type Schemas } from '../api/client.js';
import { type MatchSummary, waitsFor } from '../components/match-list.js';
import { type Page, pageOf, requireMe } from '../context.js';
import { Layout } from '../layout.js';
import { sendHtml } from '../render.js';
import { taxonomiesFor, type Taxonomies } from '../taxonomies.js';

/** How many items a section shows before linking to the full list. */
const SHOWN = 5;

interface Item {
  readonly href: string;
  readonly text: string;
  readonly meta?: string | undefined;
}

function Section({ id, title, items, more }: { id: string; title: string; items: readonly Item[]; more?: { href: string; text: string } }) {
  if (items.length === 0) return '';
  return (
    <section class="card" aria-labelledby={`desk-${id}`}>
      <h2 id={`desk-${id}`} safe>
        {title}
      </h2>
      <ul>
        {items.slice(0, SHOWN).map((i) => (
          <li>
            <a href={i.href} safe>
              {i.text}
            </a>
            {i.meta ? (
              <>
                {' '}
                <span class="meta" safe>
                  {i.meta}
                </span>
              </>
            ) : (
              ''
            )}
          </li>
        ))}
      </ul>
      {more ? (
        <p>
          <a href={more.href} safe>
            {more.text}
          </a>
        </p>
      ) : (
        ''
      )}
    </section>
  );
}

const matchItem = (page: Page, tax: Taxonomies, m: MatchSummary): Item => ({
  href: page.href(`/matches/${m.id}`),
  text: `${m.offer.title} (${tax.name('countries', m.offer.country)}) ↔ ${m.demand.title} (${tax.name('countries', m.demand.country)})`,
  meta: label(page.lang, 'matchStage', m.stage),
});

const listingItem = (page: Page, l: Schemas['Listing'], href: string): Item => ({
  href: page.href(href),
  text: l.title,
  meta: label(page.lang, 'listingKind', l.kind),
});

export async function deskPage(app: FastifyInstance) {
  app.get('/desk', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    const { t, lang, actor, api } = page;
    const staff = isSecretariat(actor);
    const country = me.country ?? undefined;
    const follows = staff || isCountryWriter(actor);
    const none = Promise.resolve({ items: [] as never[] });
    const matches = (stage: string) => api.GET('/v1/matches', { params: { query: { stage, limit: 50, lang } } }).then(dataOf);

    const focalPoint = isCountryWriter(actor) && me.role === 'focal_point';
    const [tax, review, toAnswer, toFollow, unread, drafts, campaigns] = await Promise.all([
      taxonomiesFor(app, lang),
      staff || (country && canReviewListing(actor, country))
        ? api.GET('/v1/listings', { params: { query: { review: 'pending', limit: 50, ...(staff ? {} : { country }) } } }).then(dataOf)
        : none,
      follows ? matches(staff ? 'mutual' : 'suggested,interested,mutual') : none,
      follows ? matches('agreed,in_progress') : none,
      api.GET('/v1/inbox', { params: { query: { unread: 'true', limit: SHOWN, lang } } }).then(dataOf),
      country && canWriteListing(actor, country)
        ? api.GET('/v1/listings', { params: { query: { country, status: 'draft', limit: SHOWN } } }).then(dataOf)
        : none,
      focalPoint ? api.GET('/v1/me/campaigns').then(dataOf) : none,
    ]);

    const answer = toAnswer.items.filter((m) => staff || waitsFor(page, m));
    const followUp = toFollow.items.filter((m) => m.availableActions.includes('start') || m.availableActions.includes('complete'));
    const sections = [
      <Section
        id="review"
        title={t('web.desk.review.title')}
        items={review.items.map((l) => listingItem(page, l, `/review/${l.id}`))}
        more={{ href: page.href('/review'), text: t('web.desk.review.all') }}
      />,
      <Section
        id="answer"
        title={staff ? t('web.desk.answer.staffTitle') : t('web.desk.answer.title')}
        items={answer.map((m) => matchItem(page, tax, m))}
        more={{ href: page.href(staff ? '/matches?stage=mutual' : '/matches'), text: t('web.desk.matches.all') }}
      />,
      <Section
        id="follow-up"
        title={t('web.desk.followUp.title')}
        items={followUp.map((m) => ({
          ...matchItem(page, tax, m),
          meta: m.stage === 'agreed' ? t('web.desk.followUp.agreed') : t('web.desk.followUp.inProgress'),
        }))}
        more={{ href: page.href('/matches?stage=agreed'), text: t('web.desk.matches.all') }}
      />,
      <Section
        id="inbox"
        title={t('web.desk.inbox.title')}
        items={unread.items.map((n) => ({ href: page.href('/inbox?unread=1'), text: n.title, meta: longDate(lang, n.createdAt) }))}
        more={{ href: page.href('/inbox?unread=1'), text: t('web.desk.inbox.all') }}
      />,
      <Section
        id="campaigns"
        title={t('web.desk.campaigns.title')}
        items={campaigns.items.map((c) => ({
          href: page.href(`/campaigns/${c.id}/countries/${c.country}`),
          text: c.name,
          meta: t('web.desk.campaigns.deadline', { date: longDate(lang, c.deadline) }),
        }))}
      />,
      <Section
        id="drafts"
        title={t('web.desk.mine.title')}
        items={drafts.items.map((l) => listingItem(page, l, `/listings/${l.id}/edit`))}
        more={{ href: page.href('/my/listings?status=draft'), text: t('web.desk.mine.open') }}
      />,
    ];
    const empty = review.items.length + answer.length + followUp.length + unread.items.length + drafts.items.length + campaigns.items.length === 0;
    return sendHtml(
      reply,
      <Layout page={page} title={t('web.desk.title')} section="desk">
        <h1 safe>{t('web.desk.title')}</h1>
        <p safe>{t('web.desk.greeting', { name: me.name })}</p>
        {empty ? (
          <p class="notice" safe>
            {t('web.desk.allClear')}
          </p>
        ) : (
          ''
        )}
        <div class="columns">{sections}</div>
      </Layout>,
    );
  });
}
