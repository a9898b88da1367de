import { type CorpusStats, type TermProfile, candidateQueryWords } from '@enlace/matching';
import type { MatchSource } from '@enlace/registry/internal';
import { type SearchHandle, eligibilityFilter } from '@enlace/search';

const quote = (v: string | number) => JSON.stringify(v);

/**
 * Listings that could match `source`, from the search index: those that contain any of
 * its ten most telling words (one query per word: Meilisearch's matching strategies
 * give up on the other words as soon as one has no hit, so a single ten-word query
 * misses listings that share only some of them), and those that share its tags.
 * Eligibility is part of the index filter, so nothing ineligible is fetched.
 */
export async function findCandidates(
  search: SearchHandle,
  source: Pick<MatchSource, 'kind' | 'country'> & { sdgTargets: readonly string[]; sdgGoals: readonly number[]; sectors: readonly string[] },
  profile: TermProfile,
  stats: CorpusStats,
  today: string,
  perQuery = 150,
  perWord = 40,
): Promise<string[]> {
  const eligible = eligibilityFilter(source, today);
  const words = candidateQueryWords(profile, stats);
  const tags = [
    ...source.sdgTargets.map((t) => `sdgTargets = ${quote(t)}`),
    ...source.sdgGoals.map((g) => `sdgGoals = ${g}`),
    ...source.sectors.map((s) => `sectors = ${quote(s)}`),
  ];
  const { results } = await search.client.multiSearch({
    queries: [
      ...words.map((word) => ({ indexUid: search.candidatesUid, q: word, filter: eligible, limit: perWord, attributesToRetrieve: ['id'] })),
      ...(tags.length > 0 && words.length > 0
        ? [
            {
              indexUid: search.candidatesUid,
              q: words.join(' '),
              filter: [...eligible, `(${tags.join(' OR ')})`],
              limit: perQuery,
              attributesToRetrieve: ['id'],
              matchingStrategy: 'last' as const,
            },
          ]
        : []),
      // Tag neighbours that share no word with the query still deserve a look.
      ...(tags.length > 0
        ? [
            {
              indexUid: search.candidatesUid,
              q: '',
              filter: [...eligible, `(${tags.join(' OR ')})`],
              limit: perQuery,
              attributesToRetrieve: ['id'],
              sort: ['publishedAt:desc'],
            },
          ]
        : []),
    ],
  });
  return [...new Set(results.flatMap((r) => r.hits.map((h) => String(h.id))))];
}
