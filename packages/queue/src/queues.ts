import { z } from 'zod';

/** Every queue Enlace uses, and the payload each of its jobs carries (ids, never copies of rows). */
export const QUEUES = {
  imports: 'imports',
  maintenance: 'maintenance',
  /** Keeps the search index in step with PostgreSQL; fed by the outbox relay. */
  index: 'index',
  /** Recomputes a listing's stored matches; fed by the outbox relay. */
  match: 'match',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const jobPayloads = {
  imports: z.object({ importId: z.uuid() }),
  maintenance: z.object({ task: z.enum(['expire-listings', 'requeue-imports', 'reconcile-index']) }),
  index: z.object({ outboxId: z.number().int(), listingId: z.uuid() }),
  match: z.object({ outboxId: z.number().int(), listingId: z.uuid() }),
} as const satisfies Record<QueueName, z.ZodType>;

export type JobPayload<Q extends QueueName> = z.infer<(typeof jobPayloads)[Q]>;
