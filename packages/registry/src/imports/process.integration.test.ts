import { createTestDatabase } from '@enlace/db/testing';
import { importBodyParts, importErrors, imports, listings, outbox } from '@enlace/db';
import { SYSTEM, fixedClock, splitLines } from '@enlace/domain';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../users/users.js';
import { readImportLines, storeImportBody } from './body.js';
import { processImport } from './process.js';
import { startImport } from './start.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const clock = fixedClock('2026-11-21');

beforeAll(async () => {
  database = await createTestDatabase('process');
});
afterAll(() => database.drop());

const line = (i: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    externalId: `RESUME-${i}`,
    kind: 'demand',
    title: `Apoio à vigilância epidemiológica ${i}`,
    description: 'Formação de equipas de epidemiologia de campo e vigilância baseada em eventos.',
    language: 'pt',
    country: 'AO',
    institution: { name: 'Ministério da Saúde' },
    sectors: ['health'],
    sdgTargets: ['3.d'],
    ...extra,
  });

describe('processing an import', () => {
  it('resumes after a crash between chunks without writing any line twice', async () => {
    const admin = await createUser({ db: database.db, clock, actor: SYSTEM }, { email: 'a@x.example.org', name: 'Admin', role: 'admin' });
    const ctx = { db: database.db, clock, actor: { kind: 'user', userId: admin.id, role: 'admin', country: null, institutionId: null } as const };
    const body = Array.from({ length: 25 }, (_, i) => (i === 12 ? line(i, { country: 'ZZ' }) : line(i))).join('\n');
    const { id } = await startImport(ctx, body, 100);

    // The "worker" dies right after the second chunk has committed.
    let chunks = 0;
    await expect(
      processImport({ db: database.db, clock }, id, {
        chunkSize: 10,
        onProgress: () => {
          if (++chunks === 2) throw new Error('worker killed');
        },
      }),
    ).rejects.toThrow('worker killed');
    const [midway] = await database.db.select().from(imports).where(eq(imports.id, id));
    expect(midway).toMatchObject({ status: 'running', linesDone: 20, createdCount: 19, errorCount: 1 });

    // The retried job picks up at line 21.
    await processImport({ db: database.db, clock }, id, { chunkSize: 10 });
    const [done] = await database.db.select().from(imports).where(eq(imports.id, id));
    expect(done).toMatchObject({ status: 'completed', linesDone: 25, createdCount: 24, errorCount: 1 });
    // The body is dropped with the import's end.
    expect(await readImportLines(database.db, id)).toBeUndefined();
    expect(await database.db.select().from(importBodyParts).where(eq(importBodyParts.importId, id))).toEqual([]);
    const [{ n }] = (await database.db.select({ n: count() }).from(listings)) as [{ n: number }];
    expect(n).toBe(24);
    const errors = await database.db.select().from(importErrors).where(eq(importErrors.importId, id));
    expect(errors.map((e) => [e.line, e.field])).toEqual([[13, 'country']]);
    // One outbox event per committed chunk, naming every listing it wrote, each once.
    const events = await database.db.select().from(outbox);
    expect(events.map((e) => e.topic)).toEqual(['listings.imported', 'listings.imported', 'listings.imported']);
    const announced = events.flatMap((e) => e.payload.listingIds as string[]);
    expect(new Set(announced).size).toBe(24);
    expect(announced).toHaveLength(24);

    // Running the finished job once more is a no-op.
    await processImport({ db: database.db, clock }, id, { chunkSize: 10 });
    const [{ n: after }] = (await database.db.select({ n: count() }).from(listings)) as [{ n: number }];
    expect(after).toBe(24);
  });

  it('reads a body kept in many parts back as the lines of the whole, in order, multi-byte characters and all', async () => {
    const admin = await createUser({ db: database.db, clock, actor: SYSTEM }, { email: 'parts@x.example.org', name: 'Admin', role: 'admin' });
    const ctx = { db: database.db, clock, actor: { kind: 'user', userId: admin.id, role: 'admin', country: null, institutionId: null } as const };
    const lines = Array.from({ length: 30 }, (_, i) => line(2000 + i, { title: `Vigilância 🦟 em São Tomé ${i}` }));
    // Windows line ends in the first half, then a blank line, which keeps its number.
    const body = `${lines.slice(0, 15).join('\r\n')}\r\n\r\n${lines.slice(15).join('\n')}\n`;
    const { id } = await startImport(ctx, body, 100);
    // Parts of about 300 characters instead of a MiB: 30 lines, more parts than one read fetches.
    await database.db.delete(importBodyParts).where(eq(importBodyParts.importId, id));
    await storeImportBody(database.db, id, body, 300);
    const parts = await database.db.select().from(importBodyParts).where(eq(importBodyParts.importId, id));
    expect(parts.length).toBeGreaterThan(8);
    expect(await readImportLines(database.db, id)).toEqual(splitLines(body));

    await processImport({ db: database.db, clock }, id, { chunkSize: 7 });
    const [done] = await database.db.select().from(imports).where(eq(imports.id, id));
    expect(done).toMatchObject({ status: 'completed', linesDone: 31, createdCount: 30, errorCount: 0 });
    const titles = await database.db
      .select({ title: listings.title })
      .from(listings)
      .where(sql`${listings.externalId} like 'RESUME-20__'`);
    expect(titles.map((t) => t.title).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `Vigilância 🦟 em São Tomé ${i}`).sort());
  });

  it('leaves the planner knowing how many listings a large import wrote, and what they look like', async () => {
    const admin = await createUser({ db: database.db, clock, actor: SYSTEM }, { email: 'large@x.example.org', name: 'Admin', role: 'admin' });
    const ctx = { db: database.db, clock, actor: { kind: 'user', userId: admin.id, role: 'admin', country: null, institutionId: null } as const };
    const body = Array.from({ length: 1000 }, (_, i) => line(1000 + i, { institution: { name: `Instituto ${i % 7}` } })).join('\n');
    const { id } = await startImport(ctx, body, 1000);
    await processImport({ db: database.db, clock }, id, { chunkSize: 300 });

    const [done] = await database.db.select().from(imports).where(eq(imports.id, id));
    expect(done).toMatchObject({ status: 'completed', createdCount: 1000, errorCount: 0 });
    const { rows: planner } = await database.db.execute<{ reltuples: number }>(sql`select reltuples from pg_class where relname = 'listings'`);
    expect(Number(planner[0]!.reltuples)).toBeGreaterThanOrEqual(1000);
    const { rows: analyzed } = await database.db.execute<{ attname: string }>(sql`select attname from pg_stats where tablename = 'listings'`);
    const columns = analyzed.map((r) => r.attname);
    expect(columns).toEqual(expect.arrayContaining(['kind', 'country', 'external_id', 'status', 'institution_id']));
    expect(columns).not.toContain('description');
    // Every chunk named all seven institutions; each is still one institution
    // (that later chunks do not look them up again is institutions.integration.test.ts).
    const named = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from institutions where name like 'Instituto %'`);
    expect(named.rows[0]!.n).toBe(7);
  });
});
