import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody } from '@enlace/api/testing';
import { eventually } from '../support.js';
import { launchBrowser, newContext, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * A focal point who gets too much email: switches to a weekly digest in the settings,
 * then stops email altogether with the link at the bottom of a message, on a page in
 * their own language whatever the browser's.
 */
let stack: WebStack;
let browser: Browser;
let focal: Awaited<ReturnType<WebStack['person']>>;
let link: string;
let oneClick: string;

const subscription = async () => (await (await fetch(`${stack.apiUrl}/v1/me/subscription`, { headers: focal.headers })).json()) as Record<string, unknown>;

beforeAll(async () => {
  stack = await startWebStack('web-unsubscribe', { mail: true });
  browser = await launchBrowser();
  focal = await stack.person('focal_point', { country: 'HT', language: 'fr' });
  const officer = await stack.person('agency_officer', { country: 'HT' });
  const created = await stack.api.app.inject({
    method: 'POST',
    url: '/v1/listings',
    headers: officer.headers,
    payload: offerBody('HT', { kind: 'demand', title: 'Formation des sages-femmes', language: 'fr' }),
  });
  expect(created.statusCode, created.body).toBe(201);
  expect((await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${created.json().id}/submit`, headers: officer.headers })).statusCode).toBe(200);
  const mail = await eventually(async () => stack.sink!.messages.find((m) => m.to.includes(focal.email)), 20_000, 'the review request is emailed');
  link = mail.parsed.text!.match(/https?:\/\/\S+\/unsubscribe\/[\w.-]+/)![0];
  oneClick = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(mail.raw)![1]!;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('fewer emails, then none', () => {
  it('a focal point switches to a weekly digest on Mondays at 8 (UTC)', async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, focal.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/inbox/settings`);
    await page.check('input[name=frequency][value=weekly]');
    await page.selectOption('#field-digestWeekday', '1');
    await page.selectOption('#field-digestHour', '8');
    await page.click('button:has-text("Enregistrer les réglages")');
    await page.waitForURL(/\/fr\/inbox\/settings$/);
    expect(await page.locator('.flash').innerText()).toBe('Vos réglages de notification sont enregistrés.');
    expect(await subscription()).toMatchObject({ frequency: 'weekly', digestWeekday: 1, digestHour: 8 });
    await context.close();
  });

  it('the email’s link opens a page in the person’s language that asks first, and its button stops email', async () => {
    expect(link.startsWith(`${stack.webUrl}/unsubscribe/`)).toBe(true);
    const context = await newContext(browser, { locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(link);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('h1').innerText()).toBe('Courriels d’Enlace');
    expect(await page.locator('main').innerText()).toContain('Ne plus recevoir les courriels d’Enlace\u00a0?');
    // The address holds the secret: no other link on the page repeats it.
    const token = link.split('/').pop()!;
    expect((await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).some((h) => h.includes(token))).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await subscription()).toMatchObject({ channels: expect.arrayContaining(['email']) });

    await page.click('button:has-text("Ne plus recevoir de courriels")');
    expect(await page.locator('.flash').innerText()).toContain('C’est fait');
    expect((await subscription()).channels).toEqual(['in_app']);
    await context.close();
  });

  it('a link of an older email, at the API’s address, lands on the same page, which now says email is off, without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(link.replace('/unsubscribe/', '/v1/unsubscribe/'));
    expect(new URL(page.url()).pathname).toBe(new URL(link).pathname);
    expect(await page.locator('main').innerText()).toContain('Cette adresse ne reçoit plus de courriels d’Enlace.');
    await context.close();
  });

  it('mail clients’ one-click POST to the List-Unsubscribe address works through the web, and a forged link finds nothing', async () => {
    expect(oneClick.startsWith(`${stack.webUrl}/v1/unsubscribe/`)).toBe(true);
    const res = await fetch(oneClick, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    const forged = await fetch(`${stack.webUrl}/unsubscribe/not-a-real-token-at-all`, { headers: { 'accept-language': 'es' } });
    expect(forged.status).toBe(404);
    expect(await forged.text()).toContain('lang="es"');
  });
});
