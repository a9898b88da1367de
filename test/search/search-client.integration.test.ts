import { MeilisearchError } from 'meilisearch';
import { TEST_MEILI_KEY, TEST_MEILI_URL } from '@enlace/devstack/testing';
import { describe, expect, it } from 'vitest';
import { connectSearch, keepAliveHttpClient } from '@enlace/search';

const search = connectSearch(TEST_MEILI_URL, TEST_MEILI_KEY, `httpclient-${process.pid}`);

describe("the search client's HTTP transport", () => {
  it('answers searches and tells an API error with Meilisearch’s own message and status', async () => {
    const err = await search.client.getIndex('no-such-index-anywhere').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MeilisearchError);
    expect(err).toMatchObject({ cause: { cause: { code: 'index_not_found' }, response: { status: 404 } } });
    const health = await search.client.health();
    expect(health.status).toBe('available');
  });

  it('tells a server that is not there as a MeilisearchError, which the API answers with 503', async () => {
    const away = connectSearch('http://127.0.0.1:1', 'key', 'x');
    await expect(away.client.getIndexes()).rejects.toBeInstanceOf(MeilisearchError);
  });
});

describe('a request whose wait is already over', () => {
  it('fails with the wait’s own reason and leaves no error behind', async () => {
    const request = keepAliveHttpClient();
    const reason = Symbol('timed out');
    const controller = new AbortController();
    controller.abort(reason);
    await expect(request(`${TEST_MEILI_URL}/health`, { signal: controller.signal })).rejects.toBe(reason);
    // An error emitted after the rejection would reach the process as unhandled.
    await new Promise((r) => setTimeout(r, 50));
  });
});
