import { createHmac, timingSafeEqual } from 'node:crypto';
import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApi, TestUser } from '@enlace/api/testing';
import { offerBody } from '@enlace/api/testing';
import { listings } from '@enlace/db';
import { type ScoredCounterpart, replaceMatches } from '@enlace/registry/internal';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';

export interface ReceivedHook {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly status: number;
}

/** A webhook receiver that answers 500 to the first `failFirst` calls, then 204. */
export async function startWebhookReceiver(opts: { failFirst?: number } = {}) {
  const calls: ReceivedHook[] = [];
  let failuresLeft = opts.failFirst ?? 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = failuresLeft > 0 ? 500 : 204;
      if (failuresLeft > 0) failuresLeft -= 1;
      calls.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/enlace`,
    calls,
    delivered: () => calls.filter((c) => c.status < 300),
    failAlways() {
      failuresLeft = Number.POSITIVE_INFINITY;
    },
    recover() {
      failuresLeft = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Checks a Standard Webhooks signature by hand, independently of the library that made
 * it: base64 HMAC-SHA256, keyed with the base64 part of the secret, over id.timestamp.body.
 */
export function signatureIsValid(secret: string, hook: ReceivedHook): boolean {
  const id = String(hook.headers['webhook-id']);
  const timestamp = String(hook.headers['webhook-timestamp']);
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = Buffer.from(createHmac('sha256', key).update(`${id}.${timestamp}.${hook.body}`).digest('base64'));
  return String(hook.headers['webhook-signature'])
    .split(' ')
    .map((s) => Buffer.from(s.replace(/^v1,/, '')))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}

/** A published listing of `country`, posted and published by staff. */
export async function publishedListing(
  api: TestApi,
  staff: TestUser,
  country: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const created = await api.app.inject({ method: 'POST', url: '/v1/listings', headers: staff.headers, payload: offerBody(country, extra) });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json() as { id: string };
  const published = await api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: staff.headers });
  expect(published.statusCode, published.body).toBe(200);
  const [row] = await api.db.select({ version: listings.version }).from(listings).where(eq(listings.id, id));
  return { id, version: row!.version };
}

export const REASONS = [
  { kind: 'sdg_target', codes: ['2.1'], weight: 0.6 },
  { kind: 'sector', codes: ['education'], weight: 1.6 },
];

/** Stores a ranking result for an (offer, demand) pair, as the matcher would: a "new match" event follows above 0.6. */
export async function storeMatch(
  api: TestApi,
  offer: { id: string; version: number },
  demand: { id: string; version: number },
  score: number,
  opts: { bulk?: boolean } = {},
): Promise<void> {
  const found: ScoredCounterpart[] = [{ counterpartId: offer.id, counterpartVersion: offer.version, score, reasons: REASONS }];
  await replaceMatches(api.db, { id: demand.id, kind: 'demand', version: demand.version }, found, {
    announceAt: 0.6,
    now: api.clock.now(),
    bulk: opts.bulk ?? false,
  });
}
