import { type CorpusStats, type TermProfile, candidateQuery } from '@enlace/matching';
import type { MatchSource } from '@enlace/registry';
import { type SearchHandle, eligibilityFilter } from '@enlace/search';

const quote = (v: string | number) => JSON.stringify(v);

/**
 * Listings that could match `source`, from the search index: the best text matches of
 * a ten-word query of its most telling words, and those that share its SDG targets or
 * goals. Eligibility is part of the index filter, so nothing ineligible is fetched.
 */
export async function findCandidates(
  search: SearchHandle,
  source: MatchSource,
  profile: TermProfile,
  stats: CorpusStats,
  today: string,
  perQuery = 150,
): Promise<string[]> {
  const eligible = eligibilityFilter(source, today);
  const q = candidateQuery(profile, stats);
  const tags = [
    ...source.sdgTargets.map((t) => `sdgTargets = ${quote(t)}`),
    ...source.sdgGoals.map((g) => `sdgGoals = ${g}`),
    ...source.sectors.map((s) => `sectors = ${quote(s)}`),
  ];
  const { results } = await search.client.multiSearch({
    queries: [
      { indexUid: search.listingsUid, q, filter: eligible, limit: perQuery, attributesToRetrieve: ['id'], matchingStrategy: 'frequency' },
      ...(tags.length > 0
        ? [{ indexUid: search.listingsUid, q, filter: [...eligible, `(${tags.join(' OR ')})`], limit: perQuery, attributesToRetrieve: ['id'], matchingStrategy: 'frequency' as const }]
        : []),
      // Tag neighbours that share no word with the query still deserve a look.
      ...(tags.length > 0
        ? [{ indexUid: search.listingsUid, q: '', filter: [...eligible, `(${tags.join(' OR ')})`], limit: perQuery, attributesToRetrieve: ['id'], sort: ['publishedAt:desc'] }]
        : []),
    ],
  });
  return [...new Set(results.flatMap((r) => r.hits.map((h) => String(h.id))))];
}
