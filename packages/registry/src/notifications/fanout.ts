import { pendingExpertRevision } from '../experts/revisions.js';
import { type Database, type DbOrTx, experts, matchEvents, matches, outbox } from '@enlace/db';
import { type Clock, type MatchStageEvent, OUTBOX_TOPICS, type OutboxEvent, type OutboxPayload, parseOutboxEvent } from '@enlace/domain';
import { type BurstPolicy, type ListingRef, type NotificationKind, type NotificationPayload, passesFilters } from '@enlace/messages';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { planCampaignRound } from '../campaigns/round-plan.js';
import { holdIfPaused } from '../campaigns/write.js';
import { listingsWithPendingRevision } from '../listings/revisions.js';
import { inTransaction } from '../context.js';
import { matchPairKey } from '../matches/store.js';
import { type ListingFacts, type MatchRow, listingFacts, matchById } from './facts.js';
import { type PeopleBook, type Recipient, focalPointsOf, peopleBook } from './people.js';
import { planStory } from './stories.js';
import { type DeliveryRef, type Tell, writeEventsNotifications } from './write.js';

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
  return fanOutMany(db, [outboxId], clock, opts);
}

/**
 * `fanOut` for many events in one transaction. New matches, which an import finds by
 * the thousand, are planned from facts read once for all of them: the statements do
 * not grow with the number of events.
 */
export async function fanOutMany(
  db: Database,
  outboxIds: readonly number[],
  clock: Clock,
  opts: { webUrl: string; burst?: BurstPolicy },
): Promise<{ deliveries: DeliveryRef[]; tells: number }> {
  const rows = await db
    .select()
    .from(outbox)
    .where(inArray(outbox.id, [...outboxIds]))
    .orderBy(asc(outbox.id));
  if (rows.length === 0) return { deliveries: [], tells: 0 };
  // Read through the contract: a payload that breaks it fails the job rather than being guessed at.
  const events = rows.map((row) => ({ id: row.id, event: parseOutboxEvent(row.topic, row.payload) }));
  const newMatches = await newMatchFacts(
    db,
    events.flatMap(({ event }) => (event.topic === OUTBOX_TOPICS.matchNew ? [event.payload] : [])),
  );
  const planned: { id: number; event: OutboxEvent; tells: Tell[] }[] = [];
  for (const { id, event } of events) {
    const tells = event.topic === OUTBOX_TOPICS.matchNew ? newMatchTells(newMatches, event.payload) : await plan(db, event, clock, opts.webUrl);
    planned.push({ id, event, tells });
  }
  const deliveries = await inTransaction(db, async (tx) => {
    const pending = await writeEventsNotifications(
      tx,
      planned.map((p) => ({ eventKey: outboxEventKey(p.id), tells: p.tells })),
      clock.now(),
      opts.burst,
    );
    const toSend: DeliveryRef[] = [];
    for (const { id, event } of planned) {
      if (event.topic === OUTBOX_TOPICS.campaignRound && (await holdIfPaused(tx, event.payload.campaignId))) continue;
      toSend.push(...(pending.get(outboxEventKey(id)) ?? []));
    }
    await tx
      .update(outbox)
      .set({ processedAt: sql`now()` })
      .where(
        inArray(
          outbox.id,
          events.map((e) => e.id),
        ),
      );
    return toSend;
  });
  return { deliveries, tells: planned.reduce((n, p) => n + p.tells.length, 0) };
}

