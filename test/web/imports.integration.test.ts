import { readFile } from 'node:fs/promises';
import { QUEUES } from '@enlace/queue';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * Importing through the browser: the secretariat uploads a CSV with one bad line, in
 * English and in Spanish, watches it run and reads the bad line's error in the page's
 * language; downloads the export; uploads without JavaScript too. An officer imports only
 * their own country's listings; a visitor is sent to sign in.
 */
let stack: WebStack;
let browser: Browser;
let staff: Awaited<ReturnType<WebStack['person']>>;
let officer: Awaited<ReturnType<WebStack['person']>>;

const COLUMNS = [
  'externalId',
  'kind',
  'status',
  'title',
  'description',
  'language',
  'country',
  'institutionName',
  'institutionAcronym',
  'institutionType',
  'sectors',
  'sdgGoals',
  'sdgTargets',
  'modalities',
  'cooperationTypes',
  'deliveryFormats',
  'workingLanguages',
  'targetCountries',
  'validFrom',
  'validUntil',
  'keywords',
  'contactName',
  'contactEmail',
];

const row = (externalId: string, extra: Record<string, string> = {}): Record<string, string> => ({
  externalId,
  kind: 'offer',
  title: `Gestión comunitaria del riesgo de desastres ${externalId}`,
  description: 'Cursos y pasantías sobre sistemas de alerta temprana y gestión comunitaria del riesgo.',
  language: 'es',
  country: 'CL',
  institutionName: 'Servicio Nacional de Prevención y Respuesta ante Desastres',
  institutionAcronym: 'SENAPRED',
  institutionType: 'government',
  sectors: 'disaster_management',
  sdgTargets: '11.5;13.1',
  modalities: 'training;internship',
  validUntil: '2028-12-31',
  ...extra,
});

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csv = (rows: Record<string, string>[], columns = COLUMNS) =>
  Buffer.from([columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? '')).join(','))].join('\r\n') + '\r\n');

/** Two good rows and, on line 3 (the header is line 1), one without a title. */
const withOneBadLine = (prefix: string, country = 'CL') =>
  csv([row(`${prefix}-1`, { country }), row(`${prefix}-2`, { country, title: '' }), row(`${prefix}-3`, { country })]);

async function signedIn(email: string, opts: { javaScriptEnabled?: boolean; locale?: string } = {}) {
  const context = await newContext(browser, opts);
  await stack.signInContext(context, email);
  return { context, page: await context.newPage() };
}

async function upload(page: Page, lang: string, name: string, buffer: Buffer) {
  await page.goto(`${stack.webUrl}/${lang}/imports`);
  await page.setInputFiles('#field-file', { name, mimeType: 'text/csv', buffer });
  await page.click('form[enctype="multipart/form-data"] button[type=submit]');
}

