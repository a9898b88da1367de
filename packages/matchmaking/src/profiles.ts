import type { Database } from '@enlace/db';
import { type TermProfile, type Translator, profileListings } from '@enlace/matching';
import { type MatchSource, loadMatchSources, saveProfiles } from '@enlace/registry/internal';
import type { SearchHandle } from '@enlace/search';
import { indexListings } from './indexing/listings.js';
import type { CorpusStatsCache } from './stats.js';

export interface SourceWithProfile {
  source: MatchSource;
  profile: TermProfile;
}

/**
 * The listings' term profiles, computing in one translation batch those that are
 * missing or stale. Returns the listings found (gone ones are skipped) and which of
 * them got a new profile. Stored and computed profiles have one shape, so they are
 * read and written here as TermProfile without conversion (the compiler checks both ways).
 */
export async function ensureProfiles(
  deps: { db: Database; translator: Translator },
  ids: readonly string[],
): Promise<{ listings: SourceWithProfile[]; refreshed: string[] }> {
  const loaded = await loadMatchSources(deps.db, ids);
  const stale = loaded.filter((l) => !l.profile).map((l) => l.source);
  const fresh = await profileListings(stale, deps.translator);
  await saveProfiles(
    deps.db,
    stale.map((s, i) => ({
      listingId: s.id,
      contentHash: s.contentHash,
      pivotTitle: fresh[i]!.pivot.title,
      pivotDescription: fresh[i]!.pivot.description,
      profile: fresh[i]!.terms,
    })),
  );
  const byId = new Map<string, TermProfile>(stale.map((s, i) => [s.id, fresh[i]!.terms]));
  return {
    listings: loaded.map((l) => ({ source: l.source, profile: l.profile ?? byId.get(l.source.id)! })),
    refreshed: stale.map((s) => s.id),
  };
}

/** The profiles of `refreshed`, the listings `ensureProfiles` has just profiled. */
export function freshProfiles(listings: readonly SourceWithProfile[], refreshed: readonly string[]): TermProfile[] {
  const fresh = new Set(refreshed);
  return listings.filter((l) => fresh.has(l.source.id)).map((l) => l.profile);
}

/**
 * Indexes an import's listings once per change: their profiles, and so their pivot
 * text, are computed before the first index write, so the match job finds nothing left
 * to re-index. (A person's edit is indexed at once instead, and its pivot text follows
 * from its match job: being searchable in moments matters more there than one write.)
 * Profiling that fails (Apertium away) does not keep the listings out of the index:
 * they are indexed without pivot text, and the match job profiles them again.
 */
export async function indexWithProfiles(
  deps: {
    db: Database;
    search: SearchHandle;
    translator: Translator;
    stats: Pick<CorpusStatsCache, 'added'>;
    log?: { warn(details: object, message: string): void };
  },
  ids: readonly string[],
): Promise<{ upserted: number; deleted: number; profiled: number }> {
  let profiled = 0;
  try {
    const { listings, refreshed } = await ensureProfiles(deps, ids);
    profiled = refreshed.length;
    deps.stats.added(freshProfiles(listings, refreshed));
  } catch (err) {
    deps.log?.warn({ err: (err as Error).message, listings: ids.length }, 'profiles not computed before indexing; the match job will');
  }
  return { ...(await indexListings(deps.db, deps.search, ids)), profiled };
}
