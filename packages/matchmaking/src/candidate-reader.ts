import type { Database } from '@enlace/db';
import { type EligibilityFields, type MatchProfile, type TermProfile, toMatchProfile } from '@enlace/matching';
import { type MatchSource, listingStamps, loadMatchSources } from '@enlace/registry/internal';
import { LRUCache } from 'lru-cache';

/** The profile of a candidate whose own profile is missing or stale: it shares no term. */
const NO_TERMS: TermProfile = { terms: {}, surface: {}, pivotWords: {} };

export function profileOf(s: MatchSource, terms: TermProfile | undefined): MatchProfile {
  return toMatchProfile(s, terms ?? NO_TERMS);
}

export function eligibility(s: MatchSource): EligibilityFields {
  return {
    kind: s.kind,
    country: s.country,
    status: s.status,
    validFrom: s.validFrom ?? undefined,
    validUntil: s.validUntil ?? undefined,
    targetCountries: s.targetCountries ?? undefined,
  };
}

/**
 * A listing as another listing's candidate: its row, its profile, and what eligibility
 * reads of it, taken once (a candidate is met by many listings).
 */
export interface Candidate {
  source: MatchSource;
  profile: MatchProfile;
  eligibility: EligibilityFields;
}

/**
 * Candidates kept from one match batch to the next. A catalogue's batches keep meeting
 * the same candidates, and reading and parsing their rows and profiles again was most
 * of a batch's work (test/bench/results/matching.md). A copy is used only while its
 * row's stamp is still the row's: any update of the listing makes it a miss.
 */
export class CandidateCache {
  readonly #copies: LRUCache<string, { stamp: string; candidate: Candidate }>;

  /**
   * `max`: listings kept, the least recently met going first. A kept listing weighs about
   * 24 KB of heap (row, parsed profile and its term vector; the matching bench on 5,000
   * listings), so the default holds about 600 MiB at most.
   */
  constructor(max = 25_000) {
    this.#copies = new LRUCache({ max });
  }

  /** Listings kept now. */
  get size(): number {
    return this.#copies.size;
  }

  get(id: string, stamp: string): Candidate | undefined {
    const copy = this.#copies.get(id);
    return copy?.stamp === stamp ? copy.candidate : undefined;
  }

  set(id: string, stamp: string, candidate: Candidate): void {
    this.#copies.set(id, { stamp, candidate });
  }
}

/**
 * The candidates' rows and profiles, each read once per batch: neighbouring listings of
 * a batch (an import's chunk, a country's edits) share most of their candidates. With a
 * cache, only the rows' stamps are read for candidates met before.
 */
export function candidateReader(db: Database, cache?: CandidateCache) {
  const loaded = new Map<string, Promise<Candidate | undefined>>();
  return async (ids: readonly string[]): Promise<Candidate[]> => {
    const missing = ids.filter((id) => !loaded.has(id));
    if (missing.length > 0) {
      const batch = readCandidates(db, missing, cache);
      for (const id of missing)
        loaded.set(
          id,
          batch.then((rows) => rows.get(id)),
        );
    }
    const found = await Promise.all(ids.map((id) => loaded.get(id)!));
    return found.filter((c): c is Candidate => c !== undefined);
  };
}

async function readCandidates(db: Database, ids: readonly string[], cache: CandidateCache | undefined): Promise<Map<string, Candidate>> {
  const found = new Map<string, Candidate>();
  let toLoad: string[] = [...ids];
  if (cache) {
    const stamps = await listingStamps(db, ids);
    toLoad = [];
    for (const id of ids) {
      const stamp = stamps.get(id);
      if (stamp === undefined) continue; // gone since it was indexed
      const copy = cache.get(id, stamp);
      if (copy) found.set(id, copy);
      else toLoad.push(id);
    }
  }
  for (const r of await loadMatchSources(db, toLoad)) {
    const candidate = { source: r.source, profile: profileOf(r.source, r.profile), eligibility: eligibility(r.source) };
    found.set(r.source.id, candidate);
    // A copy without its profile would outlive the profile's arrival, which leaves the row as it was.
    if (r.profile) cache?.set(r.source.id, r.stamp, candidate);
  }
  return found;
}
