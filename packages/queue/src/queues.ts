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
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const jobPayloads = {
  imports: z.object({ importId: z.uuid() }),
  maintenance: z.object({ task: z.enum(['expire-listings', 'requeue-imports', 'reconcile-index']) }),
  index: z.object({ outboxId: z.number().int(), listingId: z.uuid() }),
  'index-bulk': z.object({ outboxId: z.number().int(), listingIds: z.array(z.uuid()).min(1).max(5000) }),
  match: z.object({ listingIds: z.array(z.uuid()).min(1).max(1000), bulk: z.boolean() }),
} as const satisfies Record<QueueName, z.ZodType>;

export type JobPayload<Q extends QueueName> = z.infer<(typeof jobPayloads)[Q]>;
