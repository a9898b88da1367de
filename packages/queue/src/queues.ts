import { z } from 'zod';

/** Every queue Enlace uses, and the payload each of its jobs carries (ids, never copies of rows). */
export const QUEUES = {
  imports: 'imports',
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const jobPayloads = {
  imports: z.object({ importId: z.uuid() }),
  maintenance: z.object({ task: z.enum(['expire-listings', 'requeue-imports']) }),
} as const satisfies Record<QueueName, z.ZodType>;

export type JobPayload<Q extends QueueName> = z.infer<(typeof jobPayloads)[Q]>;
