import { type DbOrTx, listings, matchEvents, matches } from '@enlace/db';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  type MatchAction,
  type AgreeMatchBody,
  type CompleteMatchBody,
  type MatchCommand,
  type MatchInterestInput,
  type MatchSide,
  type MatchStage,
  type MatchView,
  NotFoundError,
  OUTBOX_TOPICS,
  type ProposeMatchInput,
  canProposeMatch,
  canReadListing,
  canSeeMatch,
  agreeMatchBodySchema,
  completeMatchBodySchema,
  matchInterestSchema,
  optionalReasonSchema,
  planMatchStep,
  proposeMatchSchema,
  reasonSchema,
} from '@enlace/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Language } from '@enlace/i18n';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { captureCooperationRecord } from '../cooperation/records.js';
import { recordEvent } from '../outbox.js';
import { countriesOf, loadMatch, matchHistory, stateOf, toMatchSummary } from './follow-up.js';

/*
 * The verbs of a match's follow-up. Each locks the match row, asks the domain whether
 * the actor may take the step from the current stage, and writes in one transaction the
 * new state, a `match_events` row, an audit record and a `match.stage` outbox event.
 */

const AUDIT_ACTION: Record<MatchAction, string> = {
  propose: 'match.proposed',
  interest: 'match.interest_expressed',
  decline: 'match.declined',
  dismiss: 'match.dismissed',
  agree: 'match.agreement_recorded',
  start: 'match.started',
  complete: 'match.completed',
};

interface StepRecord {
  readonly matchId: string;
  readonly action: MatchAction;
  readonly from: MatchStage | null;
  readonly to: MatchStage;
  readonly side: MatchSide | null;
  readonly message: string | null;
  readonly detail: Record<string, unknown>;
  readonly at: Date;
}

/** History, audit and outbox of one step, in the caller's transaction. */
async function recordMatchStep(tx: DbOrTx, ctx: Ctx, step: StepRecord): Promise<number> {
  const userId = actorUserId(ctx);
  const [event] = await tx
    .insert(matchEvents)
    .values({
      matchId: step.matchId,
      action: step.action,
      fromStage: step.from,
      toStage: step.to,
      side: step.side,
      actorUserId: userId,
      message: step.message,
      detail: step.detail,
      at: step.at,
    })
    .returning({ id: matchEvents.id });
  const eventId = event!.id;
  await audit(tx, {
    actorUserId: userId,
    action: AUDIT_ACTION[step.action],
    entityType: 'match',
    entityId: step.matchId,
    detail: { eventId, fromStage: step.from, toStage: step.to, side: step.side, ...(step.message ? { message: step.message } : {}), ...step.detail },
  });
  await recordEvent(tx, OUTBOX_TOPICS.matchStage, step.matchId, {
    matchId: step.matchId,
    eventId,
    action: step.action,
    fromStage: step.from,
    toStage: step.to,
    side: step.side,
    actorUserId: userId,
  });
  return eventId;
}

async function viewOf(tx: DbOrTx, ctx: Ctx, id: string, lang: Language): Promise<MatchView> {
  const row = (await loadMatch(tx, id))!;
  return { ...toMatchSummary(row, ctx.actor, lang), history: await matchHistory(tx, id) };
}

/** Takes one step of a match's follow-up; the answer words its reasons in `lang`. */
async function act(ctx: Ctx, id: string, command: MatchCommand, lang: Language, after?: (tx: DbOrTx, to: MatchStage) => Promise<void>): Promise<MatchView> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadMatch(tx, id, { forUpdate: true });
    // The pair itself is public while both listings are (GET /v1/listings/{id}/matches names
    // it), so people of a third country are told they may not act (403); anything else
    // they could not read does not exist for them.
    const known = row && (canSeeMatch(ctx.actor, countriesOf(row)) || (canReadListing(ctx.actor, row.offer) && canReadListing(ctx.actor, row.demand)));
    if (!row || !known) throw new NotFoundError(`match ${id} not found`);
    const now = ctx.clock.now();
    const step = planMatchStep(ctx.actor, countriesOf(row), stateOf(row.match), command, now);
    if (step.action === 'interest') {
      const closed = [row.offer, row.demand].find((l) => l.status !== 'published');
      if (closed)
        throw new ConflictError(
          `the ${closed.kind} of this match is ${closed.status.replace('_', ' ')}; interest can be expressed only while both listings are published`,
        );
    }
    await tx
      .update(matches)
      .set({ ...step.changes, stage: step.to, ...(step.to !== step.from ? { stageChangedAt: now } : {}) })
      .where(eq(matches.id, id));
    await recordMatchStep(tx, ctx, { matchId: id, ...step, at: now });
    await after?.(tx, step.to);
    return viewOf(tx, ctx, id, lang);
  });
}

/** An officer or focal point says its country is interested, with a message for the other side. */
export async function expressInterest(ctx: Ctx, id: string, input: MatchInterestInput, lang: Language): Promise<MatchView> {
  const { message } = matchInterestSchema.parse(input);
  return act(ctx, id, { action: 'interest', message }, lang);
}

/** Either side, or staff, declines the match; a reason is required. */
export async function declineMatch(ctx: Ctx, id: string, input: { reason: string }, lang: Language): Promise<MatchView> {
  const { reason } = reasonSchema.parse(input);
  return act(ctx, id, { action: 'decline', reason }, lang);
}

