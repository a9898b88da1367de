import { users } from '@enlace/db';
import { unsubscribeToken } from '@enlace/messages';
import { eq } from 'drizzle-orm';
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

async function unsubscribePage() {
  const person = await api.user('focal_point', { country: 'HT' });
  const [row] = await api.db.select({ unsubscribeNonce: users.unsubscribeNonce }).from(users).where(eq(users.id, person.id));
  return api.app.inject({ url: `/v1/unsubscribe/${unsubscribeToken(api.env.APP_SECRET, { userId: person.id, unsubscribeNonce: row!.unsubscribeNonce })}` });
}

describe('security headers', () => {
  it('the unsubscribe page allows no inline script or style, no framing, no sniffing and sends no referrer', async () => {
    const page = await unsubscribePage();
    expect(page.statusCode).toBe(200);
    const csp = policy(page.headers['content-security-policy']);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    // The page obeys its own policy: no inline code, its style sheet served from here.
    expect(page.body).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
    const sheet = /<link rel="stylesheet" href="([^"]+)">/.exec(page.body)?.[1];
    const css = await api.app.inject({ url: sheet! });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
  });

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
