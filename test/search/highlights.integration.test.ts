import { offerBody, type TestUser } from '@enlace/api/testing';
import { QUEUES } from '@enlace/queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type Stack, startStack } from '../support.js';

/*
 * Highlights are HTML a browser will insert as is: whatever people wrote comes back
 * escaped, and <mark> around the matched words is the only markup.
 */

let stack: Stack;
let staff: TestUser;

beforeAll(async () => {
  stack = await startStack('highlights');
  for (const q of [QUEUES.match, QUEUES.matchBulk]) await stack.api.producer.queue(q).pause();
  staff = await stack.api.user('staff');
});
afterAll(() => stack.close());

const XSS = '<img src=x onerror=alert(1)>';

/** What is left once the <mark> tags are taken out: it must hold no markup at all. */
const withoutMarks = (html: string) => html.replaceAll('<mark>', '').replaceAll('</mark>', '');

function expectSafe(html: string | undefined) {
  expect(html).toContain('<mark>');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(withoutMarks(html!)).not.toMatch(/[<>]/);
}

describe('search highlights', () => {
  it("escape the markup of a listing's title and description and keep <mark>", async () => {
    const created = await stack.api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: staff.headers,
      payload: offerBody('BR', {
        title: `Vigilância epidemiológica ${XSS} sentinela`,
        description: `Apoio técnico em vigilância epidemiológica ${XSS} com laboratórios & redes "sentinela" e <mark>falsas</mark> marcas.`,
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${created.json().id}/publish`, headers: staff.headers });

    const hit = await eventually(
      async () => {
        const res = await stack.api.app.inject({ url: '/v1/search?q=epidemiológica sentinela' });
        return (res.json().hits as { id: string; highlight: { title: string; description: string } }[]).find((h) => h.id === created.json().id);
      },
      20_000,
      'listing searchable',
    );
    expectSafe(hit.highlight.title);
    expectSafe(hit.highlight.description);
    expect(hit.highlight.description).toContain('&amp; redes &quot;<mark>sentinela</mark>&quot;');
    expect(hit.highlight.description).toContain('&lt;mark&gt;falsas&lt;/mark&gt;');
  });

  it("escape the markup of an expert's name and profile and keep <mark>", async () => {
    const registered = await stack.api.app.inject({
      method: 'POST',
      url: '/v1/experts',
      payload: {
        name: `Rosa ${XSS} Valdivia`,
        country: 'CL',
        institution: { name: 'Centro Sismológico Nacional' },
        sectors: ['disaster_management'],
        workingLanguages: ['es'],
        profile: `Sismóloga ${XSS} con experiencia en alerta temprana de tsunamis y simulacros comunitarios.`,
        language: 'es',
        contact: { name: 'Rosa Valdivia', email: 'rosa@example.org' },
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const { id } = registered.json();
    expect((await stack.api.app.inject({ method: 'POST', url: `/v1/experts/${id}/validate`, headers: staff.headers })).statusCode).toBe(200);

    const hit = await eventually(
      async () => {
        const res = await stack.api.app.inject({ url: '/v1/experts?q=Valdivia tsunamis' });
        return (res.json().items as { id: string; highlight?: { name?: string; profile?: string } }[]).find((h) => h.id === id);
      },
      20_000,
      'expert searchable',
    );
    expectSafe(hit.highlight?.name);
    expectSafe(hit.highlight?.profile);
  });

  it('are documented as HTML-safe with <mark> only', async () => {
    const doc = JSON.stringify((await stack.api.app.inject({ url: '/openapi.json' })).json());
    expect(doc.match(/safe to insert as is/g)?.length).toBeGreaterThanOrEqual(2);
  });
});
