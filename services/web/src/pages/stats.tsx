/*
 * Cooperation in figures: the key figures, a map of the member states present in the
 * catalogue, offers and demands by sector area and by SDG, the listings of each month,
 * the match funnel and who cooperates with whom, with filters by period, grouping,
 * country, sector and goal. The same page serves everyone: the API counts published
 * data for the public and every status for staff, and the page says which it shows.
 */
import { isSecretariat } from '@enlace/domain';
import { label, percent } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type operations } from '../api/client.js';
import { americasMap, offersAndDemands, steps } from '../charts.js';
import { errorFor, type FieldError, Select, TextInput, textOf } from '../components/form.js';
import { Chart, Table } from '../components/stats-figures.js';
import { type Page, pageOf } from '../context.js';
import { ErrorSummary, Layout } from '../layout.js';
import { sendHtml } from '../render.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';

type Filter = NonNullable<operations['getMatchFunnel']['parameters']['query']>;
/** A row of a table of counts: its name as shown, offers, demands and their total. */
type Row = { name: string; offers: number; demands: number; total: number };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function filterOf(query: Record<string, unknown>, tax: Taxonomies): Filter {
  const text = (k: string) => textOf(query[k]);
  const groups = new Set([...tax.countryGroups.map((g) => g.code), ...tax.subregions.map((s) => s.code)]);
  const goal = Number(text('sdgGoal'));
  return {
    ...(ISO_DAY.test(text('from') ?? '') ? { from: text('from') } : {}),
    ...(ISO_DAY.test(text('to') ?? '') ? { to: text('to') } : {}),
    ...(groups.has(text('group') ?? '') ? { group: text('group') } : {}),
    ...(tax.countries.some((c) => c.code === text('country')) ? { country: text('country') } : {}),
    ...(tax.sectors.some((s) => s.code === text('sector')) ? { sector: text('sector') as Filter['sector'] } : {}),
    ...(Number.isInteger(goal) && goal >= 1 && goal <= 17 ? { sdgGoal: goal } : {}),
  };
}

function Filters({ page, tax, filter, errors }: { page: Page; tax: Taxonomies; filter: Filter; errors: readonly FieldError[] }) {
  const { t } = page;
  const places = [...tax.countryGroups.map((g) => ({ value: g.code, label: g.name })), ...tax.subregions.map((s) => ({ value: s.code, label: s.name }))];
  return (
    <form method="get" action={page.href('/stats')} class="filters filter-grid" aria-labelledby="stats-filters">
      <h2 id="stats-filters" class="visually-hidden" safe>
        {t('web.stats.filters')}
      </h2>
      <TextInput name="from" type="date" label={t('web.stats.from')} value={filter.from} error={errorFor(errors, 'from')} />
      <TextInput name="to" type="date" label={t('web.stats.to')} value={filter.to} error={errorFor(errors, 'to')} />
      <Select name="group" label={t('web.stats.group')} value={filter.group} options={places} blank={t('web.stats.any')} />
      <Select
        name="country"
        label={t('web.stats.country')}
        value={filter.country}
        options={tax.countries.map((c) => ({ value: c.code, label: c.name }))}
        blank={t('web.stats.any')}
      />
      <Select
        name="sector"
        label={t('web.stats.sector')}
        value={filter.sector}
        options={tax.sectors.map((s) => ({ value: s.code, label: s.name }))}
        blank={t('web.stats.any')}
      />
      <Select
        name="sdgGoal"
        label={t('web.stats.sdgGoal')}
        value={filter.sdgGoal ? String(filter.sdgGoal) : undefined}
        options={tax.sdgGoals.map((g) => ({ value: String(g.goal), label: `${g.goal} ${g.name}` }))}
        blank={t('web.stats.any')}
      />
      <div class="actions">
        <button type="submit" safe>
          {t('web.stats.apply')}
        </button>
        {Object.keys(filter).length > 0 ? (
          <a href={page.href('/stats')} safe>
            {t('web.stats.clear')}
          </a>
        ) : (
          ''
        )}
      </div>
    </form>
  );
}

/** The first `n` names of the rows with the most of `field`, for a chart's text alternative. */
const topNames = (page: Page, rows: readonly Row[], field: 'offers' | 'demands' | 'total', n = 3) =>
  [...rows]
    .filter((r) => r[field] > 0)
    .sort((a, b) => b[field] - a[field])
    .slice(0, n)
    .map((r) => `${r.name} (${r[field]})`)
    .join(', ') || page.t('web.stats.none');

