import { type ExpertView, type Language, type ListingView } from '@enlace/domain';
import { type ExpertDemandSide, type MatchReason, contentTokens, rankExperts } from '@enlace/matching';
import { type Ctx, expertsByIds } from '@enlace/registry';
import type { SearchHandle } from '../client.js';

export interface CandidateExpert {
  readonly expert: ExpertView;
  readonly score: number;
  readonly reasons: MatchReason[];
}

const quote = (v: string | number) => JSON.stringify(v);

/** The demand's title as a query: its content words, at most ten (what Meilisearch reads). */
export function titleQuery(title: string, language: Language): string {
  return [
    ...new Set(
      contentTokens(title, language)
        .flat()
        .map((t) => t.word),
    ),
  ]
    .slice(0, 10)
    .join(' ');
}

/**
 * Experts of other countries who could help with a published demand, best first, scored
 * at request time (experts are few and a profile is short): candidates come from the
 * experts index, those sharing an SDG target, a sector or a goal with the demand and
 * those its title words find (with the ranking score as text relevance); they are then
 * re-read from PostgreSQL (validated, as the reader may see them) and ranked by
 * rankExperts. Anything else than a published demand has no candidate experts.
 */
export async function candidateExperts(ctx: Ctx, search: SearchHandle, demand: ListingView, limit = 5): Promise<CandidateExpert[]> {
  if (demand.kind !== 'demand' || demand.status !== 'published') return [];
  const base = ['status = "validated"', `country != ${quote(demand.country)}`];
  const tagQueries = [
    demand.sdgTargets?.map((t) => `sdgTargets = ${quote(t)}`) ?? [],
    demand.sectors.map((s) => `sectors = ${quote(s)}`),
    demand.sdgGoalsEffective.map((g) => `sdgGoals = ${g}`),
  ].filter((clauses) => clauses.length > 0);
  const q = titleQuery(demand.title, demand.language);
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
  const ids = [...new Set(results.flatMap((r) => r.hits.map((h) => String(h.id))))];
  const experts = await expertsByIds(ctx, ids, { validatedOnly: true });
  const side: ExpertDemandSide = {
    language: demand.language,
    country: demand.country,
    title: demand.title,
    description: demand.description,
    keywords: demand.keywords,
    sectors: demand.sectors,
    sdgGoals: demand.sdgGoalsEffective,
    sdgTargets: demand.sdgTargets ?? [],
    workingLanguages: (demand.workingLanguages ?? []) as Language[],
  };
  return rankExperts(
    side,
    experts.map((expert) => ({ expert, relevance: relevance.get(expert.id) })),
    limit,
  );
}
