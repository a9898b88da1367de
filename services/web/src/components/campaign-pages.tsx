/*
 * The secretariat's campaign pages as a whole: the list, the form's page, a campaign
 * with its actions and recipients, and its progress. The handlers are in
 * pages/campaigns.tsx; the pieces these pages share are in campaign-views.tsx.
 */
import { label, longDate, type MessageKey } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import { ErrorSummary, Layout, Pagination } from '../layout.js';
import type { Taxonomies } from '../taxonomies.js';
import { CampaignEditor } from './campaign-editor.js';
import type { CampaignForm, Preview } from './campaign-form.js';
import { CampaignActions, CampaignFacts, CampaignMessages, goalText, ProgressTable, type Recipients, RecipientsTable, StatusBadge } from './campaign-views.js';
import type { FieldError } from './form.js';

type Campaign = Schemas['Campaign'];
type Progress = Schemas['CampaignProgress'];

/** The list: each campaign with its goal, deadline and, once it has written, how many countries have met it. */
export function ListPage({
  page,
  tax,
  items,
  progress,
  current,
  pages,
}: {
  page: Page;
  tax: Taxonomies;
  items: readonly Campaign[];
  progress: ReadonlyMap<string, Progress>;
  current: number;
  pages: number;
}) {
  const { t, lang } = page;
  return (
    <Layout page={page} title={t('web.campaigns.list.title')} section="campaigns">
      <h1 safe>{t('web.campaigns.list.title')}</h1>
      <p safe>{t('web.campaigns.list.intro')}</p>
      <p>
        <a class="button" href={page.href('/campaigns/new')} safe>
          {t('web.campaigns.list.new')}
        </a>
      </p>
      {items.length === 0 ? (
        <p safe>{t('web.campaigns.list.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{t('web.campaigns.list.caption')}</caption>
            <thead>
              <tr>
                {(['name', 'kind', 'status', 'deadline', 'goal', 'progress'] as const).map((c) => (
                  <th scope="col" safe>
                    {t(`web.campaigns.list.column.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((c) => {
                const p = progress.get(c.id);
                return (
                  <tr>
                    <th scope="row">
                      <a href={page.href(`/campaigns/${c.id}`)} safe>
                        {c.name}
                      </a>
                    </th>
                    <td safe>{label(lang, 'campaignKind', c.kind)}</td>
                    <td>
                      <StatusBadge page={page} status={c.status} />
                    </td>
                    <td safe>{longDate(lang, c.deadline)}</td>
                    <td safe>{goalText(page, tax, c.kind, c.goal)}</td>
                    <td>
                      {p && c.rounds > 0 ? (
                        <a href={page.href(`/campaigns/${c.id}/progress`)} safe>
                          {t('web.campaigns.list.progress', { met: p.countries.met, targeted: p.countries.targeted, sent: p.deliveries.sent })}
                        </a>
                      ) : (
                        <span class="meta" safe>
                          {t('web.campaigns.list.notSent')}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} current={current} pages={pages} link={(n) => page.href(`/campaigns?page=${n}`)} />
    </Layout>
  );
}

export function FormPage(props: {
  page: Page;
  tax: Taxonomies;
  form: CampaignForm;
  errors: readonly FieldError[];
  campaignId?: string | undefined;
  preview: Preview;
}) {
  const { page, campaignId } = props;
  const { t } = page;
  const title = campaignId ? t('web.campaigns.form.editTitle', { name: props.form.name }) : t('web.campaigns.form.newTitle');
  return (
    <Layout page={page} title={title} section="campaigns">
      <p>
        <a href={page.href(campaignId ? `/campaigns/${campaignId}` : '/campaigns')} safe>
          {campaignId ? t('web.campaigns.detail.back') : t('web.campaigns.list.back')}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <p safe>{t('web.campaigns.form.intro')}</p>
      <CampaignEditor {...props} action={page.href(campaignId ? `/campaigns/${campaignId}/edit` : '/campaigns/new')} />
    </Layout>
  );
}

export function DetailPage({
  page,
  tax,
  campaign,
  recipients,
  errors,
}: {
  page: Page;
  tax: Taxonomies;
  campaign: Campaign;
  recipients?: Recipients | undefined;
  errors: readonly FieldError[];
}) {
  const { t } = page;
  return (
    <Layout page={page} title={campaign.name} section="campaigns">
      <ErrorSummary page={page} errors={errors} />
      <p>
        <a href={page.href('/campaigns')} safe>
          {t('web.campaigns.list.back')}
        </a>
      </p>
      <p class="meta">
        <StatusBadge page={page} status={campaign.status} /> <span safe>{label(page.lang, 'campaignKind', campaign.kind)}</span>
      </p>
      <h1 safe>{campaign.name}</h1>
      {campaign.status !== 'draft' ? (
        <p>
          <a href={page.href(`/campaigns/${campaign.id}/progress`)} safe>
            {t('web.campaigns.detail.progressLink')}
          </a>
        </p>
      ) : (
        ''
      )}
      <section aria-labelledby="actions-title">
        <h2 id="actions-title" safe>
          {t('web.campaigns.detail.actions')}
        </h2>
        <CampaignActions page={page} campaign={campaign} total={recipients?.total} errors={errors} />
      </section>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title" safe>
          {t('web.campaigns.detail.facts')}
        </h2>
        <CampaignFacts page={page} tax={tax} campaign={campaign} />
      </section>
      <section aria-labelledby="messages-title" class="stack">
        <h2 id="messages-title" safe>
          {t('web.campaigns.detail.messages')}
        </h2>
        <CampaignMessages page={page} campaign={campaign} />
      </section>
      {recipients ? (
        <section aria-labelledby="recipients-title">
          <h2 id="recipients-title" safe>
            {t('web.campaigns.recipients.title')}
          </h2>
          <p class="hint" safe>
            {t('web.campaigns.recipients.intro')}
          </p>
          <RecipientsTable page={page} tax={tax} recipients={recipients} />
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}

export function ProgressPage({ page, tax, progress }: { page: Page; tax: Taxonomies; progress: Progress }) {
  const { t, lang } = page;
  const c = progress.campaign;
  const title = t('web.campaigns.progress.title', { name: c.name });
  const figures: [MessageKey, number][] = [
    ['web.campaigns.progress.key.targeted', progress.countries.targeted],
    ['web.campaigns.progress.key.met', progress.countries.met],
    ['web.campaigns.progress.key.notMet', progress.countries.notMet],
    ['web.campaigns.progress.key.listings', progress.listings.length],
    ['web.campaigns.progress.key.sent', progress.deliveries.sent],
    ['web.campaigns.progress.key.queued', progress.deliveries.queued],
    ['web.campaigns.progress.key.failed', progress.deliveries.failed + progress.deliveries.bounced],
  ];
  return (
    <Layout page={page} title={title} section="campaigns">
      <p>
        <a href={page.href(`/campaigns/${c.id}`)} safe>
          {t('web.campaigns.detail.back')}
        </a>
      </p>
      <p class="meta">
        <StatusBadge page={page} status={c.status} /> <span safe>{goalText(page, tax, c.kind, c.goal)}</span>
      </p>
      <h1 safe>{title}</h1>
      <dl class="key-figures">
        {figures.map(([k, v]) => (
          <div>
            <dt safe>{t(k)}</dt>
            <dd safe>{new Intl.NumberFormat(lang).format(v)}</dd>
          </div>
        ))}
      </dl>
      <h2 safe>{t('web.campaigns.progress.byCountry')}</h2>
      <ProgressTable page={page} tax={tax} progress={progress} />
      <p>
        <a href={page.href(`/campaigns/${c.id}/progress.csv`)} safe>
          {t('web.campaigns.progress.csv')}
        </a>
      </p>
      <h2 safe>{t('web.campaigns.progress.listings')}</h2>
      {progress.listings.length === 0 ? (
        <p safe>{t('web.campaigns.progress.noListings')}</p>
      ) : (
        <ul>
          {progress.listings.map((l) => (
            <li>
              <a href={page.href(`/listings/${l.id}`)} safe>
                {l.title}
              </a>{' '}
              <span class="meta" safe>
                {t('web.campaigns.progress.listingMeta', {
                  kind: label(lang, 'listingKind', l.kind),
                  country: tax.name('countries', l.country),
                  date: longDate(lang, l.publishedAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
