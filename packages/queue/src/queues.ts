import { z } from 'zod';

/** Every queue Enlace uses, and the payload each of its jobs carries (ids, never copies of rows). */
export const QUEUES = {
  imports: 'imports',
  maintenance: 'maintenance',
  /** Keeps the search index in step with PostgreSQL; fed by the outbox relay with people's edits. */
  index: 'index',
  /** The same for bulk imports, in a lane of its own so that edits never wait behind them. */
  indexBulk: 'index-bulk',
  /** Recomputes the stored matches of a batch of listings; fed by the indexer once they are searchable. */
  match: 'match',
  /** The same for bulk imports, in a lane of its own so that a person's publication never waits behind a catalogue. */
  matchBulk: 'match-bulk',
  /** Turns an outbox event into notifications for the people it concerns; fed by the relay. */
  notify: 'notify',
  /** The same for an import's new matches, fanned out many at a time in a lane of their own. */
  notifyBulk: 'notify-bulk',
  /** Sends one notification on one channel (email, webhook); fed by the fan-out, digests and the sweeper. */
  deliveries: 'deliveries',
  /** Keeps the experts index and the experts' suggestions in step with the roster; fed by the outbox relay (`expert.changed`). */
  indexExperts: 'index-experts',
  /** Emails an expert the link to their own registration; fed by the outbox relay (`expert.link_requested`). */
  expertLinks: 'expert-links',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const MAINTENANCE_TASKS = [
  'expire-listings',
  'requeue-imports',
  'reconcile-index',
  'send-digests',
  'send-bursts',
  'remind-expiring',
  'recover-notifications',
  'run-campaigns',
] as const;
export type MaintenanceTask = (typeof MAINTENANCE_TASKS)[number];

export const jobPayloads = {
  imports: z.object({ importId: z.uuid() }),
  maintenance: z.object({ task: z.enum(MAINTENANCE_TASKS) }),
  index: z.object({ outboxId: z.number().int(), listingId: z.uuid() }),
  'index-bulk': z.object({ outboxId: z.number().int(), listingIds: z.array(z.uuid()).min(1).max(5000) }),
  match: z.object({ listingIds: z.array(z.uuid()).min(1).max(1000), bulk: z.boolean() }),
  'match-bulk': z.object({ listingIds: z.array(z.uuid()).min(1).max(1000), bulk: z.literal(true) }),
  notify: z.object({ outboxId: z.number().int() }),
  'notify-bulk': z.object({ outboxId: z.number().int() }),
  deliveries: z.object({ deliveryId: z.number().int() }),
  'index-experts': z.object({ outboxId: z.number().int(), expertId: z.uuid() }),
  'expert-links': z.object({ outboxId: z.number().int() }),
} as const satisfies Record<QueueName, z.ZodType>;

export type JobPayload<Q extends QueueName> = z.infer<(typeof jobPayloads)[Q]>;
