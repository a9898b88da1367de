import { type DbOrTx, listings, matches, storyApprovals, storyTranslations, successStories } from '@enlace/db';
import {
  type Actor,
  type Language,
  type MatchCountries,
  InvalidError,
  NotFoundError,
  type Story,
  type StoryFacts,
  type StoryList,
  type StoryListQuery,
  type StoryTranslation,
  canReadStory,
  storyActions,
  storyListQuerySchema,
  storyVisibility,
} from '@enlace/domain';
import { type SQL, aliasedTable, and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import type { TranslateTexts } from '../listings/translate.js';

/*
 * Reading success stories: one with its consent record and the caller's possible steps,
 * and the list, public (published) or, for the two countries and staff, by status.
 */

export type StoryRow = typeof successStories.$inferSelect;

const offer = aliasedTable(listings, 'story_offer');
const demand = aliasedTable(listings, 'story_demand');

/** A story with what it is about: the two listings' countries, sectors and SDG goals. */
export interface LoadedStory {
  readonly row: StoryRow;
  readonly offerId: string;
  readonly demandId: string;
  readonly countries: MatchCountries;
  readonly sectors: string[];
  readonly sdgGoals: number[];
}

function selectStories(db: DbOrTx) {
  return db
    .select({
      row: successStories,
      offerId: matches.offerId,
      demandId: matches.demandId,
      offerCountry: offer.country,
      demandCountry: demand.country,
      sectors: sql<string[]>`array(select distinct unnest(${offer.sectors} || ${demand.sectors}) order by 1)`,
      sdgGoals: sql<number[]>`array(select distinct unnest(${offer.sdgGoalsEffective} || ${demand.sdgGoalsEffective}) order by 1)`,
    })
    .from(successStories)
    .innerJoin(matches, eq(matches.id, successStories.matchId))
    .innerJoin(offer, eq(offer.id, matches.offerId))
    .innerJoin(demand, eq(demand.id, matches.demandId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectStories>['execute']>>[number];

const loaded = (r: Selected): LoadedStory => ({
  row: r.row,
  offerId: r.offerId,
  demandId: r.demandId,
  countries: { offer: r.offerCountry.trim(), demand: r.demandCountry.trim() },
  sectors: r.sectors,
  sdgGoals: r.sdgGoals.map(Number),
});

export async function loadStory(db: DbOrTx, id: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedStory | undefined> {
  const query = selectStories(db).where(eq(successStories.id, id)).limit(1);
  const [r] = opts.forUpdate ? await query.for('update', { of: successStories }) : await query;
  return r ? loaded(r) : undefined;
}

/** The countries whose consent a story needs: both sides (one, should both listings be of one country). */
export const consentCountries = (c: MatchCountries): string[] => [...new Set([c.offer, c.demand])];

type Approval = typeof storyApprovals.$inferSelect;

async function currentApprovals(db: DbOrTx, stories: readonly StoryRow[]): Promise<Map<string, Approval[]>> {
  const byStory = new Map<string, Approval[]>();
  if (stories.length === 0) return byStory;
  const rows = await db
    .select()
    .from(storyApprovals)
    .where(or(...stories.map((s) => and(eq(storyApprovals.storyId, s.id), eq(storyApprovals.storyVersion, s.version)))));
  for (const a of rows) byStory.set(a.storyId, [...(byStory.get(a.storyId) ?? []), a]);
  return byStory;
}

export function storyFacts(s: LoadedStory, approvals: readonly Approval[]): StoryFacts {
  return { status: s.row.status, countries: s.countries, approvedBy: approvals.map((a) => a.country.trim()) };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toStory(actor: Actor, s: LoadedStory, approvals: readonly Approval[], translation: StoryTranslation | null): Story {
  const r = s.row;
  return {
    id: r.id,
    matchId: r.matchId,
    status: r.status,
    language: r.language.trim() as Language,
    title: r.title,
    summary: r.summary,
    results: r.results,
    lessons: r.lessons,
    testimonial: r.testimonial,
    testimonialBy: r.testimonialBy,
    version: r.version,
    authorCountry: r.authorCountry.trim(),
    provider: s.countries.offer,
    recipient: s.countries.demand,
    offerId: s.offerId,
    demandId: s.demandId,
    sectors: s.sectors,
    sdgGoals: s.sdgGoals,
    approvals: consentCountries(s.countries).map((country) => {
      const a = approvals.find((x) => x.country.trim() === country);
      return { country, approvedAt: a ? a.at.toISOString() : null, note: a?.note ?? null };
    }),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    submittedAt: iso(r.submittedAt),
    publishedAt: iso(r.publishedAt),
    withdrawnAt: iso(r.withdrawnAt),
    withdrawnReason: r.withdrawnReason,
    actions: storyActions(actor, storyFacts(s, approvals)),
    translation,
  };
}

/**
 * The story in `to`, kept per story and language for the version translated; made with
 * `translate` when missing. Null when the story is written in `to`, or when the
 * translator cannot answer now: the reader gets the original, which is the reference.
 */
async function translationOf(db: DbOrTx, row: StoryRow, to: Language | undefined, translate: TranslateTexts | undefined): Promise<StoryTranslation | null> {
  const from = row.language.trim() as Language;
  if (!to || to === from) return null;
  const [kept] = await db
    .select()
    .from(storyTranslations)
    .where(and(eq(storyTranslations.storyId, row.id), eq(storyTranslations.language, to), eq(storyTranslations.storyVersion, row.version)));
  const shaped = (t: { title: string; summary: string; results: string; lessons: string; testimonial: string | null }): StoryTranslation => ({
    language: to,
    title: t.title,
    summary: t.summary,
    results: t.results,
    lessons: t.lessons,
    testimonial: t.testimonial,
    machineTranslated: true,
  });
  if (kept) return shaped(kept);
  if (!translate) return null;
  let texts: string[];
  try {
    texts = await translate([row.title, row.summary, row.results, row.lessons, row.testimonial ?? ''], from, to);
  } catch {
    return null;
  }
  const [title = '', summary = '', results = '', lessons = '', testimonial = ''] = texts;
  const values = { title, summary, results, lessons, testimonial: row.testimonial ? testimonial : null };
  await db
    .insert(storyTranslations)
    .values({ storyId: row.id, language: to, storyVersion: row.version, ...values })
    .onConflictDoUpdate({
      target: [storyTranslations.storyId, storyTranslations.language],
      set: { storyVersion: row.version, ...values, translatedAt: sql`now()` },
    });
  return shaped(values);
}

/** One story, for whoever may read it (others get not-found), in the reader's language `lang` when given. */
export async function getStory(ctx: Ctx, id: string, opts: { lang?: Language; translate?: TranslateTexts } = {}): Promise<Story> {
  const s = await loadStory(ctx.db, id);
  if (!s || !canReadStory(ctx.actor, { status: s.row.status, countries: s.countries })) throw new NotFoundError(`story ${id} not found`);
  const approvals = (await currentApprovals(ctx.db, [s.row])).get(s.row.id) ?? [];
  return toStory(ctx.actor, s, approvals, await translationOf(ctx.db, s.row, opts.lang, opts.translate));
}

/** Where the next page of stories starts: the time and id of the last one seen. */
const storyCursor = {
  encode: (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url'),
  decode: (cursor: string): { at: Date; id: string } => {
    const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString().split('|');
    if (Number.isNaN(Date.parse(at)) || new Date(at).toISOString() !== at || !/^[0-9a-f-]{36}$/.test(id))
      throw new InvalidError('bad cursor', [{ field: 'cursor', code: 'invalid_cursor', reason: 'not a cursor this API gave out' }]);
    return { at: new Date(at), id };
  },
};

/**
 * Stories, newest first: the published ones for everyone; with `status`, those of the
 * caller's country (every one for staff). Filters: a country of either side, a sector or
 * an SDG goal of either listing.
 */
export async function listStories(ctx: Ctx, query: Partial<StoryListQuery>, opts: { translate?: TranslateTexts } = {}): Promise<StoryList> {
  const q = storyListQuerySchema.parse(query);
  const status = q.status ?? 'published';
  const scope = storyVisibility(ctx.actor);
  const where: (SQL | undefined)[] = [eq(successStories.status, status)];
  if (status !== 'published' && !scope.all) where.push(scope.country ? or(eq(offer.country, scope.country), eq(demand.country, scope.country)) : sql`false`);
  if (q.country) where.push(or(eq(offer.country, q.country), eq(demand.country, q.country)));
  if (q.sector) where.push(sql`(${q.sector} = any(${offer.sectors}) or ${q.sector} = any(${demand.sectors}))`);
  if (q.sdgGoal) where.push(sql`(${q.sdgGoal} = any(${offer.sdgGoalsEffective}) or ${q.sdgGoal} = any(${demand.sdgGoalsEffective}))`);
  const filter = and(...where);
  // Published stories by publication, the others by their last change: newest first.
  const at = status === 'published' ? successStories.publishedAt : successStories.updatedAt;
  const after = q.cursor ? storyCursor.decode(q.cursor) : undefined;
  const [rows, [count]] = await Promise.all([
    selectStories(ctx.db)
      .where(and(filter, after ? or(lt(at, after.at), and(eq(at, after.at), lt(successStories.id, after.id))) : undefined))
      .orderBy(desc(at), desc(successStories.id))
      .limit(q.limit + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(successStories)
      .innerJoin(matches, eq(matches.id, successStories.matchId))
      .innerJoin(offer, eq(offer.id, matches.offerId))
      .innerJoin(demand, eq(demand.id, matches.demandId))
      .where(filter),
  ]);
  const stories = rows.slice(0, q.limit).map(loaded);
  const last = stories.at(-1)?.row;
  const nextCursor =
    rows.length > q.limit && last ? storyCursor.encode((status === 'published' ? last.publishedAt : last.updatedAt) ?? last.updatedAt, last.id) : undefined;
  const approvals = await currentApprovals(
    ctx.db,
    stories.map((s) => s.row),
  );
  const items: Story[] = [];
  // One after another: the translator answers two at a time, and a page is at most 50 stories.
  for (const s of stories) items.push(toStory(ctx.actor, s, approvals.get(s.row.id) ?? [], await translationOf(ctx.db, s.row, q.lang, opts.translate)));
  return { items, ...(nextCursor ? { nextCursor } : {}), total: count?.n ?? 0 };
}

/** The story of a match, for whoever may read it; not-found when there is none (yet). */
export async function getStoryOfMatch(ctx: Ctx, matchId: string, opts: { lang?: Language; translate?: TranslateTexts } = {}): Promise<Story> {
  const [row] = await ctx.db.select({ id: successStories.id }).from(successStories).where(eq(successStories.matchId, matchId));
  if (!row) throw new NotFoundError(`match ${matchId} has no success story`);
  return getStory(ctx, row.id, opts);
}
