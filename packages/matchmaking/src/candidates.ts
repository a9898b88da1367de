import { type CorpusStats, type TermProfile, candidateQueryWords } from '@enlace/matching';
import type { MatchSource } from '@enlace/registry/internal';
import { type SearchHandle, eligibilityFilter } from '@enlace/search';

const quote = (v: string | number) => JSON.stringify(v);

type CandidateSource = Pick<MatchSource, 'kind' | 'country'> & { sdgTargets: readonly string[]; sdgGoals: readonly number[]; sectors: readonly string[] };

/**
 * The searches that find a listing's candidates in the search index: those that contain
 * any of its ten most telling words (one query per word: Meilisearch's matching
 * strategies give up on the other words as soon as one has no hit, so a single ten-word
 * query misses listings that share only some of them), and those that share its tags.
 * Eligibility is part of the index filter, so nothing ineligible is fetched.
 */
function candidateQueries(
  search: SearchHandle,
  source: CandidateSource,
  profile: TermProfile,
  stats: CorpusStats,
  today: string,
  perQuery = 150,
  perWord = 40,
) {
  const eligible = eligibilityFilter(source, today);
  const words = candidateQueryWords(profile, stats);
  const tags = [
    ...source.sdgTargets.map((t) => `sdgTargets = ${quote(t)}`),
    ...source.sdgGoals.map((g) => `sdgGoals = ${g}`),
    ...source.sectors.map((s) => `sectors = ${quote(s)}`),
  ];
  return [
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
  ];
}

/** Listings that could match `source`, from the search index (see candidateQueries). */
export async function findCandidates(
  search: SearchHandle,
  source: CandidateSource,
  profile: TermProfile,
  stats: CorpusStats,
  today: string,
): Promise<string[]> {
  const [ids] = await findCandidatesOfMany(search, [{ source, profile }], stats, today);
  return ids!;
}

/**
 * findCandidates for several listings in one request: a batch's listings are searched a
 * few at a time, and one request for each cost the worker a round trip, and Meilisearch
 * an HTTP request, per listing (test/bench/results/matching.md).
 */
export async function findCandidatesOfMany(
  search: SearchHandle,
  listings: readonly { source: CandidateSource; profile: TermProfile }[],
  stats: CorpusStats,
  today: string,
): Promise<string[][]> {
  const queries = listings.map(({ source, profile }) => candidateQueries(search, source, profile, stats, today));
  const { results } = await search.client.multiSearch({ queries: queries.flat() });
  let next = 0;
  return queries.map((own) => {
    const hits = results.slice(next, (next += own.length)).flatMap((r) => r.hits.map((h) => String(h.id)));
    return [...new Set(hits)];
  });
}
