import { pendingExpertRevision } from '../experts/revisions.js';
import { type Database, type DbOrTx, experts, matchEvents, matches, outbox } from '@enlace/db';
import { type Clock, type MatchStageEvent, OUTBOX_TOPICS, type OutboxEvent, type OutboxPayload, parseOutboxEvent } from '@enlace/domain';
import { type BurstPolicy, type ListingRef, type NotificationKind, type NotificationPayload, passesFilters } from '@enlace/messages';
import { and, eq, sql } from 'drizzle-orm';
import { planCampaignRound } from '../campaigns/round-plan.js';
import { holdIfPaused } from '../campaigns/write.js';
import { listingsWithPendingRevision } from '../listings/revisions.js';
import { inTransaction } from '../context.js';
import { type ListingFacts, type MatchRow, listingFacts, matchById } from './facts.js';
import { type Recipient, focalPointsOf, recipientsById } from './people.js';
import { planStory } from './stories.js';
import { type DeliveryRef, type Tell, writeNotifications } from './write.js';

/** The key that makes an outbox event's notifications unique. */
export const outboxEventKey = (outboxId: number) => `outbox:${outboxId}`;

/**
 * Turns one outbox event into notifications for the people it concerns, filtered by
 * their subscriptions, and returns the deliveries a worker must now send. Safe to run
 * again for the same event: nothing is written twice.
 */
export async function fanOut(
  db: Database,
  outboxId: number,
  clock: Clock,
  opts: { webUrl: string; burst?: BurstPolicy },
): Promise<{ deliveries: DeliveryRef[]; tells: number }> {
  const [event] = await db.select().from(outbox).where(eq(outbox.id, outboxId)).limit(1);
  if (!event) return { deliveries: [], tells: 0 };
  // Read through the contract: a payload that breaks it fails the job rather than being guessed at.
  const read = parseOutboxEvent(event.topic, event.payload);
  const tells = await plan(db, read, clock, opts.webUrl);
  const deliveries = await inTransaction(db, async (tx) => {
    let pending = await writeNotifications(tx, outboxEventKey(outboxId), tells, clock.now(), opts.burst);
    if (read.topic === OUTBOX_TOPICS.campaignRound && (await holdIfPaused(tx, read.payload.campaignId))) pending = [];
    await tx
      .update(outbox)
      .set({ processedAt: sql`now()` })
      .where(eq(outbox.id, outboxId));
    return pending;
  });
  return { deliveries, tells: tells.length };
}

/** `webUrl`: where people open the web interface, for the links campaign messages carry. */
async function plan(db: DbOrTx, event: OutboxEvent, clock: Clock, webUrl: string): Promise<Tell[]> {
  switch (event.topic) {
    case OUTBOX_TOPICS.matchNew:
      return planNewMatch(db, event.payload);
    case OUTBOX_TOPICS.matchStage:
      return planMatchStage(db, event.payload);
    case OUTBOX_TOPICS.reviewRequested:
      return planReview(db, event.payload);
    case OUTBOX_TOPICS.listingExpiring:
      return planExpiring(db, event.payload, clock);
    case OUTBOX_TOPICS.expertReviewRequested:
      return planExpertReview(db, event.payload);
    case OUTBOX_TOPICS.campaignRound:
      return planCampaignRound(db, event.payload, clock, webUrl);
    case OUTBOX_TOPICS.storyChanged:
      return planStory(db, event.payload);
    default:
      return [];
  }
}

type Side = 'offer' | 'demand';
const other = (side: Side): Side => (side === 'offer' ? 'demand' : 'offer');

interface PairFacts {
  match: MatchRow;
  offer: ListingFacts;
  demand: ListingFacts;
}

async function pairFacts(db: DbOrTx, match: MatchRow | undefined): Promise<PairFacts | undefined> {
  if (!match) return undefined;
  const facts = await listingFacts(db, [match.offerId, match.demandId]);
  const offer = facts.get(match.offerId);
  const demand = facts.get(match.demandId);
  return offer && demand ? { match, offer, demand } : undefined;
}

