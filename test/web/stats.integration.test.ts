import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody } from '@enlace/api/testing';
import { launchBrowser, newContext, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * Cooperation in figures, as a visitor and as staff read it: the key figures, the map of
 * the member states present, the charts with their text alternatives and tables, the
 * filters; published data only for the public.
 */
let stack: WebStack;
let browser: Browser;
let staff: Awaited<ReturnType<WebStack['person']>>;

async function listing(country: string, kind: 'offer' | 'demand', sectors: string[], publish = true): Promise<string> {
  const created = await stack.api.app.inject({
    method: 'POST',
    url: '/v1/listings',
    headers: staff.headers,
    payload: offerBody(country, { kind, sectors, title: `${kind} ${country} ${sectors[0]}` }),
  });
  expect(created.statusCode, created.body).toBe(201);
  if (publish)
    expect((await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${created.json().id}/publish`, headers: staff.headers })).statusCode).toBe(200);
  return created.json().id as string;
}

beforeAll(async () => {
  stack = await startWebStack('web-stats');
  browser = await launchBrowser();
  staff = await stack.person('staff', { language: 'en' });
  const milkBanks = await listing('BR', 'offer', ['health']);
  await listing('BR', 'offer', ['education']);
  await listing('MX', 'offer', ['water_sanitation']);
  const maternity = await listing('HT', 'demand', ['health']);
  await listing('JM', 'demand', ['education']);
  await listing('TT', 'demand', ['health'], false);
  // Brazil and Haiti agree a cooperation: Brazil provides, Haiti receives.
  const focalBR = await stack.person('focal_point', { country: 'BR' });
  const focalHT = await stack.person('focal_point', { country: 'HT' });
  const inject = (url: string, who: { headers: Record<string, string> }, payload?: object) =>
    stack.api.app.inject({ method: 'POST', url, headers: who.headers, ...(payload ? { payload } : {}) });
  const proposed = await inject('/v1/matches', staff, { offerId: milkBanks, demandId: maternity });
  // 200 when the worker's matcher suggested the pair first: staff's proposal takes it over.
  expect([200, 201], proposed.body).toContain(proposed.statusCode);
  expect(proposed.json().brokered).toMatchObject({ by: expect.any(String) });
  const id = proposed.json().id as string;
  expect((await inject(`/v1/matches/${id}/interest`, focalHT, { message: 'Nous sommes intéressés.' })).statusCode).toBe(200);
  expect((await inject(`/v1/matches/${id}/interest`, focalBR, { message: 'Com prazer.' })).statusCode).toBe(200);
  const agreed = await inject(`/v1/matches/${id}/agree`, staff, {
    modality: 'training',
    startDate: '2027-02-01',
    responsibilities: 'Fiocruz trains; MSPP hosts.',
  });
  expect(agreed.statusCode, agreed.body).toBe(200);
  // The secretariat invites Haiti to publish more; its sheet shows the invitation.
  const campaign = await inject('/v1/campaigns', staff, {
    name: 'Haïti sur Enlace',
    kind: 'participation',
    audience: { countries: ['HT'] },
    goal: { count: 1, listingKind: 'offer' },
    messages: { fr: { subject: 'Publiez une offre', body: 'Madame, Monsieur {{name}}, publiez une offre : {{link}}' } },
    defaultLanguage: 'fr',
    deadline: '2099-12-31',
  });
  expect(campaign.statusCode, campaign.body).toBe(201);
  expect((await inject(`/v1/campaigns/${campaign.json().id}/schedule`, staff)).statusCode).toBe(200);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const figures = async (page: import('playwright-core').Page) =>
  Object.fromEntries(
    await page
      .locator('.key-figures > div')
      .evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()])),
  ) as Record<string, string>;

describe('cooperation in figures', () => {
  it('shows a visitor the published figures in Spanish: key figures, the map and charts with their words and tables', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
    await page.goto(`${stack.webUrl}/es/stats`);
    expect(await page.locator('h1').innerText()).toBe('La cooperación en cifras');
    expect(await page.locator('main .notice').first().innerText()).toBe('Estas cifras solo cuentan fichas publicadas.');
    const key = await figures(page);
    expect(key.Ofertas).toBe('3');
    expect(key.Demandas).toBe('2');
    // Brazil, Mexico, Haiti and Jamaica are present; Trinidad and Tobago's draft does not count.
    expect(key['Estados miembros presentes']).toMatch(/^4 de \d+/);

    const map = page.locator('section[aria-labelledby=map-title] svg[role=img]');
    expect(await map.getAttribute('aria-label')).toMatch(/^Mapa de las Américas: 4 de \d+ Estados miembros/);
    const charts = page.locator('svg.chart[role=img]');
    expect(await charts.count()).toBe(5);
    // The table of a chart, one click away.
    const sectors = page.locator('section[aria-labelledby=sector-title] details');
    await sectors.locator('summary').click();
    const rows = await sectors.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t')[0])).toEqual(['Social']);
    // Trinidad and Tobago's draft does not make it present (the table, still folded, holds the row).
    expect(await page.locator('section[aria-labelledby=map-title] details tbody tr', { hasText: 'Trinidad y Tobago' }).textContent()).toMatch(
      /0\s*0\s*0\s*No$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    // The page's strict CSP: no inline style from the charts was refused.
    expect(blocked.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await context.close();
  });

  it('narrows the figures to CARICOM without JavaScript, and tells a reversed period at the field', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/en/stats`);
    await page.selectOption('#field-group', 'caricom');
    await page.click('button:has-text("Show")');
    await page.waitForURL(/group=caricom/);
    const key = await figures(page);
    expect(key.Offers).toBe('0');
    expect(key.Demands).toBe('2');
    await page.goto(`${stack.webUrl}/en/stats?from=2026-06-01&to=2026-01-01`);
    expect(await page.locator('#error-to').innerText()).toBe('The end of the period cannot be before its start.');
    await context.close();
  });

  it('counts every status for staff, and says so', async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, staff.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/stats`);
    expect(await page.locator('main .notice').first().innerText()).toContain('brouillons et fiches en relecture compris');
    expect((await figures(page)).Demandes).toBe('3');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('prints Haiti’s country sheet on one or two pages of A4 and of Letter, in French and in English', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/stats/countries?country=HT`);
    await page.waitForURL(/\/fr\/stats\/countries\/HT$/);
    expect(await page.locator('h1').innerText()).toBe('Haïti\u00a0: fiche pays');
    const key = await figures(page);
    expect(key['Demandes publiées']).toBe('1');
    expect(key['Coopération convenue ou en cours']).toBe('1');
    expect(await page.locator('table', { hasText: 'Partenaires dont il reçoit' }).innerText()).toContain('Brésil');
    expect(await page.locator('#sheet-campaigns + p').innerText()).toBe('Une campagne de l’AICD a écrit à Haïti\u00a0; son objectif n’est pas encore atteint.');
    // A visitor reads the campaign's kind, not its name, which is the secretariat's.
    const invited = await page.locator('table', { hasText: 'Invité le' }).innerText();
    expect(invited).not.toContain('Haïti sur Enlace');
    expect(invited).toContain('Pas encore');
    expect(await seriousViolations(page)).toEqual([]);
    const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    for (const format of ['A4', 'Letter'] as const) {
      const n = pages(await page.pdf({ format, printBackground: true }));
      expect(n, format).toBeGreaterThanOrEqual(1);
      expect(n, format).toBeLessThanOrEqual(2);
    }
    await page.goto(`${stack.webUrl}/en/stats/countries/BR`);
    expect(await page.locator('table', { hasText: 'Partners it offers to' }).innerText()).toContain('Haiti');
    expect(await seriousViolations(page)).toEqual([]);
    expect((await page.goto(`${stack.webUrl}/en/stats/countries/XX`))?.status()).toBe(404);
    await context.close();
  });

  it('gives staff the concise report, printable, with each table as CSV and the whole as a workbook; others do not find it', async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, staff.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/en/stats`);
    await page.click('a:has-text("Concise report for the board")');
    await page.waitForURL(/\/en\/stats\/report$/);
    expect(await page.locator('h1').innerText()).toBe('Concise report');
    expect(await page.locator('table', { hasText: 'Demands published' }).innerText()).toMatch(/Demands published\s+2/);
    // Jamaica's demand has no cooperation; Haiti's has one agreed.
    const unmet = await page.locator('section[aria-labelledby=report-unmet] li').allInnerTexts();
    expect(unmet.some((l) => l.includes('Jamaica'))).toBe(true);
    expect(unmet.some((l) => l.includes('Haiti'))).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    const csvHref = await page.locator('section[aria-labelledby=report-unmet] a[download]').getAttribute('href');
    const csv = await context.request.get(`${stack.webUrl}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split('\n')[0]).toBe('Title,Country,Sectors,Published');
    const xlsxHref = await page.locator('a[download]', { hasText: 'workbook' }).getAttribute('href');
    const xlsx = await context.request.get(`${stack.webUrl}${xlsxHref}`);
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    await context.close();

    const focal = await stack.person('focal_point', { country: 'HT' });
    const other = await newContext(browser);
    await stack.signInContext(other, focal.email);
    expect((await (await other.newPage()).goto(`${stack.webUrl}/en/stats/report`))?.status()).toBe(404);
    expect((await other.request.get(`${stack.webUrl}/en/stats/report.xlsx`)).status()).toBe(404);
    await other.close();
  });
});
