import type { Database } from '@enlace/db';
import { type Clock, isoDay } from '@enlace/domain';
import {
  type EligibilityFields,
  type MatchProfile,
  type MatchReason,
  type TermProfile,
  type Translator,
  isEligible,
  scoreMatch,
  toMatchProfile,
  whyClosed,
} from '@enlace/matching';
import { type MatchSource, loadMatchSources, replaceMatches } from '@enlace/registry/internal';
import type { SearchHandle } from '@enlace/search';
import { findCandidates } from './candidates.js';
import { suggestExpertsForDemands } from './expert-suggestions.js';
import { indexListings } from './indexing/listings.js';
import { ensureProfiles } from './profiles.js';
import type { CorpusStatsCache } from './stats.js';

export interface MatchmakingDeps {
  readonly db: Database;
  readonly search: SearchHandle;
  readonly translator: Translator;
  readonly clock: Clock;
  readonly stats: CorpusStatsCache;
}

/**
 * How many matches a listing keeps, the least score worth keeping, and the score from
 * which a pair is announced as a new match (the notifications consume those events).
 * The ranking's scores read as a probability of a true match (packages/matching/README.md).
 */
export const MATCH_POLICY = { keep: 50, minScore: 0, announceAt: 0.6 } as const;

/** The profile of a candidate whose own profile is missing or stale: it shares no term. */
const NO_TERMS: TermProfile = { terms: {}, surface: {}, pivotWords: {} };

function eligibility(s: MatchSource): EligibilityFields {
  return {
    kind: s.kind,
    country: s.country,
    status: s.status,
    validFrom: s.validFrom ?? undefined,
    validUntil: s.validUntil ?? undefined,
    targetCountries: s.targetCountries ?? undefined,
  };
}

function profileOf(s: MatchSource, terms: TermProfile | undefined): MatchProfile {
  return toMatchProfile(s, terms ?? NO_TERMS);
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
 * all), the index told about the new pivot text, the candidate experts of the demands,
 * then for each published listing its candidates from the index, scored and stored. Idempotent: a rerun over unchanged
 * listings computes and stores the same pairs and announces nothing twice.
 */
export async function matchListings(deps: MatchmakingDeps, ids: readonly string[], opts: { bulk?: boolean } = {}): Promise<MatchRunReport> {
  const report: MatchRunReport = { profiled: 0, matched: 0, stored: 0, announced: 0, expertsStored: 0 };
  const { listings, refreshed } = await ensureProfiles(deps, ids);
  report.profiled = refreshed.length;
  if (refreshed.length > 0) {
    // Later listings find these through their pivot text only once the index has it.
    await indexListings(deps.db, deps.search, refreshed);
    deps.stats.invalidate();
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

  for (const { source, profile } of listings) {
    if (whyClosed(eligibility(source), today)) continue;
    const mine = profileOf(source, profile);
    const ids = await findCandidates(deps.search, source, profile, stats, today);
    const candidates = await loadMatchSources(deps.db, ids);
    const scored: { counterpartId: string; counterpartVersion: number; score: number; reasons: MatchReason[] }[] = [];
    for (const c of candidates) {
      const [demand, offer] = source.kind === 'demand' ? [source, c.source] : [c.source, source];
      if (!isEligible(eligibility(demand), eligibility(offer), today)) continue;
      const theirs = profileOf(c.source, c.profile);
      const { score, reasons } = source.kind === 'demand' ? scoreMatch(mine, theirs, stats) : scoreMatch(theirs, mine, stats);
      if (score >= MATCH_POLICY.minScore) scored.push({ counterpartId: c.source.id, counterpartVersion: c.source.version, score, reasons });
    }
    scored.sort((a, b) => b.score - a.score);
    const result = await replaceMatches(deps.db, source, scored.slice(0, MATCH_POLICY.keep), {
      announceAt: MATCH_POLICY.announceAt,
      now,
      bulk: opts.bulk ?? false,
    });
    report.matched += 1;
    report.stored += result.stored;
    report.announced += result.announced;
  }
  return report;
}
