import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebStack, type WebStack } from './stack.js';

let stack: WebStack;
beforeAll(async () => {
  stack = await startWebStack('web-foundation');
});
afterAll(async () => {
  await stack?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${stack.webUrl}${path}`, { headers, redirect: 'manual' });

describe('the web interface’s foundation', () => {
  it('sends a visitor from the root to the language their browser prefers', async () => {
    const res = await get('/', { 'accept-language': 'pt-BR,pt;q=0.9,en;q=0.5' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/pt/');
    expect((await get('/', { 'accept-language': 'de-DE' })).headers.get('location')).toBe('/en/');
  });

  it('sends a person signed in to the language of their profile, whatever their browser prefers', async () => {
    const person = await stack.person('agency_officer', { country: 'HT', language: 'fr' });
    const signIn = await fetch(`${stack.apiUrl}/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: person.email, password: person.password }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const res = await get('/catalogue', { 'accept-language': 'en-US', cookie: `enlace_session=${token}` });
    expect(res.headers.get('location')).toBe('/fr/catalogue');
  });

  it('passes the API the address it saw, not one the browser wrote, so sign-in limits cannot be dodged through it', async () => {
    // A different account each time: only the address can tie the guesses together.
    // Accounts are made first: the wait after the fifth failure is a second, and making
    // an account (scrypt) on a loaded machine can take that long between guesses.
    const people = [];
    for (let i = 0; i < 8; i++) people.push(await stack.person('agency_officer', { country: 'BR' }));
    const statuses: number[] = [];
    for (const [i, person] of people.entries()) {
      const res = await fetch(`${stack.webUrl}/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i + 1}` },
        body: JSON.stringify({ email: person.email, password: `wrong guess ${i}` }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('answers the icon browsers ask for with nothing, kept a week, rather than a redirect to a not-found page', async () => {
    const res = await get('/favicon.ico');
    expect(res.status).toBe(204);
    expect(res.headers.get('cache-control')).toContain('max-age=604800');
  });

  it('keeps the rest of an address that lacks a language, so that old links land', async () => {
    const res = await get('/catalogue?q=agua', { 'accept-language': 'es' });
    expect(res.headers.get('location')).toBe('/es/catalogue?q=agua');
  });

  it('answers an unknown page with a 404 page in the language of its address', async () => {
    const res = await get('/fr/nowhere');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain('Page introuvable');
  });

  it('sends strict security headers with every page: a CSP without inline scripts, no framing', async () => {
    const res = await get('/es/nowhere');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves its stylesheet and htmx itself, cached for a year under a content hash', async () => {
    const html = await (await get('/en/nowhere')).text();
    const css = /href="(\/assets\/page\.css\?v=[0-9a-f]+)"/.exec(html)?.[1];
    const js = /src="(\/assets\/htmx\.min\.js\?v=[0-9a-f]+)"/.exec(html)?.[1];
    expect(css && js).toBeTruthy();
    for (const path of [css, js] as string[]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('immutable');
    }
  });

  it('passes the API and its documentation through at the same origin', async () => {
    const res = await get('/v1/taxonomies/sectors');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await get('/openapi.json')).status).toBe(200);
  });

  it('refuses a form sent without its CSRF token, before doing anything', async () => {
    const res = await fetch(`${stack.webUrl}/en/sign-out`, { method: 'POST', body: new URLSearchParams({}), redirect: 'manual' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('This form has expired');
  });
});
