import type { SearchHandle } from '../client.js';

/** What of a demand the experts index is asked about: its words and its tags. */
export interface ExpertCandidateQuery {
  /** The demand's content words (at most ten: what Meilisearch reads); empty for none. */
  readonly q: string;
  readonly country: string;
  readonly sdgTargets: readonly string[];
  readonly sectors: readonly string[];
  readonly sdgGoals: readonly number[];
}

const quote = (v: string | number) => JSON.stringify(v);

/**
 * Validated experts of other countries the index finds for a demand: those sharing an
 * SDG target, a sector or a goal with it, and those its words find, with their ranking
 * score as text relevance (by id). Ranking them is the caller's work.
 */
export async function expertCandidates(search: SearchHandle, demand: ExpertCandidateQuery): Promise<{ ids: string[]; relevance: Map<string, number> }> {
  const base = ['status = "validated"', `country != ${quote(demand.country)}`];
  const tagQueries = [
    demand.sdgTargets.map((t) => `sdgTargets = ${quote(t)}`),
    demand.sectors.map((s) => `sectors = ${quote(s)}`),
    demand.sdgGoals.map((g) => `sdgGoals = ${g}`),
  ].filter((clauses) => clauses.length > 0);
  const { q } = demand;
  const { results } = await search.client.multiSearch({
    queries: [
      ...(q
        ? [
            {
              indexUid: search.expertsUid,
              q,
              filter: base,
              limit: 50,
              attributesToRetrieve: ['id'],
              showRankingScore: true,
              matchingStrategy: 'frequency' as const,
            },
          ]
        : []),
      ...tagQueries.map((clauses) => ({
        indexUid: search.expertsUid,
        q: '',
        filter: [...base, `(${clauses.join(' OR ')})`],
        limit: 100,
        attributesToRetrieve: ['id'],
        sort: ['validatedAt:desc'],
      })),
    ],
  });
  const relevance = new Map<string, number>();
  if (q) for (const hit of results[0]?.hits ?? []) relevance.set(String(hit.id), Number(hit._rankingScore ?? 0));
  return { ids: [...new Set(results.flatMap((r) => r.hits.map((h) => String(h.id))))], relevance };
}