export async function statsPages(app: FastifyInstance) {
  app.get<{ Querystring: Record<string, unknown> }>('/stats', async (req, reply) => {
    const page = await pageOf(req, reply);
    const { t, lang, api } = page;
    const tax = await taxonomiesFor(app, lang);
    let filter = filterOf(req.query, tax);
    const errors: FieldError[] = filter.from && filter.to && filter.to < filter.from ? [{ field: 'to', message: t('web.stats.error.dates') }] : [];
    if (errors.length > 0) filter = { ...filter, to: undefined };
    const query = { params: { query: filter } };
    const listings = (by: 'country' | 'sectorArea' | 'sdgGoal' | 'month') =>
      api.GET('/v1/stats/listings', { params: { query: { ...filter, by } } }).then(dataOf);
    const [byCountry, bySector, byGoal, byMonth, funnel, flows, coverage] = await Promise.all([
      listings('country'),
      listings('sectorArea'),
      listings('sdgGoal'),
      listings('month'),
      api.GET('/v1/stats/funnel', query).then(dataOf),
      api.GET('/v1/stats/flows', query).then(dataOf),
      // The map shows presence in the catalogue of the grouping asked for (all OAS members otherwise).
      api.GET('/v1/stats/coverage', { params: { query: { ...filter, country: undefined } } }).then(dataOf),
    ]);

    const names = { offers: t('web.stats.table.offers'), demands: t('web.stats.table.demands') };
    const country = (code: string) => tax.name('countries', code);
    const sectorRows = bySector.items.map((r) => ({ ...r, name: tax.name('sectorAreas', r.key) }));
    const goalRows = byGoal.items.map((r) => ({ ...r, name: `${r.key} ${tax.goalName(Number(r.key))}` })).sort((a, b) => Number(a.key) - Number(b.key));
    const coverageRows = coverage.items.map((r) => ({ ...r, name: country(r.country), total: r.offers + r.demands }));
    const stage = Object.fromEntries(funnel.stages.map((s) => [s.stage, s.reached]));
    const agreed = flows.items.reduce((n, f) => n + f.agreed + f.inProgress + f.completed, 0);
    const completed = flows.items.reduce((n, f) => n + f.completed, 0);
    const barsAlt = (title: string, rows: readonly Row[]) =>
      t('web.stats.bars.alt', { title, offered: topNames(page, rows, 'offers'), asked: topNames(page, rows, 'demands') });
    const busiest = [...byMonth.items].sort((a, b) => b.total - a.total)[0];
    const rowColumns = (first: string) => [
      { label: first, value: (r: Row) => r.name },
      { label: t('web.stats.table.offers'), value: (r: Row) => r.offers, numeric: true },
      { label: t('web.stats.table.demands'), value: (r: Row) => r.demands, numeric: true },
      { label: t('web.stats.table.total'), value: (r: Row) => r.total, numeric: true },
    ];

    return sendHtml(
      reply,
      <Layout page={page} title={t('web.stats.title')} section="stats">
        <h1 safe>{t('web.stats.title')}</h1>
        <p safe>{t('web.stats.intro')}</p>
        <p class="notice" safe>
          {byCountry.scope === 'all' ? t('web.stats.scopeAll') : t('web.stats.scopePublished')}
        </p>
        <ErrorSummary page={page} errors={errors} />
        <Filters page={page} tax={tax} filter={filter} errors={errors} />
        <p>
          <a href={page.href(filter.country ? `/stats/countries/${filter.country}` : '/stats/countries')} safe>
            {filter.country ? `${t('web.sheet.sheetLink')}: ${tax.name('countries', filter.country)}` : t('web.sheet.choose')}
          </a>
          {isSecretariat(page.actor) ? (
            <>
              {' · '}
              <a href={page.href('/stats/report')} safe>
                {t('web.stats.report.link')}
              </a>
            </>
          ) : (
            ''
          )}
        </p>

        <section aria-labelledby="key-figures">
          <h2 id="key-figures" safe>
            {t('web.stats.key.title')}
          </h2>
          <dl class="key-figures">
            {[
              [t('web.stats.key.offers'), String(byCountry.totals.offers)],
              [t('web.stats.key.demands'), String(byCountry.totals.demands)],
              [
                t('web.stats.key.coverage'),
                `${t('web.stats.key.coverageValue', { covered: coverage.covered, members: coverage.members })} (${percent(lang, coverage.share)})`,
              ],
              [t('web.stats.key.matches'), String(stage.suggested ?? 0)],
              [t('web.stats.key.agreed'), String(agreed)],
              [t('web.stats.key.completed'), String(completed)],
            ].map(([k, v]) => (
              <div>
                <dt safe>{k}</dt>
                <dd safe>{v}</dd>
              </div>
            ))}
          </dl>
        </section>

        <Chart
          page={page}
          id="map-title"
          title={t('web.stats.map.title')}
          note={t('web.stats.map.note')}
          svg={americasMap(
            new Map(coverage.items.map((i) => [i.country, i.offers + i.demands])),
            t('web.stats.map.alt', { covered: coverage.covered, members: coverage.members, top: topNames(page, coverageRows, 'total') }),
            t('web.stats.map.legend'),
          )}
        >
          <Table
            caption={t('web.stats.map.title')}
            rows={coverageRows}
            columns={[
              ...rowColumns(t('web.stats.country')),
              {
                label: t('web.stats.table.member'),
                value: (r: Row) => (coverageRows.find((c) => c.name === r.name)?.covered ? t('web.stats.yes') : t('web.stats.no')),
              },
            ]}
          />
        </Chart>

        <Chart
          page={page}
          id="sector-title"
          title={t('web.stats.sector.title')}
          note={t('web.stats.bars.key')}
          svg={offersAndDemands(
            sectorRows.map((r) => ({ label: r.name, offers: r.offers, demands: r.demands })),
            names,
            barsAlt(t('web.stats.sector.title'), sectorRows),
          )}
        >
          <Table caption={t('web.stats.sector.title')} rows={sectorRows} columns={rowColumns(t('web.stats.sector'))} />
        </Chart>

        <Chart
          page={page}
          id="goal-title"
          title={t('web.stats.goal.title')}
          note={t('web.stats.bars.key')}
          svg={offersAndDemands(
            goalRows.map((r) => ({ label: r.name, offers: r.offers, demands: r.demands })),
            names,
            barsAlt(t('web.stats.goal.title'), goalRows),
          )}
        >
          <Table caption={t('web.stats.goal.title')} rows={goalRows} columns={rowColumns(t('web.stats.sdgGoal'))} />
        </Chart>

        <Chart
          page={page}
          id="month-title"
          title={t('web.stats.month.title')}
          svg={steps(
            byMonth.items.map((r) => ({ label: r.key, value: r.total })),
            t('web.stats.month.alt', {
              title: t('web.stats.month.title'),
              count: byMonth.items.length,
              month: busiest?.key ?? '—',
              value: busiest?.total ?? 0,
            }),
            { vertical: true },
          )}
        >
          <Table
            caption={t('web.stats.month.title')}
            rows={byMonth.items.map((r) => ({ ...r, name: r.key }))}
            columns={rowColumns(t('web.stats.month.title'))}
          />
        </Chart>

        <Chart
          page={page}
          id="funnel-title"
          title={t('web.stats.funnel.title')}
          note={t('web.stats.funnel.ended', { declined: funnel.declined, dismissed: funnel.dismissed })}
          svg={steps(
            funnel.stages.map((s) => ({ label: label(lang, 'matchStage', s.stage as 'suggested'), value: s.reached })),
            t('web.stats.funnel.alt', {
              suggested: stage.suggested ?? 0,
              interested: stage.interested ?? 0,
              agreed: stage.agreed ?? 0,
              completed: stage.completed ?? 0,
            }),
          )}
        >
          <Table
            caption={t('web.stats.funnel.title')}
            rows={funnel.stages}
            columns={[
              { label: t('web.stats.funnel.stage'), value: (s) => label(lang, 'matchStage', s.stage as 'suggested') },
              { label: t('web.stats.funnel.reached'), value: (s) => s.reached, numeric: true },
              { label: t('web.stats.funnel.conversion'), value: (s) => (s.conversion === null ? '—' : percent(lang, s.conversion)), numeric: true },
              { label: t('web.stats.funnel.days'), value: (s) => (s.medianDays === null ? '—' : String(s.medianDays)), numeric: true },
            ]}
          />
        </Chart>

        <section aria-labelledby="flows-title">
          <h2 id="flows-title" safe>
            {t('web.stats.flows.title')}
          </h2>
          {flows.items.length === 0 ? (
            <p safe>{t('web.stats.flows.none')}</p>
          ) : (
            <Table
              caption={t('web.stats.flows.caption')}
              rows={flows.items.slice(0, 50)}
              columns={[
                { label: t('web.stats.flows.provider'), value: (f) => country(f.provider) },
                { label: t('web.stats.flows.recipient'), value: (f) => country(f.recipient) },
                { label: t('web.stats.flows.agreed'), value: (f) => f.agreed, numeric: true },
                { label: t('web.stats.flows.inProgress'), value: (f) => f.inProgress, numeric: true },
                { label: t('web.stats.flows.completed'), value: (f) => f.completed, numeric: true },
              ]}
            />
          )}
        </section>
      </Layout>,
    );
  });
}