/**
 * A focal point or staff dismisses the match as not relevant: the pair is never
 * suggested again, and stays stored as feedback for the ranking.
 */
export async function dismissMatch(ctx: Ctx, id: string, input: { reason?: string | undefined }, lang: Language): Promise<MatchView> {
  const { reason } = optionalReasonSchema.parse(input);
  return act(ctx, id, { action: 'dismiss', reason }, lang);
}

/** Staff record the agreement, or a focal point records or confirms the terms for its side. */
export async function agreeMatch(ctx: Ctx, id: string, input: AgreeMatchBody, lang: Language): Promise<MatchView> {
  const { cooperationRecord, ...terms } = agreeMatchBodySchema.parse(input);
  // The SIDICSS record is captured with the terms: as sent, or Enlace's defaults once agreed.
  return act(ctx, id, { action: 'agree', terms }, lang, async (tx, to) => {
    if (cooperationRecord || to === 'agreed') await captureCooperationRecord(tx, ctx, id, 'agreed', cooperationRecord);
  });
}

/** The agreed cooperation has begun. */
export async function startMatch(ctx: Ctx, id: string, lang: Language): Promise<MatchView> {
  return act(ctx, id, { action: 'start' }, lang);
}

/** The cooperation is over: what was done and what was learned. */
export async function completeMatch(ctx: Ctx, id: string, input: CompleteMatchBody, lang: Language): Promise<MatchView> {
  const { cooperationRecord, ...outcome } = completeMatchBodySchema.parse(input);
  return act(ctx, id, { action: 'complete', outcome }, lang, async (tx) => captureCooperationRecord(tx, ctx, id, 'completed', cooperationRecord));
}

/**
 * Staff propose a pair by hand. Both listings must exist, be published, be an offer and
 * a demand, and come from different countries. A pair the ranking already stored is
 * marked as proposed (while nobody has acted on it) rather than duplicated; a new pair
 * gets score 0 and no reasons until the ranking finds it.
 */
export async function proposeMatch(ctx: Ctx, input: ProposeMatchInput, lang: Language): Promise<{ created: boolean; match: MatchView }> {
  const { offerId, demandId, note } = proposeMatchSchema.parse(input);
  if (!canProposeMatch(ctx.actor)) throw new ForbiddenError('only staff may propose a match');
  return inTransaction(ctx.db, async (tx) => {
    // FOR SHARE: neither listing may be closed or changed while the pair is being proposed.
    const found = await tx
      .select({ id: listings.id, kind: listings.kind, country: listings.country, status: listings.status, version: listings.version })
      .from(listings)
      .where(inArray(listings.id, [offerId, demandId]))
      .for('share');
    const offer = found.find((l) => l.id === offerId);
    const demand = found.find((l) => l.id === demandId);
    if (!offer) throw new NotFoundError(`listing ${offerId} not found`);
    if (!demand) throw new NotFoundError(`listing ${demandId} not found`);
    const issues = [
      ...(offer.kind !== 'offer' ? [{ field: 'offerId', code: 'not_an_offer', reason: 'names a demand, not an offer' }] : []),
      ...(demand.kind !== 'demand' ? [{ field: 'demandId', code: 'not_a_demand', reason: 'names an offer, not a demand' }] : []),
      ...(offer.country === demand.country ? [{ field: 'demandId', code: 'same_country', reason: `is of ${demand.country}, the offer's own country` }] : []),
    ];
    if (issues.length > 0) throw new InvalidError('these listings cannot make a match', issues);
    for (const l of [offer, demand]) {
      if (l.status !== 'published') throw new ConflictError(`the ${l.kind} ${l.id} is ${l.status.replace('_', ' ')}; only published listings can be matched`);
    }

    const now = ctx.clock.now();
    const userId = actorUserId(ctx)!;
    const [inserted] = await tx
      .insert(matches)
      .values({
        offerId,
        demandId,
        score: 0,
        reasons: [],
        offerVersion: offer.version,
        demandVersion: demand.version,
        computedAt: now,
        brokeredBy: userId,
        brokerNote: note ?? null,
      })
      .onConflictDoNothing({ target: [matches.offerId, matches.demandId] })
      .returning({ id: matches.id });
    let matchId = inserted?.id;
    if (!matchId) {
      const [existing] = await tx
        .select({ id: matches.id, stage: matches.stage, brokeredBy: matches.brokeredBy })
        .from(matches)
        .where(and(eq(matches.offerId, offerId), eq(matches.demandId, demandId)))
        .for('update');
      if (existing!.brokeredBy) throw new ConflictError(`staff already proposed this pair (match ${existing!.id})`);
      if (existing!.stage !== 'suggested') {
        throw new ConflictError(`this pair is already being followed up (match ${existing!.id} is ${existing!.stage.replace('_', ' ')})`);
      }
      matchId = existing!.id;
      await tx
        .update(matches)
        .set({ brokeredBy: userId, brokerNote: note ?? null })
        .where(eq(matches.id, matchId));
    }
    await recordMatchStep(tx, ctx, {
      matchId,
      action: 'propose',
      from: inserted ? null : 'suggested',
      to: 'suggested',
      side: null,
      message: note ?? null,
      detail: { created: Boolean(inserted) },
      at: now,
    });
    return { created: Boolean(inserted), match: await viewOf(tx, ctx, matchId, lang) };
  });
}
