import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, startTestApi } from './testing.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ label: 'headers' });
});
afterAll(async () => api?.close());

/** The CSP as a map from directive to its sources. */
function policy(header: string | string[] | number | undefined): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('security headers', () => {
  it('JSON answers carry the same headers', async () => {
    const res = await api.app.inject({ url: '/v1/taxonomies/modalities' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(policy(res.headers['content-security-policy']).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('the API docs keep a policy of their own under which Swagger UI loads its files', async () => {
    const docs = await api.app.inject({ url: '/docs' });
    expect(docs.statusCode).toBe(200);
    const csp = policy(docs.headers['content-security-policy']);
    expect(csp.get('script-src')).toContain("'self'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
    // Every script and style sheet the page names is ours, served here, with its type.
    expect(docs.body).not.toMatch(/<script>|<script(?![^>]*\ssrc=)/);
    const files = [...docs.body.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      expect(file.startsWith('/docs/')).toBe(true);
      const res = await api.app.inject({ url: file });
      expect(res.statusCode, file).toBe(200);
      expect(res.headers['content-type'], file).toMatch(file.endsWith('.js') ? /javascript/ : /text\/css/);
    }
    expect((await api.app.inject({ url: '/docs/json' })).statusCode).toBe(200);
  });
});
