import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody } from '@enlace/api/testing';
import { launchBrowser, newContext, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * A cooperation's SIDICSS record in the browser: recorded when Brazil and Haiti agree,
 * corrected by Brazil's focal point (in Spanish, without JavaScript) into a triangular
 * cooperation with Mexico, a missing currency told at its field; then the secretariat
 * downloads the period's records from the concise report.
 */
let stack: WebStack;
let browser: Browser;
let staff: Awaited<ReturnType<WebStack['person']>>;
let focalBR: Awaited<ReturnType<WebStack['person']>>;
let matchId: string;

beforeAll(async () => {
  stack = await startWebStack('web-cooperation');
  browser = await launchBrowser();
  staff = await stack.person('staff', { language: 'en' });
  focalBR = await stack.person('focal_point', { country: 'BR', language: 'es' });
  const focalHT = await stack.person('focal_point', { country: 'HT', language: 'fr' });
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
  expect((await inject(`/v1/matches/${matchId}/interest`, focalHT, { message: 'Nous sommes intéressés.' })).statusCode).toBe(200);
  expect((await inject(`/v1/matches/${matchId}/interest`, focalBR, { message: 'Com prazer.' })).statusCode).toBe(200);
  const agreed = await inject(`/v1/matches/${matchId}/agree`, staff, {
    modality: 'training',
    startDate: '2027-02-01',
    responsibilities: 'Fiocruz trains; MSPP hosts.',
  });
  expect(agreed.statusCode, agreed.body).toBe(200);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the cooperation record', () => {
  it('shows what was recorded at the agreement, with no serious accessibility violation', async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, focalBR.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/es/matches/${matchId}`);
    const section = page.locator('section#record');
    expect(await section.locator('h2').innerText()).toBe('Registro de la cooperación para el SIDICSS');
    const facts = await section.locator('dl').innerText();
    expect(facts).toContain('Acción');
    expect(facts).toContain('Bilateral');
    const participants = await section.locator('table').innerText();
    expect(participants).toMatch(/Brasil\s+Oferente\s+Fundação Oswaldo Cruz/);
    expect(participants).toMatch(/Haití\s+Receptor/);
    await section.locator('summary').click();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('is corrected by a focal point without JavaScript, a missing currency told at its field', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    await stack.signInContext(context, focalBR.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/es/matches/${matchId}`);
    // The form is folded under its summary: <details> opens without JavaScript too.
    await page.locator('section#record summary').click();
    const form = page.locator('section#record form');
    await form.locator('select[name=cooperationType]').selectOption('triangular');
    await form.locator('select[name="p0.role"]').selectOption('first_provider');
    await form.locator('input[name="p0.budgeted"]').fill('45000');
    await form.locator('select[name="p2.country"]').selectOption('MX');
    await form.locator('select[name="p2.role"]').selectOption('second_provider');
    await form.locator('input[name="p2.institution"]').fill('AMEXCID');
    await form.locator('button[type=submit]').click();
    expect(await page.locator('[id="error-p0.currency"]').innerText()).toContain('USD');
    expect(await page.locator('.error-summary').innerText()).toContain('USD');

    await page.locator('section#record form input[name="p0.currency"]').fill('usd');
    await page.locator('section#record form button[type=submit]').click();
    await page.waitForURL(/\/es\/matches\/[0-9a-f-]+(#record)?$/);
    expect(await page.locator('.flash').innerText()).toBe('Se guardó el registro de la cooperación.');
    const section = page.locator('section#record');
    expect(await section.locator('dl').innerText()).toContain('Triangular');
    const participants = await section.locator('table').innerText();
    expect(participants).toMatch(/Brasil\s+Primer oferente\s+Fundação Oswaldo Cruz\s+45000 USD/);
    expect(participants).toMatch(/México\s+Segundo oferente\s+AMEXCID/);
    await context.close();
  });

  it("is in the period's export the secretariat downloads from the concise report", async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, staff.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/en/stats/report`);
    const csvHref = await page.locator('section[aria-labelledby=report-sidicss] a', { hasText: 'CSV' }).getAttribute('href');
    const csv = await context.request.get(`${stack.webUrl}${csvHref}`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^matchId,instrument,cooperationType,/);
    expect(lines.filter((l) => l.startsWith(matchId)).map((l) => l.split(',').slice(13, 15).join(','))).toEqual([
      'BR,first_provider',
      'HT,recipient',
      'MX,second_provider',
    ]);
    const jsonHref = await page.locator('section[aria-labelledby=report-sidicss] a', { hasText: 'JSON' }).getAttribute('href');
    const json = await (await context.request.get(`${stack.webUrl}${jsonHref}`)).json();
    expect(json.items).toEqual([expect.objectContaining({ matchId, cooperationType: 'triangular', modality: 'training' })]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
