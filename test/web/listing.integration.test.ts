import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody } from '@enlace/api/testing';
import { eventually } from '../support.js';
import { launchBrowser, newContext, scrollsSideways, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

let stack: WebStack;
let browser: Browser;
let milkBank: string;
let haitiDemand: string;
let draftId: string;
const CONTACT = 'ana.souza@fiocruz.example.org';

async function publish(country: string, body: Record<string, unknown>): Promise<string> {
  const officer = await stack.person('agency_officer', { country });
  const focal = await stack.person('focal_point', { country });
  const created = await stack.api.app.inject({ method: 'POST', url: '/v1/listings', headers: officer.headers, payload: body });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  expect((await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/submit`, headers: officer.headers })).statusCode).toBe(200);
  const published = await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: focal.headers });
  expect(published.statusCode, published.body).toBe(200);
  return id;
}

/** The dt → dd pairs of the listing's fields, as a reader sees them. */
async function fields(page: Page): Promise<Record<string, string>> {
  const labels = await page.locator('dl.fields dt').allInnerTexts();
  const values = await page.locator('dl.fields dd').allInnerTexts();
  return Object.fromEntries(labels.map((l, i) => [l.trim(), (values[i] ?? '').trim()]));
}

beforeAll(async () => {
  stack = await startWebStack('web-listing');
  browser = await launchBrowser();
  milkBank = await publish(
    'BR',
    offerBody('BR', {
      contact: { name: 'Ana Souza', email: CONTACT },
      sdgGoals: [3],
      cooperationTypes: ['triangular'],
      deliveryFormats: ['hybrid'],
      workingLanguages: ['pt', 'es'],
      validFrom: '2026-03-01',
      validUntil: '2036-12-31',
      keywords: ['aleitamento materno', 'neonatologia'],
    }),
  );
  haitiDemand = await publish(
    'HT',
    offerBody('HT', {
      kind: 'demand',
      title: 'Banques de lait maternel pour les hôpitaux',
      description: 'Le ministère de la santé souhaite créer des banques de lait humain et former les équipes hospitalières au contrôle de qualité.',
      language: 'fr',
      institution: { name: 'Ministère de la Santé Publique et de la Population', acronym: 'MSPP', type: 'government' },
    }),
  );
  const officer = await stack.person('agency_officer', { country: 'BR' });
  const draft = await stack.api.app.inject({
    method: 'POST',
    url: '/v1/listings',
    headers: officer.headers,
    payload: offerBody('BR', { title: 'Rascunho interno' }),
  });
  draftId = draft.json().id;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the listing page', () => {
  it('shows a visitor reading French every field labelled in French, with the Portuguese original marked as Portuguese and no contact', async () => {
    const context = await newContext(browser, { locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/listings/${milkBank}`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').getAttribute('lang')).toBe('pt');
    expect(await page.locator('#description-title + .prose').getAttribute('lang')).toBe('pt');
    const shown = await fields(page);
    expect(shown).toMatchObject({ Type: 'Offre', État: 'Publiée', Pays: 'Brésil', 'Rédigée en': 'portugais' });
    expect(shown['Institution']).toContain('Fundação Oswaldo Cruz (Fiocruz)');
    expect(shown['Cibles des ODD']).toMatch(/^3\.2 — /);
    expect(shown['Objectifs de développement durable']).toMatch(/^3\. /);
    expect(shown['Types de coopération']).toBeTruthy();
    expect(shown['Langues de travail']).toBe('portugais et espagnol');
    expect(shown['Validité']).toBe('du 1er mars 2026 au 31 décembre 2036');
    expect(shown['Mots-clés']).toBe('aleitamento materno, neonatologia');
    expect(await page.locator('dl.fields span[lang=pt]', { hasText: 'neonatologia' }).count()).toBe(1);
    // Contacts are never public: the API does not give it, the page does not invent it.
    expect(shown['Contact']).toBeUndefined();
    expect(await page.locator('main').innerText()).not.toContain(CONTACT);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('puts a machine translation into Spanish in place on one click, marked as such, with the original still there', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/es/listings/${milkBank}`);
    expect(Object.keys(await fields(page))).toEqual(expect.arrayContaining(['País', 'Sectores', 'Metas de los ODS', 'Modalidades', 'Vigencia']));
    await page.click('text=Ver una traducción automática al español');
    await page.waitForSelector('#translation h4');
    // htmx swapped the block in: the page itself was not reloaded, but its address says what it shows.
    expect(page.url()).toContain('translate=1');
    const translation = await page.locator('#translation').innerText();
    expect(translation).toContain('Traducción automática');
    expect((await page.locator('#translation h4').innerText()).toLowerCase()).toContain('leche');
    expect(await page.locator('#translation [lang]').count()).toBe(0);
    expect(await page.locator('#description-title + .prose[lang=pt]').innerText()).toContain('bancos de leite humano');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('gives the translation without JavaScript too, on a 360-pixel phone without sideways scrolling, and goes back to the original in one click', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, phone: true });
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/listings/${milkBank}`);
    expect(await scrollsSideways(page)).toBe(false);
    await page.click('text=Afficher une traduction automatique en français');
    await page.waitForURL(/translate=1/);
    expect(await page.locator('#translation .badge').innerText()).toBe('Traduction automatique');
    expect((await page.locator('#translation h4').innerText()).toLowerCase()).toContain('lait');
    expect(await page.locator('h1[lang=pt]').count()).toBe(1);
    expect(await scrollsSideways(page)).toBe(false);
    await page.click('text=Afficher l’original seulement');
    await page.waitForURL(new RegExp(`/fr/listings/${milkBank}$`));
    expect(await page.locator('#translation h4').count()).toBe(0);
    await context.close();
    // axe needs JavaScript: the same page, as it came without it, checked where it runs.
    const checker = await newContext(browser, { phone: true });
    const checked = await checker.newPage();
    await checked.goto(`${stack.webUrl}/fr/listings/${milkBank}?translate=1`);
    expect(await checked.locator('#translation .badge').count()).toBe(1);
    expect(await seriousViolations(checked)).toEqual([]);
    await checker.close();
  });

  it('shows a visitor no draft: the not-found page, in the reader’s language, and no translation of it either', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    for (const [lang, title] of [
      ['pt', 'Página não encontrada'],
      ['fr', 'Page introuvable'],
    ] as const) {
      const res = await page.goto(`${stack.webUrl}/${lang}/listings/${draftId}?translate=1`);
      expect(res?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe(title);
      expect(await page.locator('main').innerText()).not.toContain('Rascunho');
      expect(await seriousViolations(page)).toEqual([]);
    }
    await context.close();
  });

  it('shows an officer of the listing’s country its contact', async () => {
    const officer = await stack.person('agency_officer', { country: 'BR', language: 'pt' });
    const context = await newContext(browser);
    await stack.signInContext(context, officer.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/pt/listings/${milkBank}`);
    expect((await fields(page))['Contato']).toContain(CONTACT);
    expect(await page.locator(`dl.fields a[href="mailto:${CONTACT}"]`).count()).toBe(1);
    // Portuguese is the reader's language: nothing to translate, so no offer to.
    expect(await page.locator('#translation-slot').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('lists the best matches with their reasons in the reader’s language once the worker has matched the Haitian demand', async () => {
    await eventually(
      async () => {
        const res = await stack.api.app.inject({ url: `/v1/listings/${milkBank}/matches?lang=en` });
        return (res.json() as { items: { listing: { id: string } }[] }).items.some((m) => m.listing.id === haitiDemand);
      },
      60_000,
      'the offer matched with the demand',
    );
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/en/listings/${milkBank}`);
    const card = page.locator('section[aria-labelledby=matches-title] li.card', { has: page.locator(`a[href="/en/listings/${haitiDemand}"]`) });
    expect(await card.locator('h3').getAttribute('lang')).toBe('fr');
    expect(await card.locator('.meta').first().innerText()).toMatch(/Demand.*Match \d+%/s);
    const reasons = await card.locator('ul li').allInnerTexts();
    expect(reasons).toContain('Both address SDG target 3.2');
    // A visitor gets the suggestion, not the follow-up that only the two countries and staff may open.
    expect(await card.locator('a[href^="/en/matches/"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    const officer = await stack.person('agency_officer', { country: 'BR', language: 'en' });
    await stack.signInContext(context, officer.email);
    await page.goto(`${stack.webUrl}/en/listings/${milkBank}`);
    expect(await card.locator('a[href^="/en/matches/"]').innerText()).toContain('Follow this match');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 90_000);
});
