import type { Database } from '@enlace/db';
import { type Clock, isoDay } from '@enlace/domain';
import { type CorpusStats, type MatchProfile, type Translator, isEligible, matchScore, scoreMatch, whyClosed } from '@enlace/matching';
import { type FreshMatches, type MatchSource, replaceMatchesOfMany } from '@enlace/registry/internal';
import type { SearchHandle } from '@enlace/search';
import pLimit from 'p-limit';
import { type Candidate, type CandidateCache, candidateReader, eligibility, profileOf } from './candidate-reader.js';
import { findCandidatesOfMany } from './candidates.js';
import { suggestExpertsForDemands } from './expert-suggestions.js';
import { indexListings } from './indexing/listings.js';
import { ensureProfiles, freshProfiles } from './profiles.js';
import type { CorpusStatsCache } from './stats.js';

export interface MatchmakingDeps {
  readonly db: Database;
  readonly search: SearchHandle;
  readonly translator: Translator;
  readonly clock: Clock;
  readonly stats: CorpusStatsCache;
  /** Candidates kept between batches; without one, each batch reads its candidates afresh. */
  readonly candidates?: CandidateCache;
}

/**
 * How many matches a listing keeps, the least score worth keeping, and the score from
 * which a pair is announced as a new match (the notifications consume those events).
 * The ranking's scores read as a probability of a true match (packages/matching/README.md).
 */
export const MATCH_POLICY = { keep: 50, minScore: 0, announceAt: 0.6 } as const;

/**
 * How a batch is matched: its listings' candidates are searched a few listings to a
 * request and a few requests at a time, and their matches are stored a group at a time
 * in one transaction, while the next group searches. So the worker's process,
 * Meilisearch and PostgreSQL all stay busy, and a round trip to Meilisearch or
 * PostgreSQL serves many listings (test/bench/results/matching.md).
 */
export const MATCH_PIPELINE = { searchEvery: 5, searches: 4, storeEvery: 25, groups: 2 } as const;

function chunked<T>(xs: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));
}

/**
 * The eligible candidates, scored against the listing, best first, as many as a listing
 * keeps. Scores first, reasons only for the pairs kept: a listing meets hundreds of
 * candidates and keeps fifty.
 */
function rankCandidates(source: MatchSource, mine: MatchProfile, candidates: readonly Candidate[], stats: CorpusStats, today: string): FreshMatches['found'] {
  const asDemand = source.kind === 'demand';
  const own = eligibility(source);
  const scored: { candidate: Candidate; score: number }[] = [];
  for (const c of candidates) {
    if (!(asDemand ? isEligible(own, c.eligibility, today) : isEligible(c.eligibility, own, today))) continue;
    const score = asDemand ? matchScore(mine, c.profile, stats) : matchScore(c.profile, mine, stats);
    if (score >= MATCH_POLICY.minScore) scored.push({ candidate: c, score });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, MATCH_POLICY.keep)
    .map(({ candidate: c, score }) => ({
      counterpartId: c.source.id,
      counterpartVersion: c.source.version,
      score,
      reasons: (asDemand ? scoreMatch(mine, c.profile, stats) : scoreMatch(c.profile, mine, stats)).reasons,
    }));
}

export interface MatchRunReport {
  profiled: number;
  matched: number;
  stored: number;
  announced: number;
  /** Candidate experts stored for the demands of the batch. */
  expertsStored: number;
}

/**
 * Recomputes the matches of these listings: profiles first (one translation batch for
 * those still without one; an import's come profiled from indexWithProfiles), the index
 * told about the new pivot text, the candidate experts of the demands,
 * then for each published listing its candidates from the index, scored and stored, a
 * few listings at a time (MATCH_PIPELINE). Idempotent: a rerun over unchanged
 * listings computes and stores the same pairs and announces nothing twice.
 */
export async function matchListings(
  deps: MatchmakingDeps,
  ids: readonly string[],
  opts: {
    bulk?: boolean;
    /** Told, after each group is stored, how many of the listings to match are done and how many there are. */
    onProgress?: (p: { matched: number; toMatch: number }) => void | Promise<void>;
  } = {},
): Promise<MatchRunReport> {
  const report: MatchRunReport = { profiled: 0, matched: 0, stored: 0, announced: 0, expertsStored: 0 };
  const { listings, refreshed } = await ensureProfiles(deps, ids);
  report.profiled = refreshed.length;
  if (refreshed.length > 0) {
    // Later listings find these through their pivot text only once the index has it.
    await indexListings(deps.db, deps.search, refreshed);
    deps.stats.added(freshProfiles(listings, refreshed));
  }
  const stats = await deps.stats.get();
  const now = deps.clock.now();
  const today = isoDay(now);

  // Each demand's candidate experts are stored with its matches: reading them is a read.
  const demands = listings
    .filter(({ source }) => source.kind === 'demand')
    .map(({ source, profile }) => ({
      ...source,
      status: whyClosed(eligibility(source), today) ? 'closed' : source.status,
      profile: profileOf(source, profile),
    }));
  const experts = await suggestExpertsForDemands(deps, demands, stats);
  report.expertsStored = experts.stored;

  const readCandidates = candidateReader(deps.db, deps.candidates);
  const searches = pLimit(MATCH_PIPELINE.searches);
  const groups = pLimit(MATCH_PIPELINE.groups);
  const open = listings.filter(({ source }) => !whyClosed(eligibility(source), today));
  const rank = (some: typeof open) =>
    searches(async (): Promise<FreshMatches[]> => {
      const found = await findCandidatesOfMany(deps.search, some, stats, today);
      // One read for the candidates of all of them; each listing's own read is then answered from it.
      await readCandidates(found.flat());
      return Promise.all(
        some.map(async ({ source, profile }, i) => ({
          subject: source,
          found: rankCandidates(source, profileOf(source, profile), await readCandidates(found[i]!), stats, today),
        })),
      );
    });
  const store = { announceAt: MATCH_POLICY.announceAt, now, bulk: opts.bulk ?? false };
  await Promise.all(
    chunked(open, MATCH_PIPELINE.storeEvery).map((group) =>
      groups(async () => {
        const ranked = await Promise.all(chunked(group, MATCH_PIPELINE.searchEvery).map(rank));
        const result = await replaceMatchesOfMany(deps.db, ranked.flat(), store);
        report.matched += group.length;
        report.stored += result.stored;
        report.announced += result.announced;
        await opts.onProgress?.({ matched: report.matched, toMatch: open.length });
      }),
    ),
  );
  return report;
}