/** The focal points of a side's country and the owner of its listing, minus whoever acted. */
async function sidePeople(db: DbOrTx, own: ListingFacts, exclude: string | null): Promise<{ recipient: Recipient; owner: boolean }[]> {
  const [focal, owners] = await Promise.all([focalPointsOf(db, [own.ref.country]), recipientsById(db, own.ownerId ? [own.ownerId] : [])]);
  const seen = new Map<string, { recipient: Recipient; owner: boolean }>();
  for (const r of owners) seen.set(r.userId, { recipient: r, owner: true });
  for (const r of focal) if (!seen.has(r.userId)) seen.set(r.userId, { recipient: r, owner: false });
  return [...seen.values()].filter((p) => p.recipient.userId !== exclude);
}

/**
 * Tells each given side about the pair, from its own point of view (`own` is its
 * listing), through `payloadOf`, keeping only people whose filters let it through.
 */
async function tellSides<K extends NotificationKind>(
  db: DbOrTx,
  pair: PairFacts,
  sides: readonly Side[],
  kind: K,
  payloadOf: (own: ListingRef, counterpart: ListingRef) => NotificationPayload<K>,
  opts: { exclude?: string | null; score?: number; gather?: Tell['gather'] } = {},
): Promise<Tell[]> {
  const tells: Tell[] = [];
  for (const side of sides) {
    const own = pair[side];
    const counterpart = pair[other(side)];
    for (const { recipient, owner } of await sidePeople(db, own, opts.exclude ?? null)) {
      if (!passesFilters(recipient.prefs, own.ref, { ownListing: owner, ...(opts.score !== undefined ? { score: opts.score } : {}) })) continue;
      tells.push({ recipient, kind, payload: payloadOf(own.ref, counterpart.ref), ...(opts.gather ? { gather: opts.gather } : {}) } as Tell);
    }
  }
  return tells;
}

async function planNewMatch(db: DbOrTx, p: OutboxPayload<'match.new'>): Promise<Tell[]> {
  const [match] = await db
    .select()
    .from(matches)
    .where(and(eq(matches.offerId, p.offerId), eq(matches.demandId, p.demandId)))
    .limit(1);
  const pair = await pairFacts(db, match);
  // People already turned the pair down, or a listing left publication meanwhile: nothing to announce.
  if (!pair || pair.match.stage === 'dismissed' || pair.match.stage === 'declined') return [];
  if (pair.offer.status !== 'published' || pair.demand.status !== 'published') return [];
  const { id: matchId, score, reasons } = pair.match;
  return tellSides(
    db,
    pair,
    ['offer', 'demand'],
    'match_new',
    (own, counterpart) => ({
      matchId,
      own,
      counterpart,
      score,
      reasons: reasons as NotificationPayload<'match_new'>['reasons'],
      ...(p.bulk ? { bulk: true } : {}),
    }),
    { score, gather: { bulk: p.bulk ?? false } },
  );
}

