/*
 * The catalogue: full-text search in four languages with filters and their counts. The
 * whole state is in the URL (a GET form and plain links), so the page works without
 * JavaScript and a search can be sent to a colleague.
 */
import { LANGUAGES } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type operations } from '../api/client.js';
import { Choices, listOf, type Option, Select, textOf } from '../components/form.js';
import { ListingCard } from '../components/listing-card.js';
import { SearchBox } from '../components/search-box.js';
import { type Page, pageOf } from '../context.js';
import { AUTONYMS, Layout, Pagination } from '../layout.js';
import { sendHtml } from '../render.js';
import { taxonomiesFor } from '../taxonomies.js';

type SearchQuery = NonNullable<operations['searchListings']['parameters']['query']>;
type Facets = Readonly<Record<string, Readonly<Record<string, number>>>>;

const PER_PAGE = 20;

/** The filters a catalogue URL may carry, read leniently: a bad value is dropped, never an error page. */
function filtersOf(raw: Record<string, unknown>) {
  const one = (name: string, pattern: RegExp) => {
    const v = textOf(raw[name]);
    return v && pattern.test(v) ? v : undefined;
  };
  const many = (name: string, pattern: RegExp) =>
    listOf(raw[name])
      .flatMap((v) => v.split(','))
      .filter((v) => pattern.test(v));
  const page = Number(textOf(raw.page) ?? '1');
  return {
    q: textOf(raw.q)?.slice(0, 500),
    kind: one('kind', /^(offer|demand)$/) as 'offer' | 'demand' | undefined,
    group: one('group', /^[a-z_]{2,40}$/),
    country: many('country', /^[A-Z]{2}$/),
    sector: many('sector', /^[a-z0-9_]{1,60}$/),
    sdgGoal: one('sdgGoal', /^(1[0-7]|[1-9])$/),
    sdgTarget: one('sdgTarget', /^(1[0-7]|[1-9])\.(\d{1,2}|[a-z])$/),
    modality: many('modality', /^[a-z0-9_]{1,60}$/),
    language: one('language', /^(es|en|pt|fr)$/) as SearchQuery['language'],
    page: Number.isInteger(page) && page >= 1 && page <= 250 ? page : 1,
  };
}
type Filters = ReturnType<typeof filtersOf>;

/** The catalogue URL for these filters (empty ones left out), on page `n`. */
function urlOf(page: Page, f: Filters, n = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(f)) {
    if (key === 'page') continue;
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [String(value)]) params.append(key, v);
  }
  if (n > 1) params.set('page', String(n));
  const query = params.toString();
  return page.href(`/catalogue${query ? `?${query}` : ''}`);
}

const counted = (page: Page, facets: Facets, facet: string, options: readonly Option[], keep: readonly string[] = []): Option[] =>
  options
    .filter((o) => (facets[facet]?.[o.value] ?? 0) > 0 || keep.includes(o.value))
    .map((o) => ({ ...o, label: page.t('web.catalogue.withCount', { name: o.label, count: facets[facet]?.[o.value] ?? 0 }) }));

