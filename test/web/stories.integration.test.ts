import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody } from '@enlace/api/testing';
import { launchBrowser, newContext, scrollsSideways, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * A success story from draft to publication in the browser: Haiti's officer tells, in
 * French and without JavaScript, the cooperation Brazil and Haiti completed (the form
 * starts from what they wrote at completion); Brazil's focal point reads it in
 * Portuguese, marked as a machine translation, and approves; Haiti's focal point
 * approves; then anyone finds it, in Spanish, in the list, on its page and in the feed.
 */
let stack: WebStack;
let browser: Browser;
type Person = Awaited<ReturnType<WebStack['person']>>;
let officerHT: Person;
let focalHT: Person;
let focalBR: Person;
let matchId: string;
let storyUrl: string;

const HOSTILE = '<img src=x onerror=alert(1)> Des banques de lait humain à Port-au-Prince';

beforeAll(async () => {
  stack = await startWebStack('web-stories');
  browser = await launchBrowser();
  const staff = await stack.person('staff', { language: 'en' });
  officerHT = await stack.person('agency_officer', { country: 'HT', language: 'fr' });
  focalHT = await stack.person('focal_point', { country: 'HT', language: 'fr' });
  focalBR = await stack.person('focal_point', { country: 'BR', language: 'pt' });
  const inject = (url: string, who: { headers: Record<string, string> }, payload?: object) =>
    stack.api.app.inject({ method: 'POST', url, headers: who.headers, ...(payload ? { payload } : {}) });
  const publish = async (country: string, kind: 'offer' | 'demand') => {
    const created = await inject('/v1/listings', staff, offerBody(country, { kind, title: `${kind} ${country}` }));
    expect(created.statusCode, created.body).toBe(201);
    expect((await inject(`/v1/listings/${created.json().id}/publish`, staff)).statusCode).toBe(200);
    return created.json().id as string;
  };
  const proposed = await inject('/v1/matches', staff, { offerId: await publish('BR', 'offer'), demandId: await publish('HT', 'demand') });
  matchId = proposed.json().id;
  for (const who of [focalHT, focalBR]) expect((await inject(`/v1/matches/${matchId}/interest`, who, { message: 'Avec plaisir.' })).statusCode).toBe(200);
  expect(
    (
      await inject(`/v1/matches/${matchId}/agree`, staff, {
        modality: 'training',
        startDate: '2026-02-01',
        responsibilities: 'Fiocruz forme; le MSPP accueille.',
      })
    ).statusCode,
  ).toBe(200);
  expect((await inject(`/v1/matches/${matchId}/start`, staff)).statusCode).toBe(200);
  const done = await inject(`/v1/matches/${matchId}/complete`, focalHT, {
    summary: 'La Fiocruz a formé les équipes du ministère à ouvrir deux banques de lait humain.',
    lessonsLearned: 'Former les équipes avant l’arrivée du matériel.',
  });
  expect(done.statusCode, done.body).toBe(200);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('a success story', () => {
  it('is drafted from the completed match, in French and without JavaScript, a missing field told at its place', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    await stack.signInContext(context, officerHT.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/matches/${matchId}`);
    await page.getByRole('link', { name: 'Rédiger le récit de réussite' }).click();
    // What the two sides wrote at completion starts the story.
    expect(await page.locator('textarea[name=summary]').inputValue()).toContain('deux banques de lait humain');
    expect(await page.locator('textarea[name=lessons]').inputValue()).toContain('Former les équipes');
    await page.locator('select[name=language]').selectOption('fr');
    await page.locator('textarea[name=results]').fill('Deux banques ouvertes ; 1 200 nouveau-nés nourris la première année.');
    await page.locator('input[name=testimonialBy]').fill('Direction de la santé familiale');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    expect(await page.locator('#error-title').innerText()).toContain('Titre');
    expect(await page.locator('#error-testimonial').innerText()).toBe('Ajoutez le témoignage, ou laissez son auteur vide.');
    // What was typed is kept.
    expect(await page.locator('textarea[name=results]').inputValue()).toContain('1 200 nouveau-nés');

    await page.locator('input[name=title]').fill(HOSTILE);
    await page.locator('textarea[name=testimonial]').fill('Nos infirmières forment maintenant leurs collègues.');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.waitForURL(/\/fr\/stories\/[0-9a-f-]{36}$/);
    storyUrl = new URL(page.url()).pathname.replace(/^\/fr/, '');
    expect(await page.locator('.flash').innerText()).toBe('Le récit est enregistré comme brouillon. Soumettez-le quand il sera prêt.');
    // A person's words are text, never markup.
    expect(await page.locator('h1').innerText()).toBe(HOSTILE);
    expect(await page.locator('article img').count()).toBe(0);
    expect(await page.locator('.notice').innerText()).toContain('Brouillon');
    await page.getByRole('button', { name: 'Soumettre pour approbation' }).click();
    expect(await page.locator('.flash').innerText()).toContain('les points focaux des deux pays sont invités');
    expect(await page.locator('#consent-title + ul').innerText()).toMatch(/Brésil\s*: attend son point focal/);
    await context.close();
  });

  it("is read by Brazil's focal point in Portuguese, marked as a machine translation, and approved", async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, focalBR.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/pt${storyUrl}`);
    expect(await page.locator('.translation-note').innerText()).toContain('Tradução automática do francês');
    expect(await page.locator('article').getAttribute('lang')).toBe('pt');
    expect(await page.locator('article h2').first().innerText()).toBe('Resumo');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('textarea[name=note]').fill('Aprovado pela ABC.');
    await page.getByRole('button', { name: 'Aprovar em nome de Brasil' }).click();
    expect(await page.locator('.flash').innerText()).toBe('O consentimento do seu país foi registrado.');
    expect(await page.locator('#consent-title + ul').innerText()).toContain('Aprovado pela ABC.');
    // Still private: Haiti has not consented.
    const anonymous = await (await newContext(browser)).newPage();
    expect((await anonymous.goto(`${stack.webUrl}/es${storyUrl}`))!.status()).toBe(404);
    await anonymous.context().close();
    await context.close();
  });

  it("is published once Haiti's focal point approves too", async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, focalHT.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr${storyUrl}`);
    await page.getByRole('button', { name: 'Approuver au nom de Haïti' }).click();
    expect(await page.locator('.flash').innerText()).toBe('Le consentement de votre pays est enregistré.');
    expect(await page.locator('.notice').count()).toBe(0);
    await page.goto(`${stack.webUrl}/fr/matches/${matchId}`);
    expect(await page.locator('section[aria-labelledby=story-title] a').innerText()).toBe('Lire le récit de réussite (publié)');
    await context.close();
  });

  it('is found by anyone, in Spanish, in the list, on its page, and in the Atom feed', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/es/stories`);
    expect(await page.locator('h1').innerText()).toBe('Historias de éxito');
    expect(await page.locator('p[role=status]').innerText()).toBe('1 historia');
    const card = page.locator('.cards .card');
    expect(await card.locator('.meta').first().innerText()).toContain('Brasil con Haití');
    expect(await card.innerText()).toContain('Traducción automática del francés');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await page.locator('select[name=country]').selectOption('AR');
    await page.getByRole('button', { name: 'Mostrar' }).click();
    expect(await page.locator('p[role=status]').innerText()).toBe('Ninguna historia');

    await page.goto(`${stack.webUrl}/es${storyUrl}`);
    expect(await page.locator('#consent-title + ul').innerText()).toMatch(/Brasil: aprobada el .*\n?.*Haití: aprobada el/s);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Leer el original (francés)' }).click();
    expect(await page.locator('h1').innerText()).toBe(HOSTILE);
    expect(await page.locator('article').getAttribute('lang')).toBe('fr');

    const feed = await context.request.get(`${stack.webUrl}/es/stories.atom`);
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    const xml = await feed.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(`${stack.webUrl}/es${storyUrl}`);
    expect(xml).toContain('Brasil con Haití (Traducción automática)');
    // The title's markup is escaped in the XML too.
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect((await page.locator('link[rel=alternate][type="application/atom+xml"]').count()) + 0).toBe(0);
    await page.goto(`${stack.webUrl}/es/stories`);
    expect(await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href')).toBe('/es/stories.atom');
    await context.close();
  });
});
