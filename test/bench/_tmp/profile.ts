import pg from 'pg';
import { createTestDatabase } from '@enlace/devstack/testing';
import { fixedClock, parseInterchangeLine, splitLines } from '@enlace/domain';
import { createUser, processImport, startImport } from '@enlace/registry';
import { generateListings, toNdjson } from '../import.bench.js';

const stats = new Map<string, { n: number; ms: number; bytes: number }>();
const orig = pg.Client.prototype.query as (...a: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const q = args[0] as string | { text?: string; values?: unknown[] };
  const text = typeof q === 'string' ? q : (q?.text ?? '?');
  const key = text.replace(/\s+/g, ' ').slice(0, 60);
  const t0 = performance.now();
  const res = orig.apply(this, args) as Promise<unknown>;
  if (res && typeof (res as Promise<unknown>).then === 'function') {
    return res.then((r) => {
      const s = stats.get(key) ?? { n: 0, ms: 0, bytes: 0 };
      s.n++; s.ms += performance.now() - t0; s.bytes += text.length;
      stats.set(key, s);
      return r;
    });
  }
  return res;
};

const clock = fixedClock('2026-11-21');
const N = Number(process.env.N ?? 20000);
const db = await createTestDatabase('prof');
try {
  const staff = await createUser({ db: db.db, clock, actor: { kind: 'anonymous' } }, { email: 's@x.org', name: 'Staff', role: 'staff' }, { system: true });
  const actor = { kind: 'user' as const, userId: staff.id, role: 'staff' as const, country: null, institutionId: null };
  const body = toNdjson(generateListings(N, 1, 'P'));
  const warm = toNdjson(generateListings(1000, 2, 'W'));
  const w = await startImport({ db: db.db, clock, actor }, warm, 100000);
  await processImport({ db: db.db, clock }, w.id);
  stats.clear();
  let t = performance.now();
  const lines = splitLines(body);
  const parsed = lines.map((l) => parseInterchangeLine(l));
  console.log('parse all', N, 'lines ms', (performance.now() - t).toFixed(0), parsed.length);
  t = performance.now();
  const { id } = await startImport({ db: db.db, clock, actor }, body, 100000);
  console.log('startImport ms', (performance.now() - t).toFixed(0));
  t = performance.now();
  await processImport({ db: db.db, clock }, id);
  const total = performance.now() - t;
  console.log('processImport ms', total.toFixed(0), 'rows/s', Math.round(N / (total / 1000)));
  let sum = 0;
  for (const [k, s] of [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
    sum += s.ms;
    console.log(s.ms.toFixed(0).padStart(7), String(s.n).padStart(5), (s.bytes / 1e6).toFixed(1).padStart(6) + 'MB', k);
  }
  console.log('sql total ms', sum.toFixed(0));
} finally {
  await db.drop();
}