async function planMatchStage(db: DbOrTx, e: MatchStageEvent): Promise<Tell[]> {
  const pair = await pairFacts(db, await matchById(db, e.matchId));
  if (!pair) return [];
  const [step] = await db.select().from(matchEvents).where(eq(matchEvents.id, e.eventId)).limit(1);
  const matchId = pair.match.id;
  const exclude = e.actorUserId;
  // Those who did not act hear about it; staff act for neither side, so both hear.
  const others: Side[] = e.side ? [other(e.side)] : ['offer', 'demand'];
  switch (e.action) {
    case 'interest':
      return e.toStage === 'mutual'
        ? tellSides(db, pair, ['offer', 'demand'], 'match_mutual', (own, counterpart) => ({ matchId, own, counterpart }), { exclude })
        : tellSides(db, pair, others, 'match_interest', (own, counterpart) => ({ matchId, own, counterpart, message: step?.message ?? null }), { exclude });
    case 'decline':
      return tellSides(db, pair, others, 'match_declined', (own, counterpart) => ({ matchId, own, counterpart, reason: step?.message ?? '' }), { exclude });
    case 'agree':
    case 'start':
    case 'complete': {
      if (e.toStage !== 'agreed' && e.toStage !== 'in_progress' && e.toStage !== 'completed') return [];
      const stage = e.toStage;
      return tellSides(
        db,
        pair,
        ['offer', 'demand'],
        'match_progress',
        (own, counterpart) => ({ matchId, own, counterpart, stage, brokered: pair.match.brokeredBy !== null }),
        { exclude },
      );
    }
    case 'propose':
      return tellSides(db, pair, ['offer', 'demand'], 'match_brokered', (own, counterpart) => ({ matchId, own, counterpart, note: pair.match.brokerNote }), {
        exclude,
      });
    default:
      return [];
  }
}

async function planReview(db: DbOrTx, p: OutboxPayload<'listing.review_requested'>): Promise<Tell[]> {
  const facts = await listingFacts(db, p.listingIds);
  const revised = await listingsWithPendingRevision(db, p.listingIds);
  // Only what still waits (pending review, or a published listing's pending revision):
  // a listing reviewed before the message went out needs no reminder.
  const waiting = p.listingIds
    .map((id) => facts.get(id))
    .filter((f): f is ListingFacts => f?.status === 'pending_review' || (f?.status === 'published' && revised.has(f.ref.id)));
  if (waiting.length === 0) return [];
  const payload: NotificationPayload<'review_pending'> = { country: p.country, total: waiting.length, listings: waiting.slice(0, 20).map((f) => f.ref) };
  // Reviewing is a duty of the role, not a topic of interest: the filters do not apply.
  return (await focalPointsOf(db, [p.country])).map((recipient) => ({ recipient, kind: 'review_pending', payload }));
}

const DAY = 86_400_000;

async function planExpiring(db: DbOrTx, p: OutboxPayload<'listing.expiring'>, clock: Clock): Promise<Tell[]> {
  const listing = (await listingFacts(db, [p.listingId])).get(p.listingId);
  // Extended, closed or already gone since the reminder was written: nothing to say.
  if (!listing || listing.status !== 'published' || listing.ref.validUntil !== p.validUntil) return [];
  const today = Date.parse(clock.now().toISOString().slice(0, 10));
  const daysLeft = Math.round((Date.parse(p.validUntil) - today) / DAY);
  const payload: NotificationPayload<'listing_expiring'> = { listing: listing.ref, validUntil: p.validUntil, daysLeft };
  return (await sidePeople(db, listing, null)).map(({ recipient }) => ({ recipient, kind: 'listing_expiring', payload }));
}

async function planExpertReview(db: DbOrTx, p: OutboxPayload<'expert.review_requested'>): Promise<Tell[]> {
  const [expert] = await db
    .select({ name: experts.name, status: experts.status, sectors: experts.sectors })
    .from(experts)
    .where(eq(experts.id, p.expertId))
    .limit(1);
  if (!expert) return [];
  // A validated (or paused) expert's review request is for their own change to the profile.
  const change =
    expert.status === 'pending'
      ? 'registration'
      : (expert.status === 'validated' || expert.status === 'paused') && (await pendingExpertRevision(db, p.expertId))
        ? 'revision'
        : undefined;
  // Reviewed before the message went out: nothing to ask.
  if (!change) return [];
  const payload: NotificationPayload<'expert_pending'> = {
    expertId: p.expertId,
    name: expert.name,
    country: p.country,
    sectors: expert.sectors,
    ...(change === 'revision' ? { change } : {}),
  };
  return (await focalPointsOf(db, [p.country])).filter((r) => r.userId !== p.actorUserId).map((recipient) => ({ recipient, kind: 'expert_pending', payload }));
}
