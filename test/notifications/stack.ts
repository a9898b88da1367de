import type { TestUser } from '@enlace/api/testing';
import { deliveries, outbox } from '@enlace/db';
import { type MailSink, startMailSink } from '@enlace/devstack';
import { PROCESSED_TOPICS, settableClock } from '@enlace/domain';
import { type MaintenanceTask, QUEUES, redisConnection } from '@enlace/queue';
import { QueueEvents } from 'bullmq';
import { and, inArray, isNull, sql } from 'drizzle-orm';
import { eventually, startStack } from '../support.js';

/**
 * The API and workers with a real SMTP server of their own, quick retries and a clock
 * the test moves: what the notification suites run on.
 */
export async function startNotificationStack(
  label: string,
  opts: { at?: string; env?: Record<string, string>; sink?: Parameters<typeof startMailSink>[0] } = {},
) {
  const sink: MailSink = await startMailSink(opts.sink);
  const clock = settableClock(opts.at ?? '2026-11-21T09:00:00Z');
  const stack = await startStack(label, {
    clock,
    env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://enlace.test', DELIVERY_ATTEMPTS: '5', DELIVERY_BACKOFF_MS: '50', JOB_LOCK_MS: '5000', ...opts.env },
  });
  const events = new QueueEvents(QUEUES.maintenance, { connection: redisConnection(stack.api.env.REDIS_URL, 'worker'), prefix: stack.api.prefix });
  await events.waitUntilReady();
  const staff = await stack.api.user('staff');

  return {
    ...stack,
    sink,
    clock,
    staff,
    /** Runs a maintenance task now, through the queue, and returns what it reported. */
    async runTask(task: MaintenanceTask): Promise<Record<string, number>> {
      const job = await stack.api.producer.queue(QUEUES.maintenance).add(task, { task });
      return (await job.waitUntilFinished(events, 30_000)) as Record<string, number>;
    },
    /** Waits until every notification event is fanned out (and every link emailed) and no delivery is waiting for a worker. */
    async settled(timeoutMs = 20_000): Promise<void> {
      await eventually(
        async () => {
          const [events] = (await stack.api.db
            .select({ n: sql<number>`count(*)::int` })
            .from(outbox)
            .where(and(inArray(outbox.topic, [...PROCESSED_TOPICS]), isNull(outbox.processedAt)))) as [{ n: number }];
          const [open] = (await stack.api.db
            .select({ n: sql<number>`count(*)::int` })
            .from(deliveries)
            .where(inArray(deliveries.status, ['pending', 'sending', 'failed']))) as [{ n: number }];
          return events.n === 0 && open.n === 0;
        },
        timeoutMs,
        'notification events processed and deliveries sent',
      );
    },
    mailTo(user: TestUser) {
      return sink.messages.filter((m) => m.to.includes(user.email));
    },
    async close() {
      await events.close();
      await stack.close();
      await sink.close();
    },
  };
}
export type NotificationStack = Awaited<ReturnType<typeof startNotificationStack>>;
