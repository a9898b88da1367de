import { auditLog, matches, storyApprovals, successStories, users } from '@enlace/db';
import { fixedClock } from '@enlace/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from './seed.js';
import { createTestDatabase } from './testing.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase('seed');
});
afterAll(() => database.drop());

describe('the demonstration seed', () => {
  it('is written by the service itself, once: its accounts are audited as created by no person', async () => {
    expect(await seedDemo(database.db, fixedClock('2026-11-21'))).toBe(true);
    expect(await seedDemo(database.db, fixedClock('2026-11-21'))).toBe(false);
    const created = await database.db.select().from(auditLog).where(eq(auditLog.action, 'user.created'));
    const accounts = await database.db.select().from(users);
    expect(created).toHaveLength(accounts.length);
    expect(created.every((r) => r.actorUserId === null)).toBe(true);
  });

  it('holds one cooperation followed to its end: completed, and told as a story both focal points approved', async () => {
    const [match] = await database.db.select().from(matches).where(eq(matches.stage, 'completed'));
    expect(match).toBeDefined();
    const [story] = await database.db.select().from(successStories).where(eq(successStories.matchId, match!.id));
    expect(story).toMatchObject({ status: 'published', language: 'fr' });
    const consent = await database.db.select().from(storyApprovals).where(eq(storyApprovals.storyId, story!.id));
    expect(consent.map((a) => a.country.trim()).sort()).toEqual(['BR', 'HT']);
  });
});
