import { z } from 'zod';
import { MATCH_STAGES } from './codes.js';
import { expertStatusSchema } from './experts/schema.js';
import { countryCodeSchema, isoDateSchema, listingKindSchema, listingStatusSchema } from './listings/schema.js';
import { matchActionSchema, matchSideSchema } from './matches/schema.js';
import { languageSchema } from './taxonomies/languages.js';

/*
 * The outbox contract: every topic an outbox event may have, and the payload each one
 * carries. Producers (the registry's verbs) check a payload here before writing it, and
 * consumers (the relay, the notification fan-out, the indexers) read it through the same
 * schema, so that both ends agree by construction. Payloads carry ids, not copies of
 * rows: consumers re-read the current state.
 */

export const OUTBOX_TOPICS = {
  /** One listing changed (an edit, a review step, an expiry). */
  listingChanged: 'listing.changed',
  /** Many listings changed together (an import chunk): one event for the lot. */
  listingsImported: 'listings.imported',
  /** Listings entered review: their country's focal points must look at them. */
  reviewRequested: 'listing.review_requested',
  /** A listing reaches its validUntil in 30 or 7 days. */
  listingExpiring: 'listing.expiring',
  /** The ranking found a pair above the notification threshold (once per pair). */
  matchNew: 'match.new',
  /** People moved a match along its follow-up (interest, decline, agreement…), or staff proposed one. */
  matchStage: 'match.stage',
  /** An expert was registered, reviewed, edited, paused, resumed, withdrawn, deactivated or erased. */
  expertChanged: 'expert.changed',
  /** An expert registered: their country's focal points validate them. */
  expertReviewRequested: 'expert.review_requested',
  /** An expert asked for the link to their own registration: it is emailed to their contact address. */
  expertLinkRequested: 'expert.link_requested',
  /** A campaign round: its messages to every targeted person. */
  campaignRound: 'campaign.round',
  /** A success story was submitted, approved, published, changed or withdrawn. */
  storyChanged: 'story.changed',
} as const;
export type OutboxTopic = (typeof OUTBOX_TOPICS)[keyof typeof OUTBOX_TOPICS];

const id = z.uuid();

/** The payload of a `match.stage` event; the message, reason and terms stay in `match_events`. */
export const matchStageEventSchema = z.object({
  matchId: id,
  /** The `match_events` row this change wrote. */
  eventId: z.number().int(),
  action: matchActionSchema,
  /** null when staff proposed a pair nobody had stored yet. */
  fromStage: z.enum(MATCH_STAGES).nullable(),
  toStage: z.enum(MATCH_STAGES),
  /** The side the actor spoke for; null for staff. */
  side: matchSideSchema.nullable(),
  actorUserId: id.nullable(),
});

export const outboxPayloads = {
  'listing.changed': z.object({
    listingId: id,
    kind: listingKindSchema,
    country: countryCodeSchema,
    /** `deleted` when the listing is gone: the index drops it. */
    status: z.union([listingStatusSchema, z.literal('deleted')]),
    version: z.number().int().positive(),
    change: z.enum(['created', 'updated', 'status', 'deleted']),
  }),
  'listings.imported': z.object({ listingIds: z.array(id).min(1), importId: id.optional() }),
  'listing.review_requested': z.object({ country: countryCodeSchema, listingIds: z.array(id).min(1) }),
  'listing.expiring': z.object({ listingId: id, validUntil: isoDateSchema, daysBefore: z.number().int().positive() }),
  'match.new': z.object({
    matchId: id,
    offerId: id,
    demandId: id,
    score: z.number().min(0).max(1),
    /** Found while matching a bulk import: announced with the rest of the import, not one by one. */
    bulk: z.boolean().optional(),
  }),
  'match.stage': matchStageEventSchema,
  /** `erased`: the expert's personal data was removed, row and all. */
  'expert.changed': z.object({ expertId: id, country: countryCodeSchema, status: z.union([expertStatusSchema, z.literal('erased')]) }),
  'expert.review_requested': z.object({ expertId: id, country: countryCodeSchema, actorUserId: id.nullable() }),
  /** The email's language, and when the link stops working (set when it was asked for). */
  'expert.link_requested': z.object({ expertId: id, language: languageSchema, expiresAt: z.iso.datetime() }),
  'campaign.round': z.object({ campaignId: id, round: z.number().int().positive() }),
  'story.changed': z.object({
    storyId: id,
    /** What happened; the fan-out reads the story's current state to decide whom to tell. */
    step: z.enum(['submitted', 'edited', 'approved', 'published', 'withdrawn']),
    /** The version the step was taken on: a later edit makes the event's request moot. */
    version: z.number().int().positive(),
    actorUserId: id.nullable(),
  }),
} as const satisfies Record<OutboxTopic, z.ZodType>;

export type OutboxPayload<T extends OutboxTopic> = z.infer<(typeof outboxPayloads)[T]>;
export type MatchStageEvent = OutboxPayload<'match.stage'>;
export type ListingChangedEvent = OutboxPayload<'listing.changed'>;

/** An event whose payload has been checked: switching on `topic` narrows `payload`. */
export type OutboxEvent = { [T in OutboxTopic]: { readonly topic: T; readonly payload: OutboxPayload<T> } }[OutboxTopic];

/** Topics that mean "these listings changed": what the search index and matching follow. */
export const LISTING_TOPICS = [OUTBOX_TOPICS.listingChanged, OUTBOX_TOPICS.listingsImported] as const;

/** Topics someone must be told about: what the notification fan-out subscribes to. */
export const NOTIFY_TOPICS = [
  OUTBOX_TOPICS.matchNew,
  OUTBOX_TOPICS.matchStage,
  OUTBOX_TOPICS.reviewRequested,
  OUTBOX_TOPICS.expertReviewRequested,
  OUTBOX_TOPICS.listingExpiring,
  OUTBOX_TOPICS.campaignRound,
  OUTBOX_TOPICS.storyChanged,
] as const satisfies readonly OutboxTopic[];

/**
 * Topics whose consumer marks each event processed, because its work cannot be rebuilt
 * from state (a message sent): an event dispatched and never processed was lost with a
 * Redis restart, and maintenance hands it on again.
 */
export const PROCESSED_TOPICS = [...NOTIFY_TOPICS, OUTBOX_TOPICS.expertLinkRequested] as const satisfies readonly OutboxTopic[];

const TOPICS = new Set<string>(Object.values(OUTBOX_TOPICS));

export function isOutboxTopic(topic: string): topic is OutboxTopic {
  return TOPICS.has(topic);
}

/** Checks a payload against its topic's schema; throws a ZodError naming the bad field. */
export function parseOutboxPayload<T extends OutboxTopic>(topic: T, payload: unknown): OutboxPayload<T> {
  // For a generic topic TypeScript sees the union of every schema's output; the schema picked is the topic's own.
  return outboxPayloads[topic].parse(payload) as OutboxPayload<T>;
}

/** Reads a stored event; throws on a topic outside the contract or a payload that breaks it. */
export function parseOutboxEvent(topic: string, payload: unknown): OutboxEvent {
  if (!isOutboxTopic(topic)) throw new Error(`unknown outbox topic ${topic}`);
  // TypeScript cannot follow the link between a union key and its schema's output; the parse above it is what holds.
  return { topic, payload: parseOutboxPayload(topic, payload) } as OutboxEvent;
}
