import type { Database } from '@enlace/db';
import { type TermProfile, type Translator, profileListings } from '@enlace/matching';
import { type MatchSource, loadMatchSources, saveProfiles } from '@enlace/registry/internal';

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
