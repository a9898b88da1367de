import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody } from '@enlace/api/testing';
import { eventually } from '../support.js';
import { launchBrowser, newContext, scrollsSideways, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

let stack: WebStack;
let browser: Browser;
let milkBank: string;
let draftId: string;
let water: string;

async function publish(country: string, body: Record<string, unknown>): Promise<string> {
  const officer = await stack.person('agency_officer', { country });
  const focal = await stack.person('focal_point', { country });
  const created = await stack.api.app.inject({ method: 'POST', url: '/v1/listings', headers: officer.headers, payload: body });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/submit`, headers: officer.headers });
  const published = await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: focal.headers });
  expect(published.statusCode, published.body).toBe(200);
  return id;
}

beforeAll(async () => {
  stack = await startWebStack('web-public');
  browser = await launchBrowser();
  milkBank = await publish('BR', offerBody('BR', { contact: { name: 'Ana Souza', email: 'ana.souza@fiocruz.example.org' } }));
  await publish(
    'HT',
    offerBody('HT', {
      kind: 'demand',
      title: 'Banques de lait maternel pour les hôpitaux',
      description: 'Le ministère de la santé souhaite créer des banques de lait maternel et former le personnel hospitalier.',
      language: 'fr',
      institution: { name: 'Ministère de la Santé Publique et de la Population', acronym: 'MSPP', type: 'government' },
    }),
  );
  water = await publish(
    'BR',
    offerBody('BR', {
      title: 'Água potável para comunidades rurais',
      description: 'Assistência técnica em abastecimento de água potável e gestão comunitária de sistemas rurais.',
      sectors: ['water_sanitation'],
      sdgTargets: ['6.1'],
    }),
  );
  await publish(
    'CO',
    offerBody('CO', {
      title: 'Gestión comunitaria del agua potable',
      description: 'Capacitación en gestión comunitaria de acueductos rurales y calidad del agua.',
      language: 'es',
      sectors: ['water_sanitation'],
      sdgTargets: ['6.1'],
    }),
  );
  const officer = await stack.person('agency_officer', { country: 'BR' });
  draftId = (
    await stack.api.app.inject({ method: 'POST', url: '/v1/listings', headers: officer.headers, payload: offerBody('BR', { title: 'Rascunho interno' }) })
  ).json().id;
  // The catalogue reads the search index, which the worker fills.
  await eventually(async () => {
    const res = await fetch(`${stack.apiUrl}/v1/search?status=published`);
    return ((await res.json()) as { totalHits: number }).totalHits === 4;
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the public pages', () => {
  it('the home page says what Enlace is for, counts what is published and shows the newest listings, in Spanish and in English', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/es/`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('3 ofertas publicadas y 1 demanda');
    expect(await page.locator('main .cards li').count()).toBe(4);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${stack.webUrl}/en/`);
    expect(await page.locator('main').innerText()).toContain('3 offers and 1 demand published');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('a French search finds the Portuguese drinking-water offer, with the words highlighted and the title marked as Portuguese', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/`);
    await page.fill('#field-q', 'eau potable');
    await page.click('form[role=search] button');
    await page.waitForURL(/\/fr\/catalogue\?q=eau/);
    const titles = await page.locator('main .cards h2').allInnerTexts();
    expect(titles.some((t) => /Água potável/i.test(t))).toBe(true);
    expect(await page.locator(`main .cards h2[lang=pt] a[href$="${water}"]`).count()).toBe(1);
    expect(await page.locator('main .cards mark').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('filters narrow the results, show their counts, and live in a URL that can be shared', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/en/catalogue`);
    expect(await page.locator('#results-count').innerText()).toContain('4 listings found');
    expect(await page.locator('label:has-text("Demand (1)")').count()).toBe(1);
    await page.check('input[name=kind][value=demand]');
    await page.click('form:has(input[name=kind]) button[type=submit]');
    await page.waitForURL(/kind=demand/);
    expect(await page.locator('#results-count').innerText()).toContain('1 listing found');
    await page.goto(`${stack.webUrl}/en/catalogue?group=caricom`);
    expect(await page.locator('#results-count').innerText()).toContain('1 listing found');
    expect(await page.locator('main .cards').innerText()).toContain('lait maternel');
    // A goal's targets appear once the goal is chosen, with their counts; a target narrows further.
    await page.goto(`${stack.webUrl}/en/catalogue`);
    expect(await page.locator('#field-sdgTarget').count()).toBe(0);
    await page.selectOption('#field-sdgGoal', '6');
    await page.click('form:has(#field-sdgGoal) button[type=submit]');
    await page.waitForURL(/sdgGoal=6/);
    const option = await page.locator('#field-sdgTarget option[value="6.1"]').innerText();
    expect(option).toMatch(/^6\.1 By 2030, .*drinking water.* \(\d+\)$/);
    const count = Number(/\((\d+)\)$/.exec(option)![1]);
    await page.selectOption('#field-sdgTarget', '6.1');
    await page.click('form:has(#field-sdgGoal) button[type=submit]');
    await page.waitForURL(/sdgTarget=6\.1/);
    expect(await page.locator('main .cards > li').count()).toBe(count);
    expect(await page.locator(`main .cards a[href$="${water}"]`).count()).toBe(1);
    await context.close();
  });

  it('a visitor reads a Portuguese offer in French: labels in French, the original marked as Portuguese, a machine translation one click away, also without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await newContext(browser, { javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${stack.webUrl}/fr/listings/${milkBank}`);
      expect(await page.locator('h1').getAttribute('lang')).toBe('pt');
      expect(await page.locator('dl.fields').innerText()).toContain('Rédigée en');
      expect(await page.locator('dl.fields').innerText()).not.toContain('@');
      await page.click('text=Afficher une traduction automatique en français');
      await page.waitForSelector('#translation');
      const translation = await page.locator('#translation').innerText();
      expect(translation).toContain('Traduction automatique');
      expect(translation.toLowerCase()).toContain('lait');
      // axe runs inside the page, so only where JavaScript runs.
      if (javaScriptEnabled) expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('a draft is not there for a visitor: the not-found page, in the reader’s language', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const res = await page.goto(`${stack.webUrl}/pt/listings/${draftId}`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Página não encontrada');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('an officer of the listing’s country signs in through the form and sees its contact', async () => {
    const officer = await stack.person('agency_officer', { country: 'BR', language: 'pt' });
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/pt/listings/${milkBank}`);
    await page.click('a:has-text("Entrar")');
    await page.fill('#field-email', officer.email);
    await page.fill('#field-password', stack.password);
    await page.click('main form button[type=submit]');
    await page.waitForURL(new RegExp(`/pt/listings/${milkBank}$`));
    expect(await page.locator('.flash').innerText()).toContain('Sessão iniciada');
    expect(await page.locator('dl.fields').innerText()).toContain('ana.souza@fiocruz.example.org');
    const cookie = (await context.cookies()).find((c) => c.name === 'enlace_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await page.click('button:has-text("Sair")');
    expect(await page.locator('.flash').innerText()).toContain('Sessão encerrada');
    // The API session ended too: the old token no longer works.
    expect((await fetch(`${stack.apiUrl}/v1/me`, { headers: { authorization: `Bearer ${cookie!.value}` } })).status).toBe(401);
    await context.close();
  });

  it('a wrong password keeps the email, says what is wrong in the page’s language, and never leaves for another site', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/es/sign-in?next=//evil.example/x`);
    await page.fill('#field-email', 'nadie@example.org');
    await page.fill('#field-password', 'wrong password');
    await page.click('main form button[type=submit]');
    expect(await page.locator('.error-summary').innerText()).toContain('El correo electrónico o la contraseña no son correctos');
    expect(await page.inputValue('#field-email')).toBe('nadie@example.org');
    expect(await page.inputValue('#field-password')).toBe('');
    expect(await page.locator('input[name=next]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('every public page fits a 360-pixel phone screen without sideways scrolling', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    for (const path of ['/es/', '/es/catalogue?q=agua', `/pt/listings/${milkBank}`, '/fr/sign-in']) {
      await page.goto(`${stack.webUrl}${path}`);
      expect(await scrollsSideways(page), path).toBe(false);
    }
    await context.close();
  });
});
