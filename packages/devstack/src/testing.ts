import { randomBytes } from 'node:crypto';

export { createTestDatabase, TEST_DATABASE_SERVER } from '@enlace/db/testing';
export { freePort } from './ports.js';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The tests' own Meilisearch (test/global-setup.ts starts it), apart from a developer's. */
export const TEST_MEILI_URL = process.env.TEST_MEILI_URL ?? 'http://127.0.0.1:7711';
export const TEST_MEILI_KEY = process.env.TEST_MEILI_KEY ?? 'enlace-test-master-key';

/** A queue prefix of its own, so parallel test files never share BullMQ keys. */
export function testQueuePrefix(label = 'test'): string {
  return `enlace-${label}-${randomBytes(4).toString('hex')}`;
}
