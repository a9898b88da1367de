import { offerBody } from '@enlace/api/testing';
import { longDate } from '@enlace/i18n';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { launchBrowser, newContext, scrollsSideways, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * The secretariat's outreach, through the browser: staff write a CARICOM participation
 * campaign in English, preview it as Jamaica reads it in English and as Haiti reads it
 * in French, check who it will write to and send it; Haiti publishes an offer and turns
 * "met" on the progress page (in Spanish), whose table downloads as CSV; Haiti's focal
 * point follows the link of the email she received to her country's page, after signing
 * in; and the form, without JavaScript, says in Portuguese what is wrong next to each
 * field, previews, and the campaign is scheduled, paused, resumed and cancelled.
 */
let stack: WebStack;
let browser: Browser;
let staff: Awaited<ReturnType<WebStack['person']>>;
let haiti: Awaited<ReturnType<WebStack['person']>>;
let jamaica: Awaited<ReturnType<WebStack['person']>>;
let campaignId: string;

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const DEADLINE = day(60);
const NAME = 'CARICOM on Enlace';

const MESSAGES = {
  en: {
    subject: '{{country}}: share an offer or a demand on Enlace by {{deadline}}',
    body: 'Dear {{name}},\n\n{{country}} has {{offers}} offers and {{demands}} demands published today.\n\nPlease publish at least {{goal}} by {{deadline}}: {{link}}',
  },
  fr: {
    subject: '{{country}} : partagez une offre ou une demande sur Enlace avant le {{deadline}}',
    body: 'Madame, Monsieur {{name}},\n\n{{country}} compte aujourd’hui {{offers}} offres et {{demands}} demandes publiées.\n\nPubliez-en au moins {{goal}} avant le {{deadline}} : {{link}}',
  },
};

async function signedIn(email: string, opts: { javaScriptEnabled?: boolean; phone?: boolean } = {}) {
  const context = await newContext(browser, opts);
  await stack.signInContext(context, email);
  return { context, page: await context.newPage() };
}

const flashText = (page: Page) => page.locator('.flash').innerText();
const api = (url: string, headers: Record<string, string>) => stack.api.app.inject({ url, headers });
const progress = async () => (await api(`/v1/campaigns/${campaignId}/progress`, staff.headers)).json();
const countryRow = (page: Page, country: string) => page.locator(`.progress-table tbody tr:has(a[href$="/countries/${country}"])`);
const campaignMail = (to: string) => stack.sink!.messages.find((m) => m.to.includes(to) && m.parsed.text?.includes(`/campaigns/${campaignId}/countries/`));

beforeAll(async () => {
  stack = await startWebStack('web-campaigns', { mail: true });
  browser = await launchBrowser();
  staff = await stack.person('staff', { language: 'en', name: 'Ana Secretariat' });
  haiti = await stack.person('focal_point', { country: 'HT', language: 'fr', name: 'Marie Joseph' });
  jamaica = await stack.person('focal_point', { country: 'JM', language: 'en', name: 'Andre Campbell' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('a CARICOM participation campaign', () => {
  it('staff write it, preview it in English and then in French in place, and save the draft', async () => {
    const { context, page } = await signedIn(staff.email);
    await page.goto(`${stack.webUrl}/en/campaigns`);
    expect(await page.locator('h1').innerText()).toBe('Outreach campaigns');
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('a:has-text("Write a new campaign")');
    await page.waitForURL(/\/en\/campaigns\/new$/);
    expect(await seriousViolations(page)).toEqual([]);
    // Sent empty, the form says what is missing, and stays accessible.
    await page.click('button[value=save]');
    expect(await page.locator('.error-summary a[href="#field-name"]').innerText()).toBe('Give the campaign a name of at least 3 characters');
    expect(await page.locator('#error-name').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.fill('#field-name', NAME);
    await page.locator('details.picker:has(input[name=groups]) > summary').click();
    await page.check('input[name=groups][value=caricom]');
    await page.fill('#field-deadline', DEADLINE);
    await page.fill('#field-reminderEveryDays', '7');
    await page.selectOption('#field-defaultLanguage', 'en');
    for (const [lang, m] of Object.entries(MESSAGES)) {
      await page.fill(`#field-subject_${lang}`, m.subject);
      await page.fill(`#field-body_${lang}`, m.body);
    }
    // The placeholders are listed beside the messages.
    expect(await page.locator('#placeholders code').allInnerTexts()).toEqual(expect.arrayContaining(['{{country}}', '{{deadline}}', '{{link}}']));

    await page.selectOption('#field-previewCountry', 'JM');
    await page.selectOption('#field-previewLang', 'en');
    await page.click('button:has-text("Save the draft and preview")');
    await page.waitForURL(/\/en\/campaigns\/[0-9a-f-]{36}\/edit\?previewCountry=JM&previewLang=en#preview$/);
    campaignId = /campaigns\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    expect(await page.locator('#preview h2').innerText()).toBe('As Jamaica reads it in English');
    expect(await page.locator('#preview .preview').innerText()).toContain(`Jamaica: share an offer or a demand on Enlace by ${longDate('en', DEADLINE)}`);
    expect(await page.locator('#preview .message-body').innerText()).toContain('Jamaica has 0 offers and 0 demands published today.');
    // What was written is kept, and the preview's choice now offers the audience's countries only.
    expect(await page.locator('#field-name').inputValue()).toBe(NAME);
    expect(await page.locator('#field-previewCountry option').allInnerTexts()).not.toContain('Brazil');

    // With htmx, the next preview is swapped in place: the page is not reloaded.
    await page.evaluate(() => ((globalThis as unknown as { stayed: boolean }).stayed = true));
    await page.selectOption('#field-previewCountry', 'HT');
    await page.selectOption('#field-previewLang', 'fr');
    await page.click('button:has-text("Save the draft and preview")');
    await page.waitForFunction(() => document.querySelector('#preview h2')?.textContent === 'As Haiti reads it in French');
    expect(await page.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed)).toBe(true);
    const preview = await page.locator('#preview .preview').innerText();
    expect(preview).toContain(`Haïti : partagez une offre ou une demande sur Enlace avant le ${longDate('fr', DEADLINE)}`);
    expect(await page.locator('#preview .preview').getAttribute('lang')).toBe('fr');
    expect(await page.locator('#preview code').innerText()).toBe(`${stack.webUrl}/fr/campaigns/${campaignId}/countries/HT`);
    expect(await seriousViolations(page)).toEqual([]);

    await page.click('button[value=save]');
    await page.waitForURL(new RegExp(`/en/campaigns/${campaignId}$`));
    expect(await flashText(page)).toBe('The draft is saved.');
    await context.close();
  });

  it('staff see who it will write to, country by country, then send it now', async () => {
    const { context, page } = await signedIn(staff.email);
    await page.goto(`${stack.webUrl}/en/campaigns/${campaignId}`);
    expect(await page.locator('h1').innerText()).toBe(NAME);
    expect(await page.locator('main p', { hasText: /people in \d+ countries/ }).innerText()).toMatch(/^2 people in \d+ countries\.$/);
    const rows = page.locator('table:has(caption:has-text("would receive")) tbody tr');
    expect(await rows.filter({ hasText: haiti.email }).locator('th').innerText()).toBe('Haiti');
    expect(await rows.filter({ hasText: jamaica.email }).innerText()).toContain('National focal point');
    // A member state with nobody to write to says so in words.
    expect(await rows.filter({ has: page.locator('th', { hasText: /^Barbados$/ }) }).innerText()).toContain('Nobody to write to');
    // Only what a draft allows: no pause or resume yet.
    expect(await page.locator('button:has-text("Pause"), button:has-text("Resume")').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.click('button:has-text("Send now to 2 people")');
    await page.waitForURL(new RegExp(`/en/campaigns/${campaignId}$`));
    expect(await flashText(page)).toBe('The campaign is sending: its first messages are on their way.');
    expect(await page.locator('main .meta .badge').first().innerText()).toBe('Active');
    expect(await page.locator('button:has-text("Pause")').count()).toBe(1);
    expect(await page.locator('a:has-text("Edit the draft")').count()).toBe(0);
    await eventually(async () => campaignMail(haiti.email) && campaignMail(jamaica.email), 30_000, 'both focal points are emailed');
    await context.close();
  });

  it('Jamaica’s focal point finds the campaign on the desk, linked to the country’s page, while Jamaica has not met it', async () => {
    const { context, page } = await signedIn(jamaica.email);
    await page.goto(`${stack.webUrl}/en/desk`);
    const section = page.locator('section[aria-labelledby=desk-campaigns]');
    expect(await section.locator('h2').innerText()).toBe('Campaigns your country has not met yet');
    expect(await section.locator(`a[href="/en/campaigns/${campaignId}/countries/JM"]`).innerText()).toBe(NAME);
    expect(await seriousViolations(page)).toEqual([]);
    // Staff follow every country; the section is a focal point's.
    expect((await api('/v1/me/campaigns', staff.headers)).json().items).toEqual([]);
    await context.close();
  });

  it('Haiti turns “met” on the progress page (in Spanish) once it publishes an offer', async () => {
    const { context, page } = await signedIn(staff.email);
    await page.goto(`${stack.webUrl}/es/campaigns/${campaignId}/progress`);
    expect(await page.locator('h1').innerText()).toBe(`Avance: ${NAME}`);
    expect(await page.locator('.progress-table caption').innerText()).toBe(
      `${NAME}: situación de cada país respecto de la meta (plazo: ${longDate('es', DEADLINE)})`,
    );
    expect(await countryRow(page, 'HT').locator('.badge').innerText()).toBe('No cumplida');
    expect(await seriousViolations(page)).toEqual([]);

    // The campaign counts what Haiti publishes after its first message reached it.
    await eventually(async () => (await progress()).table.find((r: { country: string }) => r.country === 'HT')?.firstMessageAt, 20_000, 'Haiti is written to');
    const created = await stack.api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: haiti.headers,
      payload: offerBody('HT', { language: 'fr', title: 'Gestion communautaire des risques de catastrophe' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const published = await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${created.json().id}/publish`, headers: haiti.headers });
    expect(published.statusCode, published.body).toBe(200);

    await eventually(
      async () => {
        await page.reload();
        return (await countryRow(page, 'HT').locator('.badge').innerText()) === 'Cumplida';
      },
      20_000,
      'Haiti shows as met',
    );
    expect(await countryRow(page, 'JM').locator('.badge').innerText()).toBe('No cumplida');
    // Haiti: 1 offer published, 1 person written to, 1 email sent.
    expect(await countryRow(page, 'HT').locator('td.number').allInnerTexts()).toEqual(['1', '0', '1', '0', '1', '0', '0']);
    expect(await page.locator('main ul a:has-text("Gestion communautaire des risques de catastrophe")').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${stack.webUrl}/es/campaigns`);
    expect(await page.locator(`tr:has(a[href="/es/campaigns/${campaignId}"])`).innerText()).toMatch(/1 de \d+ países cumplen · 2 mensajes enviados/);
    await context.close();
  });

  it('the progress table downloads as CSV, one row per targeted country', async () => {
    const { context, page } = await signedIn(staff.email);
    await page.goto(`${stack.webUrl}/es/campaigns/${campaignId}/progress`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Descargar la tabla (CSV)")')]);
    expect(download.suggestedFilename()).toBe(`campaign-${campaignId}-progress.csv`);
    const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
    expect(lines[0]).toMatch(/^country,name,met,metAt,firstMessageAt,lastMessageAt,recipients,offers,demands,/);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.length).toBe(await page.locator('.progress-table tbody tr').count());
    expect(rows.find((r) => r[0] === 'HT')!.slice(0, 3)).toEqual(['HT', 'Haiti', 'true']);
    expect(rows.find((r) => r[0] === 'JM')!.slice(0, 3)).toEqual(['JM', 'Jamaica', 'false']);
    expect(rows.map((r) => r[0])).not.toContain('BR');
    const res = await context.request.get(`${stack.webUrl}/es/campaigns/${campaignId}/progress.csv`);
    expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers()['content-disposition']).toBe(`attachment; filename="campaign-${campaignId}-progress.csv"`);
    await context.close();
  });

  it('Haiti’s focal point follows the email’s link, signs in, and lands on her country’s page in French', async () => {
    const mail = campaignMail(haiti.email)!;
    const link = mail.parsed.text!.match(/https?:\/\/\S+\/campaigns\/[0-9a-f-]{36}\/countries\/HT/)![0];
    expect(link).toBe(`${stack.webUrl}/fr/campaigns/${campaignId}/countries/HT`);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(link);
    await page.waitForURL(/\/fr\/sign-in\?next=/);
    await page.fill('#field-email', haiti.email);
    await page.fill('#field-password', haiti.password);
    await page.click('main form button[type=submit]');
    await page.waitForURL(link);
    expect(await page.locator('h1').innerText()).toBe(NAME);
    expect(await page.locator('main .lead').innerText()).toBe(
      `Il est demandé à Haïti de publier sur Enlace au moins 1 offre ou demande avant le ${longDate('fr', DEADLINE)}.`,
    );
    expect(await page.locator('main').innerText()).toContain('Haïti a fait ce que demande cette campagne. Merci.');
    expect(await page.locator('a:has-text("Publier une offre")').getAttribute('href')).toBe('/fr/listings/new?kind=offer');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    // Jamaica's focal point has no business on Haiti's page.
    const jm = await signedIn(jamaica.email);
    const refused = await jm.page.goto(`${stack.webUrl}/en/campaigns/${campaignId}/countries/HT`);
    expect(refused!.status()).toBe(403);
    const own = await jm.page.goto(`${stack.webUrl}/en/campaigns/${campaignId}/countries/JM`);
    expect(own!.status()).toBe(200);
    expect(await jm.page.locator('main').innerText()).toContain('Jamaica has not yet done what this campaign asks.');
    // And no staff pages either.
    expect((await jm.page.goto(`${stack.webUrl}/en/campaigns`))!.status()).toBe(403);
    await jm.context.close();
  });
});

describe('the form and the actions without JavaScript', () => {
  it('say in Portuguese what is wrong next to each field, keep what was typed, preview, then schedule, pause, resume and cancel', async () => {
    const { context, page } = await signedIn(staff.email, { javaScriptEnabled: false });
    await page.goto(`${stack.webUrl}/pt/campaigns/new`);
    await page.fill('#field-name', 'Re');
    await page.fill('#field-deadline', DEADLINE);
    await page.selectOption('#field-defaultLanguage', 'pt');
    await page.fill('#field-subject_pt', 'Olá {{pais}}');
    await page.fill('#field-body_pt', 'Publicar pelo menos {{goal}} anúncio até {{deadline}}: {{link}}');
    await page.click('button[value=save]');
    expect(await page.locator('.error-summary').count()).toBe(1);
    expect(await page.locator('.error-summary a[href="#field-name"]').innerText()).toBe('Dar à campanha um nome de pelo menos 3 caracteres');
    expect(await page.locator('#error-subject_pt').innerText()).toBe('Marcador desconhecido {{pais}}: usar um dos indicados');
    expect(await page.locator('#field-subject_pt').inputValue()).toBe('Olá {{pais}}');
    expect(await page.locator('#field-deadline').inputValue()).toBe(DEADLINE);

    // Then what needs the rest to be right: an audience.
    await page.fill('#field-name', 'Renovação no Caribe');
    await page.fill('#field-subject_pt', '{{country}}: anúncios a confirmar');
    await page.click('button[value=save]');
    expect(await page.locator('.error-summary a[href="#field-countries"]').innerText()).toBe('Escolher pelo menos um agrupamento ou um país');

    // The picker the error names is open already.
    expect(await page.locator('details.picker:has(input[name=countries])').getAttribute('open')).not.toBeNull();
    await page.check('input[name=countries][value=JM]');
    await page.selectOption('#field-previewCountry', 'JM');
    await page.selectOption('#field-previewLang', 'en');
    await page.click('button[value=preview]');
    await page.waitForURL(/\/pt\/campaigns\/[0-9a-f-]{36}\/edit\?previewCountry=JM&previewLang=en#preview$/);
    const id = /campaigns\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    // No message in English: Jamaica's English readers get the Portuguese one.
    expect(await page.locator('#preview .notice').innerText()).toBe('Não há mensagem em inglês: estes leitores recebem a mensagem em português.');
    expect(await page.locator('#preview .preview').innerText()).toContain('Jamaica: anúncios a confirmar');

    await page.goto(`${stack.webUrl}/pt/campaigns/${id}`);
    await page.fill('#field-sendAt', `${day(20)}T09:30`);
    await page.click('button:has-text("Agendar")');
    await page.waitForURL(new RegExp(`/pt/campaigns/${id}$`));
    expect(await flashText(page)).toBe('A campanha está agendada.');
    expect(await page.locator('button:has-text("Retomar")').count()).toBe(0);
    await page.click('button:has-text("Pausar")');
    expect(await flashText(page)).toBe('A campanha está em pausa: nenhuma mensagem sai até ser retomada.');
    expect(await page.locator('button:has-text("Pausar")').count()).toBe(0);
    await page.click('button:has-text("Retomar")');
    expect(await flashText(page)).toBe('A campanha foi retomada.');
    await page.click('button:has-text("Cancelar a campanha")');
    expect(await flashText(page)).toBe('A campanha está cancelada.');
    expect(await page.locator('main form button').count()).toBe(0);
    // A cancelled campaign's form is not offered: its address leads back to the campaign.
    await page.goto(`${stack.webUrl}/pt/campaigns/${id}/edit`);
    await page.waitForURL(new RegExp(`/pt/campaigns/${id}$`));
    expect(await flashText(page)).toBe('Só um rascunho pode ser alterado, e esta campanha já não o é.');
    await context.close();
  });

  it('the campaign pages fit a 360-pixel phone', async () => {
    const { context, page } = await signedIn(staff.email, { phone: true });
    for (const path of ['/en/campaigns', '/en/campaigns/new', `/en/campaigns/${campaignId}`, `/en/campaigns/${campaignId}/progress`]) {
      await page.goto(`${stack.webUrl}${path}`);
      expect(await scrollsSideways(page), path).toBe(false);
    }
    await context.close();
  });
});
