import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody } from '@enlace/api/testing';
import { replaceMatches } from '@enlace/registry/internal';
import { eventually } from '../support.js';
import { launchBrowser, newContext, scrollsSideways, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/* A focal point hears of a listing waiting for review: the header's count, the inbox, and the way to the review queue. */
let stack: WebStack;
let browser: Browser;
let focal: Awaited<ReturnType<WebStack['person']>>;

async function submitted(title: string) {
  const officer = await stack.person('agency_officer', { country: 'BR' });
  const created = await stack.api.app.inject({ method: 'POST', url: '/v1/listings', headers: officer.headers, payload: offerBody('BR', { title }) });
  expect(created.statusCode, created.body).toBe(201);
  const submit = await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${created.json().id}/submit`, headers: officer.headers });
  expect(submit.statusCode, submit.body).toBe(200);
}

const unread = async () => ((await (await fetch(`${stack.apiUrl}/v1/inbox?unread=true`, { headers: focal.headers })).json()) as { unread: number }).unread;

beforeAll(async () => {
  stack = await startWebStack('web-inbox');
  browser = await launchBrowser();
  focal = await stack.person('focal_point', { country: 'BR', language: 'es' });
  await submitted('Gestão de bancos de leite humano');
  await submitted('Vigilância epidemiológica de fronteira');
  await eventually(async () => (await unread()) >= 2, 20_000, 'the review requests reach the inbox');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('notifications in the web interface', () => {
  it('every page shows how many are unread, and the inbox lists them in the page’s language', async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, focal.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/es/catalogue`);
    const count = await unread();
    expect(await page.locator('.account-nav a[href="/es/inbox"]').innerText()).toBe(`Notificaciones (${count} sin leer)`);
    await page.click('.account-nav a[href="/es/inbox"]');
    await page.waitForURL(/\/es\/inbox$/);
    expect(await page.locator('main .cards > li.unread').count()).toBe(count);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${stack.webUrl}/fr/inbox`);
    expect(await page.locator('h1').innerText()).toBe('Notifications');
    expect(await page.locator('main .cards > li .badge').first().innerText()).toBe('Nouvelle');
    await context.close();
  });

  it('opening a notification marks it read and lands on its page, the review queue', async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, focal.email);
    const page = await context.newPage();
    const before = await unread();
    await page.goto(`${stack.webUrl}/es/inbox`);
    await page.locator('main .cards > li.unread a').first().click();
    await page.waitForURL(/\/es\/review\?country=BR$/);
    expect(await page.locator('h1').innerText()).toBe('Fichas por revisar');
    expect(await unread()).toBe(before - 1);
    await context.close();
  });

  it('marks one read where it stands, then all at once, without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    await stack.signInContext(context, focal.email);
    const page = await context.newPage();
    await submitted('Telemedicina para municípios remotos');
    await eventually(async () => (await unread()) >= 2, 20_000, 'another review request arrives');
    const before = await unread();
    await page.goto(`${stack.webUrl}/pt/inbox?unread=1`);
    await page.locator('main .cards > li.unread form button').first().click();
    await page.waitForURL(/\/pt\/inbox$/);
    expect(await page.locator('.flash').innerText()).toBe('Marcada como lida.');
    expect(await unread()).toBe(before - 1);
    await page.click('button:has-text("Marcar todas como lidas")');
    await page.waitForURL(/\/pt\/inbox$/);
    expect(await unread()).toBe(0);
    expect(await page.locator('.account-nav a[href="/pt/inbox"]').innerText()).toBe('Notificações');
    await context.close();
  });

  it('settings: a digest at a chosen hour, only some sectors and a lowest score, saved; a private webhook address refused at the field', async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, focal.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/es/inbox`);
    await page.click('a:has-text("Configuración de las notificaciones")');
    await page.waitForURL(/\/es\/inbox\/settings$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.check('input[name=frequency][value=daily]');
    await page.selectOption('#field-digestHour', '7');
    await page.locator('details.picker:has(input[name=sectors]) > summary').click();
    await page.check('input[name=sectors][value=health]');
    await page.selectOption('#field-minScore', '0.7');
    await page.selectOption('#field-burstMinutes', '30');
    await page.fill('#field-dailySuggestionEmails', '5');
    await page.click('button:has-text("Guardar la configuración")');
    await page.waitForURL(/\/es\/inbox\/settings$/);
    expect(await page.locator('.flash').innerText()).toBe('Su configuración de notificaciones está guardada.');
    const saved = (await (await fetch(`${stack.apiUrl}/v1/me/subscription`, { headers: focal.headers })).json()) as Record<string, unknown>;
    expect(saved).toMatchObject({ frequency: 'daily', digestHour: 7, sectors: ['health'], minScore: 0.7, burstMinutes: 30, dailySuggestionEmails: 5 });

    await page.fill('#field-webhookUrl', 'http://127.0.0.1:9/hook');
    await page.click('button:has-text("Guardar la configuración")');
    expect(await page.locator('#error-webhookUrl').count()).toBe(1);
    expect(await page.locator('.error-summary a[href="#field-webhookUrl"]').count()).toBe(1);
    // What was chosen stays chosen in the refused form.
    expect(await page.locator('input[name=frequency][value=daily]').isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows new matches that came in a row as one entry, unfolded without JavaScript', async () => {
    const staff = await stack.person('staff');
    const publish = async (country: string, extra: Record<string, unknown>) => {
      const created = await stack.api.app.inject({ method: 'POST', url: '/v1/listings', headers: staff.headers, payload: offerBody(country, extra) });
      const published = await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${created.json().id}/publish`, headers: staff.headers });
      expect(published.statusCode, published.body).toBe(200);
      return { id: created.json().id as string, version: published.json().version as number };
    };
    const offer = await publish('BR', { title: 'Bancos de leite humano' });
    const before = await unread();
    for (let i = 0; i < 3; i++) {
      const demand = await publish('HT', {
        kind: 'demand',
        language: 'fr',
        title: `Banques de lait ${i}`,
        description: 'Créer des banques de lait maternel dans trois maternités.',
      });
      // As the ranking stores a pair above the threshold: a new match for Brazil's focal point.
      await replaceMatches(
        stack.api.db,
        { id: demand.id, kind: 'demand', version: demand.version },
        [{ counterpartId: offer.id, counterpartVersion: offer.version, score: 0.8, reasons: [] }],
        {
          announceAt: 0.6,
          now: stack.api.clock.now(),
        },
      );
    }
    await eventually(async () => (await unread()) >= before + 3, 20_000, 'the new matches reach the inbox');
    const context = await newContext(browser, { javaScriptEnabled: false });
    await stack.signInContext(context, focal.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/es/inbox`);
    const entry = page.locator('main > ul.cards > li:has(details)');
    expect(await entry.locator('h2').first().innerText()).toBe('3 nuevas coincidencias');
    expect(await entry.locator('details li').count()).toBe(0 + 3);
    await entry.locator('summary').click();
    expect(await entry.locator('details li').first().isVisible()).toBe(true);
    await context.close();
  });

  it('fits a 360-pixel phone', async () => {
    const context = await newContext(browser, { phone: true });
    await stack.signInContext(context, focal.email);
    const page = await context.newPage();
    for (const path of ['/es/inbox', '/es/inbox/settings']) {
      await page.goto(`${stack.webUrl}${path}`);
      expect(await scrollsSideways(page), path).toBe(false);
    }
    await context.close();
  });
});
