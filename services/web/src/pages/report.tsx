/*
 * The concise report for the AICD's board (staff): a period's key figures next to the
 * period before, the themes most offered and asked for, the demands still waiting for
 * cooperation, and the cooperation completed with its lessons. It prints as it reads;
 * each table downloads as CSV and the whole as an Excel workbook, which the web fetches
 * from the API as the person signed in and hands on.
 */
import { isSecretariat } from '@enlace/domain';
import { longDate, type MessageKey } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type operations } from '../api/client.js';
import { Select, TextInput, textOf } from '../components/form.js';
import { Table } from '../components/stats-figures.js';
import { type Page, pageOf, requireMe } from '../context.js';
import { Layout } from '../layout.js';
import { sendHtml } from '../render.js';
import { taxonomiesFor } from '../taxonomies.js';

type Query = NonNullable<operations['getConciseReport']['parameters']['query']>;
const TABLES = ['figures', 'themes', 'unmet', 'completed'] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function queryOf(q: Record<string, unknown>, groups: ReadonlySet<string>): Query {
  const from = textOf(q.from);
  const to = textOf(q.to);
  const group = textOf(q.group);
  return {
    ...(from && ISO_DAY.test(from) ? { from } : {}),
    ...(to && ISO_DAY.test(to) && (!from || to >= from) ? { to } : {}),
    ...(group && groups.has(group) ? { group } : {}),
  };
}

const search = (q: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams(Object.entries(q).flatMap(([k, v]): [string, string][] => (v === undefined ? [] : [[k, String(v)]])));
  return params.size > 0 ? `?${params}` : '';
};

/** Staff only; others are not told the page exists. */
async function staffPage(req: Parameters<typeof pageOf>[0], reply: Parameters<typeof pageOf>[1]): Promise<Page | undefined> {
  const page = await pageOf(req, reply);
  requireMe(page);
  return isSecretariat(page.actor) ? page : undefined;
}