const importPage = /\/imports\/[0-9a-f-]{36}$/;
const errorRows = (page: Page) =>
  page
    .locator('#import-errors tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim())));

/** The web's limit on an upload, from the API's setting (read when the web starts): small here, so that a test can pass it. */
const MAX_BYTES = 16 * 1024;

beforeAll(async () => {
  stack = await startWebStack('web-imports', { env: { IMPORT_MAX_BYTES: String(MAX_BYTES) } });
  browser = await launchBrowser();
  staff = await stack.person('staff');
  officer = await stack.person('agency_officer', { country: 'BR' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('importing listings through the web', () => {
  it('staff upload a CSV with one bad line in English: they see it waiting, then running to its end without reloading, the created count and the bad line’s error', async () => {
    const { context, page } = await signedIn(staff.email);
    await page.goto(`${stack.webUrl}/en/imports`);
    expect(await page.locator('h1').innerText()).toBe('Import listings');
    expect(await page.locator('.main-nav a[aria-current=page]').innerText()).toBe('Import');
    expect(await seriousViolations(page)).toEqual([]);

    // Held in the queue, the import shows as waiting; the page asks again every 2 seconds.
    const imports = stack.api.producer.queue(QUEUES.imports);
    await imports.pause();
    try {
      await upload(page, 'en', 'catalogue.csv', withOneBadLine('WEB-EN'));
      await page.waitForURL(importPage);
      expect(await page.locator('.flash').innerText()).toContain('The file is uploaded and the import has started.');
      expect(await page.locator('#import-status').innerText()).toContain('Waiting to start');
      expect(await page.locator('progress#import-progress').getAttribute('max')).toBe('4');
      expect(await page.locator('#import-lines').innerText()).toBe('0 of 4 lines read');
      expect(await page.locator('#import-report').getAttribute('hx-trigger')).toBe('every 2s');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await imports.resume();
    }
    await page.locator('#import-status', { hasText: 'Finished' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('#import-report').getAttribute('hx-trigger')).toBeNull();
    expect(await page.locator('#import-lines').innerText()).toBe('4 of 4 lines read');
    expect(await page.locator('progress#import-progress').getAttribute('value')).toBe('4');
    expect(await page.locator('#import-counts').innerText()).toContain('2 listings created');
    expect(await page.locator('#import-counts').innerText()).toContain('1 line with errors');
    expect(await errorRows(page)).toEqual([['3', 'title', 'Required, but missing or empty']]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('in Spanish, the same page speaks Spanish, and the error of the bad line too', async () => {
    const { context, page } = await signedIn(staff.email);
    await upload(page, 'es', 'fichas.csv', withOneBadLine('WEB-ES'));
    await page.waitForURL(importPage);
    await page.locator('#import-status', { hasText: 'Terminada' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('h1').innerText()).toMatch(/^Importación del /);
    expect(await page.locator('#import-counts').innerText()).toContain('2 fichas creadas');
    expect(await page.locator('#import-errors thead').innerText()).toMatch(/Línea\s+Campo\s+Problema/);
    expect(await errorRows(page)).toEqual([['3', 'title', 'Obligatorio, pero falta o está vacío']]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('staff download the export as CSV, with the listings they imported', async () => {
    const { context, page } = await signedIn(staff.email);
    await page.goto(`${stack.webUrl}/en/imports`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Download as CSV")')]);
    expect(download.suggestedFilename()).toMatch(/^enlace-listings-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(COLUMNS.join(','));
    expect(text).toContain('WEB-EN-1,offer,published');
    expect(text).toContain('WEB-ES-3,offer,published');
    expect(text).not.toContain('WEB-EN-2');

    const jsonl = await context.request.get(`${stack.webUrl}/en/imports/export?format=jsonl`);
    expect(jsonl.headers()['content-type']).toMatch(/^application\/x-ndjson/);
    expect(jsonl.headers()['content-disposition']).toMatch(/attachment; filename="enlace-listings-.*\.jsonl"/);
    expect((await jsonl.text()).trim().split('\n')).toHaveLength(4);
    await context.close();
  });

  it('the upload works without JavaScript: the page is refreshed by a link until the import has ended', async () => {
    const { context, page } = await signedIn(staff.email, { javaScriptEnabled: false });
    await upload(page, 'fr', 'fiches.csv', withOneBadLine('WEB-FR'));
    await page.waitForURL(importPage);
    for (let i = 0; i < 50 && (await page.locator('#import-report a', { hasText: 'Actualiser' }).count()) > 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await page.click('#import-report a');
    }
    expect(await page.locator('#import-status').innerText()).toContain('Terminée');
    expect(await page.locator('#import-counts').innerText()).toContain('2 fiches créées');
    expect(await errorRows(page)).toEqual([['3', 'title', 'Obligatoire, mais absent ou vide']]);
    await context.close();
  });

  it('a file whose header is not the export’s columns is refused on the form, naming the column in the reader’s language', async () => {
    const { context, page } = await signedIn(staff.email);
    await upload(page, 'pt', 'planilha.csv', csv([row('WEB-PT-1', { nickname: 'x' })], [...COLUMNS, 'nickname']));
    expect(page.url()).toBe(`${stack.webUrl}/pt/imports`);
    expect(await page.locator('.error-summary').innerText()).toContain('A coluna “nickname” não é uma das colunas da exportação CSV');
    expect(await page.locator('#error-file').innerText()).toContain('nickname');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('a file larger than the limit is refused on the form, before it reaches the API', async () => {
    const { context, page } = await signedIn(staff.email);
    const rows = Array.from({ length: 80 }, (_, i) => row(`WEB-BIG-${i}`));
    const big = csv(rows);
    expect(big.length).toBeGreaterThan(MAX_BYTES);
    await upload(page, 'en', 'big.csv', big);
    expect(await page.locator('.error-summary').innerText()).toContain('The file is larger than 0.016 MB');
    expect(await page.locator('#field-file').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('a form without a file says to choose one', async () => {
    const { context, page } = await signedIn(staff.email, { javaScriptEnabled: false });
    await page.goto(`${stack.webUrl}/es/imports`);
    await page.click('form[enctype="multipart/form-data"] button[type=submit]');
    expect(await page.locator('.error-summary').innerText()).toContain('Elija un archivo que importar');
    expect(await page.locator('.error-summary a').getAttribute('href')).toBe('#field-file');
    await context.close();
  });

  it("an officer imports only their own country's listings: the other country's line is refused", async () => {
    const { context, page } = await signedIn(officer.email);
    await page.goto(`${stack.webUrl}/en/imports`);
    expect(await page.locator('main').innerText()).toContain('You can import listings of Brazil only.');
    await upload(page, 'en', 'brasil.csv', csv([row('WEB-BR-1', { country: 'BR' }), row('WEB-AR-1', { country: 'AR' })]));
    await page.waitForURL(importPage);
    await page.locator('#import-status', { hasText: 'Finished' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('#import-counts').innerText()).toContain('1 listing created');
    expect(await errorRows(page)).toEqual([['3', 'country', 'You may only import listings of your own country']]);
    await context.close();
  });

  it('a visitor is sent to sign in, with the imports as the page to come back to', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/en/imports`);
    expect(new URL(page.url()).pathname).toBe('/en/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/en/imports');
    const post = await context.request.post(`${stack.webUrl}/en/imports`, {
      multipart: { file: { name: 'x.csv', mimeType: 'text/csv', buffer: csv([row('X')]) } },
      maxRedirects: 0,
    });
    expect(post.status()).toBe(303);
    expect(post.headers().location).toBe('/en/sign-in?next=%2Fen%2Fimports');
    await context.close();
  });
});