/** `webUrl`: where people open the web interface, for the links campaign messages carry. */
async function plan(db: DbOrTx, event: OutboxEvent, clock: Clock, webUrl: string): Promise<Tell[]> {
  switch (event.topic) {
    case OUTBOX_TOPICS.matchNew:
      return newMatchTells(await newMatchFacts(db, [event.payload]), event.payload);
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

/** The people either side of these listings may concern: their countries' focal points and their owners. */
function peopleOfListings(db: DbOrTx, listings: readonly ListingFacts[]): Promise<PeopleBook> {
  return peopleBook(
    db,
    listings.map((l) => l.ref.country),
    listings.flatMap((l) => (l.ownerId ? [l.ownerId] : [])),
  );
}

/** The focal points of a side's country and the owner of its listing, minus whoever acted. */
function sidePeople(people: PeopleBook, own: ListingFacts, exclude: string | null): { recipient: Recipient; owner: boolean }[] {
  const owner = own.ownerId ? people.byId(own.ownerId) : undefined;
  const seen = new Map<string, { recipient: Recipient; owner: boolean }>();
  if (owner) seen.set(owner.userId, { recipient: owner, owner: true });
  for (const r of people.focalPoints(own.ref.country)) if (!seen.has(r.userId)) seen.set(r.userId, { recipient: r, owner: false });
  return [...seen.values()].filter((p) => p.recipient.userId !== exclude);
}

/**
 * Tells each given side about the pair, from its own point of view (`own` is its
 * listing), through `payloadOf`, keeping only people whose filters let it through.
 */
function tellSides<K extends NotificationKind>(
  people: PeopleBook,
  pair: PairFacts,
  sides: readonly Side[],
  kind: K,
  payloadOf: (own: ListingRef, counterpart: ListingRef) => NotificationPayload<K>,
  opts: { exclude?: string | null; score?: number; gather?: Tell['gather'] } = {},
): Tell[] {
  const tells: Tell[] = [];
  for (const side of sides) {
    const own = pair[side];
    const counterpart = pair[other(side)];
    for (const { recipient, owner } of sidePeople(people, own, opts.exclude ?? null)) {
      if (!passesFilters(recipient.prefs, own.ref, { ownListing: owner, ...(opts.score !== undefined ? { score: opts.score } : {}) })) continue;
      tells.push({ recipient, kind, payload: payloadOf(own.ref, counterpart.ref), ...(opts.gather ? { gather: opts.gather } : {}) } as Tell);
    }
  }
  return tells;
}

/** What new matches' announcements need, read once for all of them. */
interface NewMatchFacts {
  readonly pairs: ReadonlyMap<string, PairFacts>;
  readonly people: PeopleBook;
}

async function newMatchFacts(db: DbOrTx, events: readonly OutboxPayload<'match.new'>[]): Promise<NewMatchFacts> {
  if (events.length === 0) return { pairs: new Map(), people: { focalPoints: () => [], byId: () => undefined } };
  // By the pair, not the id: a pair found again after its row was replaced is still the pair announced.
  const rows = await db
    .select()
    .from(matches)
    .where(
      sql`(${matches.offerId}, ${matches.demandId}) in (select * from unnest(${sql.param(events.map((e) => e.offerId))}::uuid[], ${sql.param(events.map((e) => e.demandId))}::uuid[]))`,
    );
  const facts = await listingFacts(db, [...new Set(rows.flatMap((r) => [r.offerId, r.demandId]))]);
  const pairs = new Map<string, PairFacts>();
  for (const match of rows) {
    const offer = facts.get(match.offerId);
    const demand = facts.get(match.demandId);
    if (offer && demand) pairs.set(matchPairKey(match), { match, offer, demand });
  }
  return { pairs, people: await peopleOfListings(db, [...facts.values()]) };
}

function newMatchTells({ pairs, people }: NewMatchFacts, p: OutboxPayload<'match.new'>): Tell[] {
  const pair = pairs.get(matchPairKey(p));
  // People already turned the pair down, or a listing left publication meanwhile: nothing to announce.
  if (!pair || pair.match.stage === 'dismissed' || pair.match.stage === 'declined') return [];
  if (pair.offer.status !== 'published' || pair.demand.status !== 'published') return [];
  const { id: matchId, score, reasons } = pair.match;
  return tellSides(
    people,
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
  const people = await peopleOfListings(db, [pair.offer, pair.demand]);
  const [step] = await db.select().from(matchEvents).where(eq(matchEvents.id, e.eventId)).limit(1);
  const matchId = pair.match.id;
  const exclude = e.actorUserId;
  // Those who did not act hear about it; staff act for neither side, so both hear.
  const others: Side[] = e.side ? [other(e.side)] : ['offer', 'demand'];
  switch (e.action) {
    case 'interest':
      return e.toStage === 'mutual'
        ? tellSides(people, pair, ['offer', 'demand'], 'match_mutual', (own, counterpart) => ({ matchId, own, counterpart }), { exclude })
        : tellSides(people, pair, others, 'match_interest', (own, counterpart) => ({ matchId, own, counterpart, message: step?.message ?? null }), { exclude });
    case 'decline':
      return tellSides(people, pair, others, 'match_declined', (own, counterpart) => ({ matchId, own, counterpart, reason: step?.message ?? '' }), { exclude });
    case 'agree':
    case 'start':
    case 'complete': {
      if (e.toStage !== 'agreed' && e.toStage !== 'in_progress' && e.toStage !== 'completed') return [];
      const stage = e.toStage;
      return tellSides(
        people,
        pair,
        ['offer', 'demand'],
        'match_progress',
        (own, counterpart) => ({ matchId, own, counterpart, stage, brokered: pair.match.brokeredBy !== null }),
        { exclude },
      );
    }
    case 'propose':
      return tellSides(
        people,
        pair,
        ['offer', 'demand'],
        'match_brokered',
        (own, counterpart) => ({ matchId, own, counterpart, note: pair.match.brokerNote }),
        {
          exclude,
        },
      );
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
  return sidePeople(await peopleOfListings(db, [listing]), listing, null).map(({ recipient }) => ({ recipient, kind: 'listing_expiring', payload }));
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