export async function reportPages(app: FastifyInstance) {
  /** The report's filters the records export takes: the period and a country. */
  const recordsQuery = (q: { from?: string | undefined; to?: string | undefined; country?: string | undefined }) => ({
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.country ? { country: q.country } : {}),
  });

  app.get<{ Querystring: Record<string, unknown> }>('/stats/report', async (req, reply) => {
    const page = await staffPage(req, reply);
    if (!page) return reply.callNotFound();
    const { t, lang } = page;
    const tax = await taxonomiesFor(app, lang);
    const places = [...tax.countryGroups.map((g) => ({ value: g.code, label: g.name })), ...tax.subregions.map((s) => ({ value: s.code, label: s.name }))];
    const query = queryOf(req.query, new Set(places.map((p) => p.value)));
    const report = dataOf(await page.api.GET('/v1/stats/report', { params: { query } }));
    const country = (c: string) => tax.name('countries', c);
    const sector = (s: string) => tax.name('sectors', s);
    const change = (current: number, previous: number) =>
      previous === 0 ? (current === 0 ? '0 %' : '—') : `${Math.round(((current - previous) / previous) * 100)} %`;
    const csv = (table: (typeof TABLES)[number]) => (
      <p class="no-print">
        <a href={page.href(`/stats/report.csv${search({ ...query, table })}`)} download="" safe>
          {t('web.stats.report.csv')}
        </a>
      </p>
    );
    const col = (k: string) => t(`report.column.${k}` as MessageKey);
    return sendHtml(
      reply,
      <Layout page={page} title={t('web.stats.report.title')} section="stats">
        <article class="country-sheet">
          <h1 safe>{t('web.stats.report.title')}</h1>
          <p safe>
            {t('web.stats.report.period', {
              from: longDate(lang, report.period.from),
              to: longDate(lang, report.period.to),
              previousFrom: longDate(lang, report.previous.from),
              previousTo: longDate(lang, report.previous.to),
            })}
          </p>
          <p class="no-print" safe>
            {t('web.stats.report.intro')}
          </p>
          <form method="get" action={page.href('/stats/report')} class="filters filter-grid" aria-label={t('web.stats.filters')}>
            <TextInput name="from" type="date" label={t('web.stats.from')} value={query.from} />
            <TextInput name="to" type="date" label={t('web.stats.to')} value={query.to} />
            <Select name="group" label={t('web.stats.group')} value={query.group} options={places} blank={t('web.stats.any')} />
            <div class="actions">
              <button type="submit" safe>
                {t('web.stats.apply')}
              </button>
            </div>
          </form>
          <p class="no-print">
            <a href={page.href(`/stats/report.xlsx${search({ ...query })}`)} download="" safe>
              {t('web.stats.report.workbook')}
            </a>
          </p>

          <section aria-labelledby="report-figures" class="keep-together">
            <h2 id="report-figures" safe>
              {t('report.sheet.figures')}
            </h2>
            <Table
              caption={t('report.sheet.figures')}
              rows={report.figures}
              columns={[
                { label: col('figure'), value: (f) => t(`report.figure.${f.key}`) },
                { label: col('current'), value: (f) => f.current, numeric: true },
                { label: col('previous'), value: (f) => f.previous, numeric: true },
                { label: col('change'), value: (f) => change(f.current, f.previous), numeric: true },
              ]}
            />
            {csv('figures')}
          </section>

          <section aria-labelledby="report-themes" class="keep-together">
            <h2 id="report-themes" safe>
              {t('report.sheet.themes')}
            </h2>
            <div class="columns">
              <Table
                caption={t('report.theme.offered')}
                rows={report.themes.offered}
                columns={[
                  { label: col('sector'), value: (r) => sector(r.sector) },
                  { label: col('count'), value: (r) => r.count, numeric: true },
                ]}
              />
              <Table
                caption={t('report.theme.asked')}
                rows={report.themes.asked}
                columns={[
                  { label: col('sector'), value: (r) => sector(r.sector) },
                  { label: col('count'), value: (r) => r.count, numeric: true },
                ]}
              />
            </div>
            {csv('themes')}
          </section>

          <section aria-labelledby="report-unmet">
            <h2 id="report-unmet" safe>
              {t('report.sheet.unmet')}
            </h2>
            <p safe>{t('web.stats.report.unmetCount', { count: report.unmet.total })}</p>
            {report.unmet.items.length > 0 ? (
              <ul>
                {report.unmet.items.map((d) => (
                  <li>
                    <a href={page.href(`/listings/${d.id}`)} safe>
                      {d.title}
                    </a>{' '}
                    <span class="meta" safe>
                      {`${country(d.country)} · ${d.sectors.map(sector).join(', ')} · ${longDate(lang, d.publishedAt)}`}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              ''
            )}
            {csv('unmet')}
          </section>

          <section aria-labelledby="report-completed">
            <h2 id="report-completed" safe>
              {t('report.sheet.completed')}
            </h2>
            {report.completed.length === 0 ? <p safe>{t('web.stats.report.noneCompleted')}</p> : ''}
            {report.completed.map((c) => (
              <div class="card keep-together">
                <h3>
                  <a href={page.href(`/matches/${c.matchId}`)} safe>
                    {`${country(c.provider)} → ${country(c.recipient)}: ${c.demand}`}
                  </a>
                </h3>
                <p class="meta" safe>
                  {`${c.offer} · ${longDate(lang, c.completedAt)}`}
                </p>
                <dl class="fields">
                  <dt safe>{col('summary')}</dt>
                  <dd class="prose" safe>
                    {c.summary}
                  </dd>
                  <dt safe>{col('lessons')}</dt>
                  <dd class="prose" safe>
                    {c.lessonsLearned}
                  </dd>
                </dl>
              </div>
            ))}
            {csv('completed')}
          </section>
          <section aria-labelledby="report-sidicss" class="no-print">
            <h2 id="report-sidicss" safe>
              {t('web.cooperation.export')}
            </h2>
            <p safe>{t('web.cooperation.exportIntro')}</p>
            <p class="actions">
              {(['csv', 'json'] as const).map((kind) => (
                <a href={page.href(`/stats/cooperation-records.${kind}${search(recordsQuery(report.period))}`)} download="" safe>
                  {t(kind === 'csv' ? 'web.cooperation.exportCsv' : 'web.cooperation.exportJson')}
                </a>
              ))}
            </p>
          </section>
        </article>
      </Layout>,
    );
  });

  // The period's SIDICSS records, as the API writes them (the report's period and country; the export has no groupings).
  for (const kind of ['csv', 'json'] as const) {
    app.get<{ Querystring: Record<string, unknown> }>(`/stats/cooperation-records.${kind}`, async (req, reply) => {
      const page = await staffPage(req, reply);
      if (!page) return reply.callNotFound();
      const tax = await taxonomiesFor(app, page.lang);
      const query = recordsQuery(queryOf(req.query, new Set([...tax.countryGroups.map((g) => g.code), ...tax.subregions.map((s) => s.code)])));
      if (kind === 'json') {
        const items = dataOf(await page.api.GET('/v1/cooperation-records', { params: { query } }));
        return reply
          .type('application/json; charset=utf-8')
          .header('content-disposition', 'attachment; filename="enlace-cooperation-records.json"')
          .header('cache-control', 'private, no-store')
          .send(JSON.stringify(items, null, 2));
      }
      const res = await page.api.GET('/v1/cooperation-records.csv', { params: { query }, parseAs: 'arrayBuffer' });
      const body = dataOf(res) as ArrayBuffer;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', res.response.headers.get('content-disposition') ?? 'attachment')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(body));
    });
  }

  // The downloads: the API's file, asked as the person signed in, handed on as it came.
  for (const kind of ['csv', 'xlsx'] as const) {
    app.get<{ Querystring: Record<string, unknown> }>(`/stats/report.${kind}`, async (req, reply) => {
      const page = await staffPage(req, reply);
      if (!page) return reply.callNotFound();
      const tax = await taxonomiesFor(app, page.lang);
      const query = queryOf(req.query, new Set([...tax.countryGroups.map((g) => g.code), ...tax.subregions.map((s) => s.code)]));
      const table = TABLES.find((x) => x === textOf(req.query.table)) ?? 'figures';
      const res =
        kind === 'csv'
          ? await page.api.GET('/v1/stats/report.csv', { params: { query: { ...query, table, lang: page.lang } }, parseAs: 'arrayBuffer' })
          : await page.api.GET('/v1/stats/report.xlsx', { params: { query: { ...query, lang: page.lang } }, parseAs: 'arrayBuffer' });
      const body = dataOf(res) as ArrayBuffer;
      return reply
        .type(res.response.headers.get('content-type') ?? 'application/octet-stream')
        .header('content-disposition', res.response.headers.get('content-disposition') ?? 'attachment')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(body));
    });
  }
}
