import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { offerBody, type TestUser } from '@enlace/api/testing';
import { ensureMeilisearch, meilisearchAnswers, STATE_DIR } from '@enlace/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type Stack, startStack } from '../support.js';

// A Meilisearch of this file's own, so that stopping it disturbs no other test.
const PORT = 7730 + Math.floor(Math.random() * 50);
const URL_ = `http://127.0.0.1:${PORT}`;
const KEY = 'enlace-outage-test-key';
const DATA = join(STATE_DIR, `meili-outage-${PORT}`);

let stack: Stack;
let staff: TestUser;
let pid: number | undefined;

async function startMeili() {
  pid = (await ensureMeilisearch(URL_, KEY, DATA)).pid;
}
async function stopMeili() {
  if (pid) process.kill(pid, 'SIGKILL');
  await eventually(async () => !(await meilisearchAnswers(URL_)), 10_000, 'meilisearch stopped');
}

beforeAll(async () => {
  await startMeili();
  stack = await startStack('outage', { env: { MEILI_URL: URL_, MEILI_MASTER_KEY: KEY } });
  staff = await stack.api.user('staff');
});
afterAll(async () => {
  await stack?.close();
  if (pid) process.kill(pid, 'SIGKILL');
  rmSync(DATA, { recursive: true, force: true });
});

async function publish(title: string): Promise<string> {
  const created = await stack.api.app.inject({ method: 'POST', url: '/v1/listings', headers: staff.headers, payload: offerBody('BR', { title }) });
  expect(created.statusCode).toBe(201);
  const { id } = created.json();
  const published = await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: staff.headers });
  expect(published.statusCode).toBe(200);
  return id;
}

const searchable = async (q: string) => {
  const res = await stack.api.app.inject({ url: `/v1/search?q=${encodeURIComponent(q)}` });
  return res.statusCode === 200 ? (res.json().hits as { title: string }[]).map((h) => h.title) : [];
};

describe('a Meilisearch outage delays indexing but loses nothing', () => {
  it('writes go on while Meilisearch is down, and the index converges when it returns', async () => {
    await publish('Cooperação em hemoterapia e sangue seguro');
    await eventually(async () => (await searchable('hemoterapia')).length === 1, 20_000, 'first listing indexed');

    await stopMeili();
    const during = ['Vigilância de doenças transmitidas por mosquitos', 'Rede de laboratórios de saúde pública'];
    for (const title of during) await publish(title);
    const res = await stack.api.app.inject({ url: '/v1/search?q=laboratórios' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/problem\+json/);

    await startMeili();
    await eventually(async () => (await searchable('mosquitos')).length === 1 && (await searchable('laboratórios')).length === 1, 60_000, 'index converged');
  });
});
