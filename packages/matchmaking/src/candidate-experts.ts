import type { ExpertView, Language, ListingView } from '@enlace/domain';
import { type ExpertDemandSide, type MatchReason, contentTokens, rankExperts } from '@enlace/matching';
import { type Ctx } from '@enlace/registry';
import { expertsByIds } from '@enlace/registry/experts';
import { type SearchHandle, expertCandidates } from '@enlace/search';

export interface CandidateExpert {
  readonly expert: ExpertView;
  readonly score: number;
  readonly reasons: MatchReason[];
}

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
 * experts index (shared tags, and the title's words with their text relevance); they are
 * then re-read from PostgreSQL (validated, as the reader may see them) and ranked by
 * rankExperts. Anything else than a published demand has no candidate experts.
 */
export async function candidateExperts(ctx: Ctx, search: SearchHandle, demand: ListingView, limit = 5): Promise<CandidateExpert[]> {
  if (demand.kind !== 'demand' || demand.status !== 'published') return [];
  const { ids, relevance } = await expertCandidates(search, {
    q: titleQuery(demand.title, demand.language),
    country: demand.country,
    sdgTargets: demand.sdgTargets ?? [],
    sectors: demand.sectors,
    sdgGoals: demand.sdgGoalsEffective,
  });
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
