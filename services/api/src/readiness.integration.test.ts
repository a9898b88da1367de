import net from 'node:net';
import { connectDatabase } from '@enlace/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { type TestApi, type TestUser, offerBody, startTestApi } from './testing.js';

/**
 * A TCP proxy to the shared PostgreSQL that the test can cut (refusing new connections
 * and dropping open ones, as a restart does), make hang (accepting connections and never
 * answering, as a host that vanished does) and restore, leaving PostgreSQL itself alone.
 */
function startProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  let hanging = false;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        if (hanging) {
          sockets.add(client);
          client.on('close', () => sockets.delete(client));
          client.on('error', () => client.destroy());
          return;
        }
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  return {
    listen,
    get port() {
      return port;
    },
    hang() {
      hanging = true;
      for (const s of sockets) s.destroy();
    },
    async restore() {
      hanging = false;
      if (!server?.listening) await listen();
    },
    async cut() {
      const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}

let api: TestApi;
let proxy: ReturnType<typeof startProxy>;
let proxied: ReturnType<typeof connectDatabase>;
let app: FastifyInstance;
let officer: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'readiness' });
  officer = await api.user('agency_officer', { country: 'BR' });
  const direct = new URL(api.databaseUrl);
  proxy = startProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  await proxy.listen();
  const viaProxy = new URL(api.databaseUrl);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  proxied = connectDatabase(viaProxy.toString(), { max: 3, connectTimeoutMs: 2000, onError: () => {} });
  // The same API, reaching PostgreSQL through the proxy.
  app = await buildApp({ ...api.app.deps, db: proxied.db });
});
afterAll(async () => {
  await app?.close();
  await proxy?.cut();
  await proxied?.close().catch(() => {});
  await api?.close();
});

const create = () => app.inject({ method: 'POST', url: '/v1/listings', headers: officer.headers, payload: offerBody('BR') });

describe('while PostgreSQL is unreachable the API says so, and comes back by itself', () => {
  it('answers 503 with Retry-After to a write and to readiness, and 201 and 200 once it is back', async () => {
    expect((await create()).statusCode).toBe(201);
    const ready = await app.inject({ url: '/health/ready' });
    expect(ready.statusCode, ready.body).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', checks: { database: { status: 'up' }, redis: { status: 'up' }, search: { status: 'up' } } });

    await proxy.cut();

    const refused = await create();
    expect(refused.statusCode, refused.body).toBe(503);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().errors).toEqual([{ field: 'database', code: 'unavailable', reason: 'unavailable' }]);

    const notReady = await app.inject({ url: '/health/ready' });
    expect(notReady.statusCode).toBe(503);
    expect(notReady.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(notReady.headers['retry-after']).toBeDefined();
    expect(notReady.json().errors).toEqual([{ field: 'database', code: 'unavailable', reason: 'unavailable' }]);
    // Liveness is about the process, which is fine.
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);

    await proxy.restore();

    expect((await app.inject({ url: '/health/ready' })).statusCode).toBe(200);
    expect((await create()).statusCode).toBe(201);
  });

  it('fails a request fast, as a 503, when PostgreSQL accepts connections and never answers', async () => {
    proxy.hang();
    const started = Date.now();
    const res = await create();
    expect(res.statusCode, res.body).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    // The pool's connection timeout (2 s here, 5 s in production), not the test's.
    expect(Date.now() - started).toBeLessThan(8000);
    const notReady = await app.inject({ url: '/health/ready' });
    expect(notReady.statusCode).toBe(503);
    expect(notReady.json().errors).toEqual([{ field: 'database', code: 'unavailable', reason: 'unavailable' }]);

    await proxy.restore();
    expect((await create()).statusCode).toBe(201);
  });
});
