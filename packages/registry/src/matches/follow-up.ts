import { type DbOrTx, listings, matchEvents, matches, users } from '@enlace/db';
import {
  type Actor,
  type MatchAction,
  type MatchCountries,
  type MatchEventView,
  type MatchBoard,
  type MatchBoardQuery,
  type MatchListQuery,
  MATCH_STAGES,
  matchBoardQuerySchema,
  type MatchState,
  type MatchSummary,
  type MatchView,
  NotFoundError,
  availableMatchActions,
  canSeeMatch,
  matchListQuerySchema,
  matchVisibility,
} from '@enlace/domain';
import { type SQL, aliasedTable, and, arrayContains, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Language } from '@enlace/i18n';
import { isMatchReason, renderReason } from '@enlace/matching';
import type { Ctx } from '../context.js';

/*
 * Reading matches as people follow them up: one match with its history, the list of
 * those the caller may see, and what a notifier needs to tell people about a change.
 */

export type MatchRow = typeof matches.$inferSelect;

const offerListing = aliasedTable(listings, 'offer_listing');
const demandListing = aliasedTable(listings, 'demand_listing');
const listingRef = (t: typeof offerListing) => ({ id: t.id, kind: t.kind, title: t.title, country: t.country, status: t.status });

/** A match row with the two listings it joins, as the follow-up views are made from. */
export interface MatchWithListings {
  readonly match: MatchRow;
  readonly offer: MatchSummary['offer'];
  readonly demand: MatchSummary['demand'];
}

/** Matches joined with their offer and demand; `forUpdate` locks the match rows only. */
export function selectMatches(db: DbOrTx) {
  return db
    .select({ match: matches, offer: listingRef(offerListing), demand: listingRef(demandListing) })
    .from(matches)
    .innerJoin(offerListing, eq(offerListing.id, matches.offerId))
    .innerJoin(demandListing, eq(demandListing.id, matches.demandId));
}

export async function loadMatch(db: DbOrTx, id: string, opts: { forUpdate?: boolean } = {}): Promise<MatchWithListings | undefined> {
  const query = selectMatches(db).where(eq(matches.id, id)).limit(1);
  const [row] = opts.forUpdate ? await query.for('update', { of: matches }) : await query;
  return row;
}

export const countriesOf = (row: MatchWithListings): MatchCountries => ({ offer: row.offer.country, demand: row.demand.country });

