import { type DbOrTx, expertProfiles, expertSuggestions, experts, fromIncoming, listings } from '@enlace/db';
import { type ExpertView, InvalidError, type Language } from '@enlace/domain';
import { and, desc, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { inTransaction } from '../context.js';
import type { StoredProfile } from '../matches/profiles.js';
import { joinedExperts, selectExperts } from './load.js';
import { toExpertView } from './view.js';

/** What the ranking reads of an expert, besides its term profile. */
export interface ExpertSource {
  id: string;
  status: string;
  country: string;
  language: Language;
  profile: string;
  sectors: string[];
  sdgGoals: number[];
  sdgTargets: string[];
  workingLanguages: Language[];
  /** Of the text the term profile is read from: a stored profile of another hash is stale. */
  contentHash: string;
}

const contentHash = sql<string>`md5(${experts.language} || ':' || ${experts.profile})`;

const sourceColumns = {
  id: experts.id,
  status: experts.status,
  country: experts.country,
  language: experts.language,
  profile: experts.profile,
  sectors: experts.sectors,
  sdgGoals: experts.sdgGoals,
  sdgTargets: experts.sdgTargets,
  workingLanguages: experts.workingLanguages,
  contentHash,
};

async function loadSources(db: DbOrTx, where: ReturnType<typeof and>): Promise<{ source: ExpertSource; profile?: StoredProfile }[]> {
  const rows = await db
    .select({ ...sourceColumns, stored: expertProfiles.profile, storedHash: expertProfiles.contentHash })
    .from(experts)
    .leftJoin(expertProfiles, eq(expertProfiles.expertId, experts.id))
    .where(where);
  return rows.map(({ stored, storedHash, ...r }) => {
    // Language columns are plain text; every write goes through the domain's language schema.
    const source: ExpertSource = { ...r, language: r.language as Language, workingLanguages: r.workingLanguages as Language[] };
    return { source, ...(stored && storedHash === r.contentHash ? { profile: stored } : {}) };
  });
}

/** These experts (any status), with their term profile when it is of their current text. */
export async function loadExpertSources(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return loadSources(db, and(inArray(experts.id, [...ids])));
}

/** Every validated expert of another country than `country`: the candidates for a demand of it. */
export async function validatedExpertSources(db: DbOrTx, exceptCountries: readonly string[]) {
  return loadSources(db, and(eq(experts.status, 'validated'), exceptCountries.length === 1 ? ne(experts.country, exceptCountries[0]!) : undefined));
}

/** Validated experts whose term profile is missing or of an older text: never suggested since. */
export async function unprofiledExperts(db: DbOrTx, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: experts.id })
    .from(experts)
    .leftJoin(expertProfiles, eq(expertProfiles.expertId, experts.id))
    .where(and(eq(experts.status, 'validated'), or(isNull(expertProfiles.expertId), ne(expertProfiles.contentHash, contentHash))))
    .orderBy(experts.id)
    .limit(limit);
  return rows.map((r) => r.id);
}

export async function saveExpertProfiles(
  db: DbOrTx,
  rows: { expertId: string; contentHash: string; pivotProfile: string; profile: StoredProfile }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(expertProfiles)
    .values(rows.map((r) => ({ ...r, updatedAt: new Date() })))
    .onConflictDoUpdate({ target: expertProfiles.expertId, set: fromIncoming(['contentHash', 'pivotProfile', 'profile', 'updatedAt']) });
}

export interface ScoredExpertPair {
  demandId: string;
  expertId: string;
  /** The expert's content hash the pair was scored with. */
  expertHash: string;
  score: number;
  reasons: unknown[];
}

/** A pair the other side's job wrote meanwhile is overwritten: both scored the same two texts. */
async function upsertPairs(tx: DbOrTx, pairs: readonly ScoredExpertPair[], now: Date): Promise<void> {
  if (pairs.length === 0) return;
  await tx
    .insert(expertSuggestions)
    .values(pairs.map((p) => ({ ...p, computedAt: now })))
    .onConflictDoUpdate({
      target: [expertSuggestions.demandId, expertSuggestions.expertId],
      set: fromIncoming(['expertHash', 'score', 'reasons', 'computedAt']),
    });
}

