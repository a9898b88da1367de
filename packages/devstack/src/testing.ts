import { randomBytes } from 'node:crypto';

export { createTestDatabase, TEST_DATABASE_SERVER } from '@enlace/db/testing';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A queue prefix of its own, so parallel test files never share BullMQ keys. */
export function testQueuePrefix(label = 'test'): string {
  return `enlace-${label}-${randomBytes(4).toString('hex')}`;
}