export async function cataloguePages(app: FastifyInstance) {
  app.get<{ Querystring: Record<string, unknown> }>('/catalogue', async (req, reply) => {
    const page = await pageOf(req, reply);
    const { t, lang } = page;
    const f = filtersOf(req.query);
    // A target belongs to a goal: choosing another goal drops the target of the previous one.
    if (f.sdgTarget && f.sdgTarget.split('.')[0] !== f.sdgGoal) f.sdgTarget = undefined;
    const query: SearchQuery = {
      // The words are in the page's language: the API also looks for them through their Spanish translation.
      ...(f.q ? { q: f.q, qLanguage: lang } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.group ? { group: f.group } : {}),
      ...(f.country.length ? { country: f.country.join(',') } : {}),
      ...(f.sector.length ? { sector: f.sector.join(',') } : {}),
      ...(f.sdgGoal ? { sdgGoal: Number(f.sdgGoal) } : {}),
      ...(f.sdgTarget ? { sdgTarget: f.sdgTarget } : {}),
      ...(f.modality.length ? { modality: f.modality.join(',') } : {}),
      ...(f.language ? { language: f.language } : {}),
      page: f.page,
      hitsPerPage: PER_PAGE,
    };
    const [tax, result] = await Promise.all([taxonomiesFor(app, lang), page.api.GET('/v1/search', { params: { query } }).then(dataOf)]);
    const facets = result.facets;
    const title = f.q ? t('web.catalogue.titleWithQuery', { query: f.q }) : t('web.catalogue.title');
    const any = t('web.catalogue.filters.any');
    const groups: Option[] = [
      ...tax.countryGroups.map((g) => ({ value: g.code, label: g.name })),
      ...tax.subregions.map((s) => ({ value: s.code, label: s.name })),
    ];
    return sendHtml(
      reply,
      <Layout page={page} title={title} section="catalogue">
        <h1 safe>{title}</h1>
        <SearchBox page={page} query={f.q} />
        <div class="with-sidebar catalogue">
          <section class="results" aria-labelledby="results-count">
            <p id="results-count" role="status" safe>
              {t('web.catalogue.results', { count: result.totalHits })}
            </p>
            {result.totalHits === 0 ? <p safe>{t('web.catalogue.noResults')}</p> : ''}
            <ul class="cards">
              {result.hits.map((hit) => (
                <ListingCard page={page} tax={tax} listing={hit} headingLevel={2} />
              ))}
            </ul>
            <Pagination page={page} current={result.page} pages={result.totalPages} link={(n) => urlOf(page, f, n)} />
          </section>
          <details class="filters" open>
            <summary>
              <h2 safe>{t('web.catalogue.filters')}</h2>
            </summary>
            <form method="get" action={page.href('/catalogue')}>
              {f.q ? <input type="hidden" name="q" value={f.q} /> : ''}
              <Choices
                name="kind"
                type="radio"
                label={t('web.catalogue.filter.kind')}
                values={[f.kind ?? '']}
                options={[
                  { value: '', label: any },
                  ...counted(
                    page,
                    facets,
                    'kind',
                    (['offer', 'demand'] as const).map((k) => ({ value: k, label: t(`label.listingKind.${k}`) })),
                    f.kind ? [f.kind] : [],
                  ),
                ]}
              />
              <Select name="group" label={t('web.catalogue.filter.group')} value={f.group} blank={any} options={groups} />
              <Select
                name="country"
                label={t('web.catalogue.filter.country')}
                value={f.country[0]}
                blank={any}
                options={counted(
                  page,
                  facets,
                  'country',
                  tax.countries.map((c) => ({ value: c.code, label: c.name })),
                  f.country,
                )}
              />
              <Select
                name="sdgGoal"
                label={t('web.catalogue.filter.sdgGoal')}
                value={f.sdgGoal}
                blank={any}
                options={counted(
                  page,
                  facets,
                  'sdgGoals',
                  tax.sdgGoals.map((g) => ({ value: String(g.goal), label: `${g.goal}. ${g.name}` })),
                  f.sdgGoal ? [f.sdgGoal] : [],
                )}
              />
              {f.sdgGoal ? (
                <Select
                  name="sdgTarget"
                  label={t('web.catalogue.filter.sdgTarget')}
                  value={f.sdgTarget}
                  blank={any}
                  options={counted(
                    page,
                    facets,
                    'sdgTargets',
                    tax.sdgTargets
                      .filter((x) => String(x.goal) === f.sdgGoal)
                      .map((x) => ({ value: x.code, label: `${x.code} ${x.text}`, lang: x.textLanguage })),
                    f.sdgTarget ? [f.sdgTarget] : [],
                  )}
                />
              ) : (
                ''
              )}
              <Choices
                name="sector"
                label={t('web.catalogue.filter.sector')}
                values={f.sector}
                options={counted(
                  page,
                  facets,
                  'sectors',
                  tax.sectors.map((s) => ({ value: s.code, label: s.name })),
                  f.sector,
                )}
              />
              <Choices
                name="modality"
                label={t('web.catalogue.filter.modality')}
                values={f.modality}
                options={counted(
                  page,
                  facets,
                  'modalities',
                  tax.modalities.map((m) => ({ value: m.code, label: m.name })),
                  f.modality,
                )}
              />
              <Select
                name="language"
                label={t('web.catalogue.filter.language')}
                value={f.language}
                blank={any}
                options={counted(
                  page,
                  facets,
                  'language',
                  LANGUAGES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l })),
                  f.language ? [f.language] : [],
                )}
              />
              <div class="actions">
                <button type="submit" safe>
                  {t('web.catalogue.filters.apply')}
                </button>
                <a href={page.href(`/catalogue${f.q ? `?q=${encodeURIComponent(f.q)}` : ''}`)} safe>
                  {t('web.catalogue.filters.clear')}
                </a>
              </div>
            </form>
          </details>
        </div>
      </Layout>,
    );
  });
}
