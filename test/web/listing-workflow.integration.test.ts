import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { launchBrowser, newContext, scrollsSideways, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * A listing's way from an officer's form to the public, through the browser only: an
 * officer posts a demand in Portuguese and submits it, the focal point of Brazil
 * publishes it from the review queue, a French reader finds it and reads it translated;
 * then a change to it waits for review, shown beside what is public, and goes back to
 * its authors with a reason.
 */
let stack: WebStack;
let browser: Browser;
let officer: Awaited<ReturnType<WebStack['person']>>;
let focal: Awaited<ReturnType<WebStack['person']>>;
let demandId: string;

const TITLE = 'Vigilância epidemiológica nas regiões de fronteira';
const DESCRIPTION =
  'O ministério da saúde quer fortalecer a vigilância epidemiológica nos municípios de fronteira e formar as equipes locais na notificação de surtos.';

async function signedIn(email: string, opts: { javaScriptEnabled?: boolean; phone?: boolean } = {}) {
  const context = await newContext(browser, opts);
  await stack.signInContext(context, email);
  return { context, page: await context.newPage() };
}

const flashText = (page: Page) => page.locator('.flash').innerText();

beforeAll(async () => {
  stack = await startWebStack('web-workflow');
  browser = await launchBrowser();
  officer = await stack.person('agency_officer', { country: 'BR' });
  focal = await stack.person('focal_point', { country: 'BR' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('a listing from the form to the public', () => {
  it('an officer posting in Portuguese sees what is missing next to the field, in Portuguese, and the form keeps what was typed', async () => {
    const { context, page } = await signedIn(officer.email);
    await page.goto(`${stack.webUrl}/pt/listings/new?kind=demand`);
    expect(await page.locator('h1').innerText()).toBe('Publicar uma demanda');
    await page.fill('#field-description', DESCRIPTION);
    await page.click('button[value=submit]');
    expect(await page.locator('.error-summary').count()).toBe(1);
    expect(await page.locator('#error-title').innerText()).toMatch(/título/i);
    expect(await page.locator('#field-description').inputValue()).toBe(DESCRIPTION);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('an officer posts a demand in Portuguese and submits it for review; it is listed under pending review', async () => {
    const { context, page } = await signedIn(officer.email);
    await page.goto(`${stack.webUrl}/pt/listings/new?kind=demand`);
    await page.fill('#field-title', TITLE);
    await page.fill('#field-description', DESCRIPTION);
    await page.selectOption('#field-language', 'pt');
    await page.fill('[id="field-institution.name"]', 'Ministério da Saúde');
    // Sectors sit folded under their area: open health's area and tick the sector.
    await page.locator('details.picker:has(input[value=health]) > summary').click();
    await page.check('input[name=sectors][value=health]');
    await page.click('button[value=submit]');
    await page.waitForURL(/\/pt\/listings\/[0-9a-f-]{36}$/);
    demandId = page.url().split('/').pop()!;
    expect(await flashText(page)).toContain('enviado para revisão');
    expect(await page.locator('h1').innerText()).toBe(TITLE);

    await page.goto(`${stack.webUrl}/pt/my/listings`);
    const pending = page.locator('table', { has: page.locator('caption', { hasText: 'Aguardando revisão' }) });
    expect(await pending.locator(`a[href="/pt/listings/${demandId}"]`).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('the focal point of Brazil, reading Spanish, finds it in the review queue and publishes it', async () => {
    const { context, page } = await signedIn(focal.email);
    await page.goto(`${stack.webUrl}/es/review`);
    expect(await page.locator('h1').innerText()).toBe('Fichas por revisar');
    const card = page.locator('.card', { hasText: TITLE });
    expect(await card.locator('h2').getAttribute('lang')).toBe('pt');
    expect(await seriousViolations(page)).toEqual([]);
    await card.locator('a').click();
    await page.waitForURL(new RegExp(`/es/review/${demandId}$`));
    expect(await page.locator('dl.fields').innerText()).toContain('Ministério da Saúde');
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('button:has-text("Publicar")');
    await page.waitForURL(/\/es\/review\?country=BR$/);
    expect(await flashText(page)).toBe('La ficha está publicada.');
    expect(await page.locator('.card', { hasText: TITLE }).count()).toBe(0);
    await context.close();
  });

  it('a French reader finds the published demand from a French search and reads it translated into French', async () => {
    await eventually(async () => {
      const res = await fetch(`${stack.apiUrl}/v1/search?q=vigil%C3%A2ncia&status=published`);
      return ((await res.json()) as { hits: { id: string }[] }).hits.some((h) => h.id === demandId);
    });
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/catalogue?q=${encodeURIComponent('surveillance épidémiologique')}`);
    await page.locator(`main .cards a[href="/fr/listings/${demandId}"]`).click();
    await page.waitForURL(new RegExp(`/fr/listings/${demandId}`));
    await page.locator('#translation-slot a').click();
    await page.locator('#translation h4').waitFor();
    expect(await page.locator('#translation h4').innerText()).toMatch(/^Surveillance .*frontière/i);
    expect(await page.locator('#translation').innerText()).toContain('Traduction automatique');
    await context.close();
  });
});

describe('a change to a published listing', () => {
  it('waits for review: the officer is told so, and the public still reads the published text', async () => {
    const { context, page } = await signedIn(officer.email);
    await page.goto(`${stack.webUrl}/en/listings/${demandId}/edit`);
    expect(await page.locator('.notice').innerText()).toContain('published');
    await page.fill('#field-title', 'Vigilância epidemiológica e laboratórios de fronteira');
    await page.click('button[value=save]');
    await page.waitForURL(new RegExp(`/en/listings/${demandId}$`));
    expect(await flashText(page)).toContain('waits for review');
    const publicView = await fetch(`${stack.apiUrl}/v1/listings/${demandId}`);
    expect(((await publicView.json()) as { title: string }).title).toBe(TITLE);
    await context.close();
  });

  it('is shown to the reviewer beside what is public now, and goes back to its authors only with a reason', async () => {
    const { context, page } = await signedIn(focal.email);
    await page.goto(`${stack.webUrl}/fr/review/${demandId}`);
    const changed = page.locator('table.comparison tbody tr', { hasText: 'Modifié' });
    expect(await changed.count()).toBe(1);
    expect(await changed.innerText()).toContain(TITLE);
    expect(await changed.innerText()).toContain('laboratórios de fronteira');
    expect(await seriousViolations(page)).toEqual([]);

    await page.click('button:has-text("Renvoyer")');
    expect(await page.locator('#error-reason').innerText()).toBe('Indiquez un motif pour les auteurs');
    await page.fill('#field-reason', 'Gardez le titre précédent : il est plus précis.');
    await page.click('button:has-text("Renvoyer")');
    await page.waitForURL(/\/fr\/review\?country=BR$/);
    expect(await flashText(page)).toContain('Renvoyée aux auteurs');
    await context.close();
  });
});

describe('without JavaScript and on a phone', () => {
  it('an officer posts and submits an offer, and the focal point publishes it, with JavaScript turned off', async () => {
    const writer = await signedIn(officer.email, { javaScriptEnabled: false });
    const page = writer.page;
    await page.goto(`${stack.webUrl}/es/listings/new`);
    await page.check('input[name=kind][value=offer]');
    await page.fill('#field-title', 'Capacitación en gestión de residuos sólidos');
    await page.fill('#field-description', 'Cursos para equipos municipales sobre recolección selectiva, reciclaje y cierre de vertederos a cielo abierto.');
    await page.selectOption('#field-language', 'es');
    await page.fill('[id="field-institution.name"]', 'Fiocruz');
    await page.locator('details.picker:has(input[value=environment]) > summary').click();
    await page.check('input[name=sectors][value=environment]');
    await page.click('button[value=submit]');
    await page.waitForURL(/\/es\/listings\/[0-9a-f-]{36}$/);
    const offerId = page.url().split('/').pop()!;
    expect(await flashText(page)).toBe('La ficha se envió a revisión.');
    await writer.context.close();

    const reviewer = await signedIn(focal.email, { javaScriptEnabled: false });
    await reviewer.page.goto(`${stack.webUrl}/es/review/${offerId}`);
    await reviewer.page.click('button:has-text("Publicar")');
    await reviewer.page.waitForURL(/\/es\/review\?country=BR$/);
    expect(await flashText(reviewer.page)).toBe('La ficha está publicada.');
    await reviewer.context.close();
  });

  it('the editor, my listings and the review queue fit a 360-pixel phone without sideways scrolling', async () => {
    const { context, page } = await signedIn(focal.email, { phone: true });
    for (const path of ['/pt/listings/new', '/pt/my/listings', '/pt/review', `/pt/listings/${demandId}/edit`]) {
      await page.goto(`${stack.webUrl}${path}`);
      expect(await scrollsSideways(page), path).toBe(false);
    }
    await context.close();
  });

  it('a visitor who opens the editor is asked to sign in first, and a focal point of another country sees no queue of Brazil', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/en/listings/new`);
    await page.waitForURL(/\/en\/sign-in\?next=/);
    await context.close();

    const other = await stack.person('focal_point', { country: 'AR' });
    const ar = await signedIn(other.email);
    await ar.page.goto(`${stack.webUrl}/en/review?country=BR`);
    expect(await ar.page.locator('.card').count()).toBe(0);
    // Nothing of it waits for review any more: the reviewer's page leads to the public listing, without decisions.
    await ar.page.goto(`${stack.webUrl}/en/review/${demandId}`);
    await ar.page.waitForURL(new RegExp(`/en/listings/${demandId}$`));
    expect(await ar.page.locator('form[action$="/publish"]').count()).toBe(0);
    await ar.context.close();
  });
});