/** Replaces what is stored for these demands (every pair of theirs) with `pairs`, in one transaction. */
export async function replaceDemandSuggestions(db: DbOrTx, demandIds: readonly string[], pairs: readonly ScoredExpertPair[], now: Date): Promise<void> {
  if (demandIds.length === 0) return;
  await inTransaction(db, async (tx) => {
    await tx.delete(expertSuggestions).where(inArray(expertSuggestions.demandId, [...demandIds]));
    await upsertPairs(tx, pairs, now);
  });
}

/**
 * What an expert's own job stores: its rows scored from an older text, and its rows for
 * the demands it scored now (`scored`), are replaced by `pairs`. Rows a demand's job
 * wrote from the current text for other demands stay: that job saw the whole roster,
 * while this one sees only what the index holds (a demand published a moment ago may
 * not be there yet). `everything` removes every row, for an expert no longer validated.
 */
export async function replaceExpertSuggestions(
  db: DbOrTx,
  expert: { id: string; contentHash: string },
  change: { scored: readonly string[]; pairs: readonly ScoredExpertPair[]; everything?: boolean },
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    // Registering and validating are two changes, so two jobs can rank one expert at once:
    // the second waits, so that its rows replace the first's instead of mixing with them.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`expert-suggestions:${expert.id}`}, 0))`);
    await tx
      .delete(expertSuggestions)
      .where(
        and(
          eq(expertSuggestions.expertId, expert.id),
          change.everything
            ? undefined
            : or(
                ne(expertSuggestions.expertHash, expert.contentHash),
                change.scored.length > 0 ? inArray(expertSuggestions.demandId, [...change.scored]) : undefined,
              ),
        ),
      );
    await upsertPairs(tx, change.pairs, now);
  });
}

export interface StoredExpertSuggestion {
  expert: ExpertView;
  score: number;
  reasons: unknown[];
}

/** Where the next page of a demand's experts starts: the score and id of the last one seen. */
const suggestionCursor = {
  encode: (score: number, id: string) => Buffer.from(`${score}|${id}`).toString('base64url'),
  decode: (cursor: string): { score: number; id: string } => {
    const [score = '', id = ''] = Buffer.from(cursor, 'base64url').toString().split('|');
    if (!/^[0-9.e-]+$/.test(score) || Number.isNaN(Number(score)) || !/^[0-9a-f-]{36}$/.test(id))
      throw new InvalidError('bad cursor', [{ field: 'cursor', code: 'invalid_cursor', reason: 'not a cursor this API gave out' }]);
    return { score: Number(score), id };
  },
};

/**
 * The experts stored for a published demand, best first, as the reader may see them:
 * validated experts of another country only, whatever the rows say. Paged by `cursor`.
 */
export async function expertSuggestionsOf(
  ctx: Ctx,
  demand: { id: string; country: string },
  opts: { limit: number; cursor?: string | undefined },
): Promise<{ items: StoredExpertSuggestion[]; nextCursor: string | null }> {
  const after = opts.cursor ? suggestionCursor.decode(opts.cursor) : undefined;
  const page = await ctx.db
    .select({ expertId: expertSuggestions.expertId, score: expertSuggestions.score, reasons: expertSuggestions.reasons })
    .from(expertSuggestions)
    .innerJoin(experts, eq(experts.id, expertSuggestions.expertId))
    .innerJoin(listings, eq(listings.id, expertSuggestions.demandId))
    .where(
      and(
        eq(expertSuggestions.demandId, demand.id),
        eq(listings.kind, 'demand'),
        eq(experts.status, 'validated'),
        ne(experts.country, demand.country),
        after
          ? or(lt(expertSuggestions.score, after.score), and(eq(expertSuggestions.score, after.score), sql`${expertSuggestions.expertId} > ${after.id}`))
          : undefined,
      ),
    )
    .orderBy(desc(expertSuggestions.score), expertSuggestions.expertId)
    .limit(opts.limit + 1);
  const shown = page.slice(0, opts.limit);
  const rows =
    shown.length === 0
      ? []
      : joinedExperts(
          await selectExperts(ctx.db).where(
            inArray(
              experts.id,
              shown.map((r) => r.expertId),
            ),
          ),
        );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = shown.flatMap((s) => {
    const row = byId.get(s.expertId);
    return row ? [{ expert: toExpertView(row, ctx.actor), score: s.score, reasons: s.reasons }] : [];
  });
  const last = shown.at(-1);
  return { items, nextCursor: page.length > opts.limit && last ? suggestionCursor.encode(last.score, last.expertId) : null };
}