export function stateOf(m: MatchRow): MatchState {
  return {
    stage: m.stage,
    offerInterestAt: m.offerInterestAt,
    demandInterestAt: m.demandInterestAt,
    agreement: (m.agreement as MatchState['agreement']) ?? null,
    offerAgreedAt: m.offerAgreedAt,
    demandAgreedAt: m.demandAgreedAt,
    outcome: m.outcome ?? null,
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A match as the given actor sees it in the follow-up list, its reasons worded in `lang`. */
export function toMatchSummary(row: MatchWithListings, actor: Actor, lang: Language): MatchSummary {
  const m = row.match;
  return {
    id: m.id,
    stage: m.stage,
    stageChangedAt: iso(m.stageChangedAt),
    score: Math.round(m.score * 1000) / 1000,
    reasons: (m.reasons as unknown[]).filter(isMatchReason).map((r) => ({ kind: r.kind, text: renderReason(r, lang) })),
    offer: row.offer,
    demand: row.demand,
    interest: { offer: iso(m.offerInterestAt), demand: iso(m.demandInterestAt) },
    agreement: m.agreement
      ? {
          modality: m.agreement.modality,
          startDate: m.agreement.startDate,
          ...(m.agreement.endDate ? { endDate: m.agreement.endDate } : {}),
          responsibilities: m.agreement.responsibilities,
        }
      : null,
    confirmations: { offer: iso(m.offerAgreedAt), demand: iso(m.demandAgreedAt) },
    outcome: m.outcome ? { summary: m.outcome.summary, lessonsLearned: m.outcome.lessonsLearned } : null,
    brokered: m.brokeredBy ? { by: m.brokeredBy, note: m.brokerNote } : null,
    availableActions: availableMatchActions(actor, countriesOf(row), stateOf(m)),
    computedAt: m.computedAt.toISOString(),
  };
}

/** The history of a match, oldest first, with who did each step; or only the step `eventId`. */
export async function matchHistory(db: DbOrTx, matchId: string, eventId?: number): Promise<MatchEventView[]> {
  const rows = await db
    .select({ event: matchEvents, actorName: users.name })
    .from(matchEvents)
    .leftJoin(users, eq(users.id, matchEvents.actorUserId))
    .where(and(eq(matchEvents.matchId, matchId), eventId === undefined ? undefined : eq(matchEvents.id, eventId)))
    .orderBy(asc(matchEvents.id));
  return rows.map(({ event: e, actorName }) => ({
    id: e.id,
    action: e.action as MatchAction,
    fromStage: e.fromStage,
    toStage: e.toStage,
    side: e.side,
    actor: e.actorUserId ? { id: e.actorUserId, name: actorName ?? '' } : null,
    message: e.message,
    detail: e.detail ?? {},
    at: e.at.toISOString(),
  }));
}

/** The follow-up record of a match, its reasons worded in `lang`; 404 to anyone who may not see it. */
export async function getMatch(ctx: Ctx, id: string, lang: Language): Promise<MatchView> {
  const row = await loadMatch(ctx.db, id);
  if (!row || !canSeeMatch(ctx.actor, countriesOf(row))) throw new NotFoundError(`match ${id} not found`);
  return { ...toMatchSummary(row, ctx.actor, lang), history: await matchHistory(ctx.db, id) };
}

/** The conditions that keep a list to what the actor may see, as the policy's `matchVisibility` says. */
function visibleTo(actor: Actor): SQL | undefined {
  const rule = matchVisibility(actor);
  if (rule.all) return undefined;
  if (rule.country === null) return sql`false`;
  return or(eq(offerListing.country, rule.country), eq(demandListing.country, rule.country));
}

export interface MatchPage {
  readonly items: MatchSummary[];
  /** Pass back as `offset` for the next page; absent on the last page. */
  readonly nextOffset?: number;
}

/** The filters of the follow-up views, as SQL over a match and its two listings. */
function followUpFilter(actor: Actor, f: Pick<MatchListQuery, 'stage' | 'country' | 'listingId' | 'sector'>): SQL | undefined {
  return and(
    visibleTo(actor),
    f.stage ? inArray(matches.stage, f.stage) : undefined,
    f.country ? or(eq(offerListing.country, f.country), eq(demandListing.country, f.country)) : undefined,
    f.listingId ? or(eq(matches.offerId, f.listingId), eq(matches.demandId, f.listingId)) : undefined,
    f.sector ? or(arrayContains(offerListing.sectors, [f.sector]), arrayContains(demandListing.sectors, [f.sector])) : undefined,
  );
}

/** Most recently moved first; pairs nobody acted on yet by when the ranking found them. */
const recentFirst = sql`coalesce(${matches.stageChangedAt}, ${matches.computedAt}) desc, ${matches.id} asc`;

/**
 * The matches the actor may follow up, most recently moved first, with filters by
 * stage, country, listing and sector.
 */
export async function listFollowUps(ctx: Ctx, query: Partial<MatchListQuery>, lang: Language): Promise<MatchPage> {
  const { limit, offset, ...filters } = matchListQuerySchema.parse(query);
  const rows = await selectMatches(ctx.db)
    .where(followUpFilter(ctx.actor, filters))
    .orderBy(recentFirst)
    .limit(limit + 1)
    .offset(offset);
  return {
    items: rows.slice(0, limit).map((r) => toMatchSummary(r, ctx.actor, lang)),
    ...(rows.length > limit ? { nextOffset: offset + limit } : {}),
  };
}

/**
 * Every stage at a glance: how many matches each stage holds, and its `perStage` most
 * recently moved, with the same filters as the list. Two queries whatever the number of
 * stages: the counts, and the matches ranked within their stage.
 */
export async function matchBoard(ctx: Ctx, query: Partial<MatchBoardQuery>, lang: Language): Promise<MatchBoard> {
  const { perStage, ...filters } = matchBoardQuerySchema.parse(query);
  const where = followUpFilter(ctx.actor, filters);
  const counted = ctx.db
    .select({ stage: matches.stage, count: sql<number>`count(*)::int` })
    .from(matches)
    .innerJoin(offerListing, eq(offerListing.id, matches.offerId))
    .innerJoin(demandListing, eq(demandListing.id, matches.demandId))
    .where(where)
    .groupBy(matches.stage);
  const ranked = ctx.db
    .select({ id: matches.id, rank: sql<number>`row_number() over (partition by ${matches.stage} order by ${recentFirst})`.as('rank') })
    .from(matches)
    .innerJoin(offerListing, eq(offerListing.id, matches.offerId))
    .innerJoin(demandListing, eq(demandListing.id, matches.demandId))
    .where(where)
    .as('ranked');
  const [counts, rows] = await Promise.all([
    counted,
    selectMatches(ctx.db).innerJoin(ranked, eq(ranked.id, matches.id)).where(lte(ranked.rank, perStage)).orderBy(recentFirst),
  ]);
  const countOf = new Map(counts.map((c) => [c.stage, c.count]));
  return {
    stages: MATCH_STAGES.map((stage) => ({
      stage,
      count: countOf.get(stage) ?? 0,
      items: rows.filter((r) => r.match.stage === stage).map((r) => toMatchSummary(r, ctx.actor, lang)),
    })),
  };
}
