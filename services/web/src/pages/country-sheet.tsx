/*
 * A country sheet, after SEGIB's one-page "country sheets": what a country offers and
 * asks for (by sector and SDG), its partners as provider and as recipient, and how far
 * its matches have gone, on one page that prints on A4 or Letter (the stylesheet's print
 * rules drop the navigation and keep each table whole). Published data only for the
 * public; staff's counts include every status, as on the statistics page.
 */
import { label, longDate } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf } from '../api/client.js';
import { offersAndDemands } from '../charts.js';
import { Select } from '../components/form.js';
import { Table } from '../components/stats-figures.js';
import { pageOf } from '../context.js';
import { Layout } from '../layout.js';
import { sendHtml } from '../render.js';
import { taxonomiesFor } from '../taxonomies.js';

type Row = { name: string; offers: number; demands: number; total: number };

export async function countrySheetPages(app: FastifyInstance) {
  // Choosing a country: a plain GET form, then its sheet's address.
  app.get<{ Querystring: { country?: string } }>('/stats/countries', async (req, reply) => {
    const page = await pageOf(req, reply);
    const tax = await taxonomiesFor(app, page.lang);
    const chosen = tax.countries.find((c) => c.code === req.query.country);
    if (chosen) return reply.redirect(page.href(`/stats/countries/${chosen.code}`), 303);
    const { t } = page;
    return sendHtml(
      reply,
      <Layout page={page} title={t('web.sheet.choose')} section="stats">
        <h1 safe>{t('web.sheet.choose')}</h1>
        <form method="get" action={page.href('/stats/countries')}>
          <Select name="country" label={t('web.sheet.chooseLabel')} options={tax.countries.map((c) => ({ value: c.code, label: c.name }))} />
          <div class="actions">
            <button type="submit" safe>
              {t('web.sheet.open')}
            </button>
          </div>
        </form>
      </Layout>,
    );
  });

  app.get<{ Params: { country: string } }>('/stats/countries/:country', async (req, reply) => {
    const page = await pageOf(req, reply);
    const { t, lang, api } = page;
    const tax = await taxonomiesFor(app, lang);
    const code = req.params.country.toUpperCase();
    if (!tax.countries.some((c) => c.code === code)) return reply.callNotFound();
    const country = (c: string) => tax.name('countries', c);
    const name = country(code);
    const listings = (by: 'sector' | 'sdgGoal') => api.GET('/v1/stats/listings', { params: { query: { country: code, by } } }).then(dataOf);
    const [bySector, byGoal, flows, funnel, campaigns] = await Promise.all([
      listings('sector'),
      listings('sdgGoal'),
      api.GET('/v1/stats/flows', { params: { query: { country: code } } }).then(dataOf),
      api.GET('/v1/stats/funnel', { params: { query: { country: code } } }).then(dataOf),
      api.GET('/v1/stats/campaigns', { params: { query: { country: code } } }).then(dataOf),
    ]);
    type Campaign = (typeof campaigns.items)[number];
    const sectorRows: Row[] = bySector.items.map((r) => ({ ...r, name: tax.name('sectors', r.key) }));
    const goalRows: Row[] = byGoal.items
      .map((r) => ({ ...r, name: `${r.key} ${tax.goalName(Number(r.key))}` }))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    const provider = flows.items.filter((f) => f.provider === code);
    const recipient = flows.items.filter((f) => f.recipient === code);
    const underWay = flows.items.reduce((n, f) => n + f.agreed + f.inProgress, 0);
    const completed = flows.items.reduce((n, f) => n + f.completed, 0);
    const countColumns = (first: string) => [
      { label: first, value: (r: Row) => r.name },
      { label: t('web.stats.table.offers'), value: (r: Row) => r.offers, numeric: true },
      { label: t('web.stats.table.demands'), value: (r: Row) => r.demands, numeric: true },
    ];
    const partnerColumns = (side: 'provider' | 'recipient') => [
      { label: t('web.sheet.partner'), value: (f: (typeof flows.items)[number]) => country(f[side]) },
      { label: t('web.stats.flows.agreed'), value: (f: (typeof flows.items)[number]) => f.agreed + f.inProgress, numeric: true },
      { label: t('web.stats.flows.completed'), value: (f: (typeof flows.items)[number]) => f.completed, numeric: true },
    ];
    const title = t('web.sheet.title', { country: name });
    return sendHtml(
      reply,
      <Layout page={page} title={title} section="stats">
        <article class="country-sheet">
          <h1 safe>{title}</h1>
          <p safe>{t('web.sheet.intro', { country: name, date: longDate(lang, new Date()) })}</p>
          <p class="no-print meta" safe>
            {bySector.scope === 'all' ? t('web.stats.scopeAll') : t('web.stats.scopePublished')} {t('web.sheet.print')}
          </p>
          <dl class="key-figures">
            {[
              [t('web.sheet.offers'), bySector.totals.offers],
              [t('web.sheet.demands'), bySector.totals.demands],
              [t('web.sheet.agreed'), underWay],
              [t('web.sheet.completed'), completed],
            ].map(([k, v]) => (
              <div>
                <dt safe>{String(k)}</dt>
                <dd safe>{String(v)}</dd>
              </div>
            ))}
          </dl>
          {bySector.totals.total === 0 ? (
            <p safe>{t('web.sheet.nothing')}</p>
          ) : (
            <section aria-labelledby="sheet-sectors" class="keep-together">
              <h2 id="sheet-sectors" safe>
                {t('web.sheet.bySector')}
              </h2>
              {/* Trusted markup: Plot built it from our numbers and names, escaped by its DOM. */}
              {
                offersAndDemands(
                  sectorRows.slice(0, 8).map((r) => ({ label: r.name, offers: r.offers, demands: r.demands })),
                  { offers: t('web.stats.table.offers'), demands: t('web.stats.table.demands') },
                  t('web.stats.bars.alt', {
                    title: t('web.sheet.bySector'),
                    offered:
                      sectorRows
                        .filter((r) => r.offers > 0)
                        .map((r) => r.name)
                        .slice(0, 3)
                        .join(', ') || t('web.stats.none'),
                    asked:
                      sectorRows
                        .filter((r) => r.demands > 0)
                        .map((r) => r.name)
                        .slice(0, 3)
                        .join(', ') || t('web.stats.none'),
                  }),
                ) as 'safe'
              }
              <p class="meta" safe>
                {t('web.stats.bars.key')}
              </p>
              <Table caption={t('web.sheet.bySector')} rows={sectorRows} columns={countColumns(t('web.stats.sector'))} />
            </section>
          )}
          {goalRows.length > 0 ? (
            <section aria-labelledby="sheet-goals" class="keep-together">
              <h2 id="sheet-goals" safe>
                {t('web.sheet.byGoal')}
              </h2>
              <Table caption={t('web.sheet.byGoal')} rows={goalRows} columns={countColumns(t('web.stats.sdgGoal'))} />
            </section>
          ) : (
            ''
          )}
          <section aria-labelledby="sheet-partners" class="keep-together">
            <h2 id="sheet-partners" safe>
              {t('web.sheet.roles')}
            </h2>
            <div class="columns">
              {provider.length > 0 ? (
                <Table caption={t('web.sheet.asProvider')} rows={provider} columns={partnerColumns('recipient')} />
              ) : (
                <p safe>{`${t('web.sheet.asProvider')}: ${t('web.sheet.noPartners')}`}</p>
              )}
              {recipient.length > 0 ? (
                <Table caption={t('web.sheet.asRecipient')} rows={recipient} columns={partnerColumns('provider')} />
              ) : (
                <p safe>{`${t('web.sheet.asRecipient')}: ${t('web.sheet.noPartners')}`}</p>
              )}
            </div>
          </section>
          <section aria-labelledby="sheet-funnel" class="keep-together">
            <h2 id="sheet-funnel" safe>
              {t('web.sheet.funnel')}
            </h2>
            <Table
              caption={t('web.sheet.funnel')}
              rows={funnel.stages}
              columns={[
                { label: t('web.stats.funnel.stage'), value: (s) => label(lang, 'matchStage', s.stage as 'suggested') },
                { label: t('web.stats.funnel.reached'), value: (s) => s.reached, numeric: true },
                { label: t('web.stats.funnel.days'), value: (s) => (s.medianDays === null ? '—' : String(s.medianDays)), numeric: true },
              ]}
            />
          </section>
          <section aria-labelledby="sheet-campaigns" class="keep-together">
            <h2 id="sheet-campaigns" safe>
              {t('web.sheet.campaigns')}
            </h2>
            <p safe>{t('web.sheet.campaignsSummary', { country: name, reached: campaigns.reached, met: campaigns.met })}</p>
            {campaigns.items.length > 0 ? (
              <Table
                caption={t('web.sheet.campaigns')}
                rows={campaigns.items}
                columns={[
                  // Names only reach the country's own people and the secretariat; others read the kind.
                  { label: t('web.sheet.campaign'), value: (c: Campaign) => c.name ?? label(lang, 'campaignKind', c.kind) },
                  { label: t('web.sheet.campaignSince'), value: (c: Campaign) => longDate(lang, c.firstMessageAt) },
                  {
                    label: t('web.sheet.campaignMet'),
                    value: (c: Campaign) =>
                      !c.met ? t('web.sheet.no') : c.metAt ? t('web.sheet.yes', { date: longDate(lang, c.metAt) }) : t('web.sheet.yesUndated'),
                  },
                  { label: t('web.stats.table.offers'), value: (c: Campaign) => c.offers, numeric: true },
                  { label: t('web.stats.table.demands'), value: (c: Campaign) => c.demands, numeric: true },
                  { label: t('web.sheet.campaignExperts'), value: (c: Campaign) => c.experts, numeric: true },
                ]}
              />
            ) : (
              ''
            )}
          </section>
        </article>
      </Layout>,
    );
  });
}
