import { deliveries, notifications } from '@enlace/db';
import { offerBody } from '@enlace/api/testing';
import { enqueueDeliveries } from '@enlace/queue';
import { eq, sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { launchBrowser, newContext, scrollsSideways, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * The secretariat's console through the browser: staff create a Haitian focal point's
 * account (in Spanish), see that she has never signed in, and see it change once she
 * has; then deactivate her account without JavaScript (in English), and her open session
 * stops at her next page. A delivery that gave up is sent again (in Portuguese); a
 * listing's and a match's audit trails show their steps (in French); everyone's imports
 * lead to their reports.
 */
let stack: WebStack;
let browser: Browser;
let staff: Awaited<ReturnType<WebStack['person']>>;
/** The focal point's own browser, signed in, kept between the steps of her journey. */
let focalContext: BrowserContext;
const focalEmail = `marie.joseph.${Date.now()}@mpce.example.ht`;
const focalPassword = 'Port-au-Prince 2026 mot de passe';

async function signedIn(email: string, opts: { javaScriptEnabled?: boolean; phone?: boolean } = {}) {
  const context = await newContext(browser, opts);
  await stack.signInContext(context, email);
  return { context, page: await context.newPage() };
}

const flashText = (page: Page) => page.locator('.flash').innerText();
const row = (page: Page, email: string) => page.locator(`#people tr[data-email="${email}"]`);
const api = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) =>
  stack.api.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

beforeAll(async () => {
  stack = await startWebStack('web-console', { mail: true });
  browser = await launchBrowser();
  staff = await stack.person('staff', { language: 'es' });
}, 120_000);
afterAll(async () => {
  await focalContext?.close();
  await browser?.close();
  await stack?.close();
});

describe('people', () => {
  it('staff create a focal point’s account in Spanish; she is listed as never signed in', async () => {
    const { context, page } = await signedIn(staff.email);
    await page.goto(`${stack.webUrl}/es/`);
    await page.click('.main-nav a[href="/es/console"]');
    await page.waitForURL(/\/es\/console$/);
    expect(await page.locator('h1').innerText()).toBe('Consola de la secretaría');
    expect(await seriousViolations(page)).toEqual([]);

    await page.click('#console-people a');
    await page.waitForURL(/\/es\/console\/people\?filter=never$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('a:has-text("Crear una cuenta")');
    await page.waitForURL(/\/es\/console\/people\/new$/);
    expect(await seriousViolations(page)).toEqual([]);

    // Forgotten: the country a focal point acts for, and a password; each said at its field in Spanish, and what was typed stays.
    await page.fill('#field-name', 'Marie Joseph');
    await page.fill('#field-email', focalEmail);
    await page.selectOption('#field-role', 'focal_point');
    await page.click('button:has-text("Crear la cuenta")');
    expect(await page.locator('.error-summary').count()).toBe(1);
    expect(await page.locator('#error-password').innerText()).toBe('Escriba una contraseña con la que la persona pueda iniciar sesión');
    expect(await page.locator('#error-country').innerText()).toBe('Elija el país por el que actúa el funcionario de agencia o el punto focal');
    expect(await page.locator('.error-summary a[href="#field-country"]').count()).toBe(1);
    expect(await page.locator('#field-name').inputValue()).toBe('Marie Joseph');
    expect(await seriousViolations(page)).toEqual([]);

    await page.selectOption('#field-country', 'HT');
    await page.selectOption('#field-language', 'fr');
    await page.fill('#field-password', focalPassword);
    await page.click('button:has-text("Crear la cuenta")');
    await page.waitForURL(/\/es\/console\/people\?filter=never$/);
    expect(await flashText(page)).toBe('La cuenta está creada. Entregue la contraseña a la persona por un medio seguro.');
    const created = row(page, focalEmail);
    expect(await created.locator('th').innerText()).toBe('Marie Joseph');
    expect(await created.innerText()).toContain('Punto focal nacional');
    expect(await created.innerText()).toContain('Haití');
    expect(await created.locator('.last-sign-in').innerText()).toBe('Nunca inició sesión');

    // A second account with the same address is refused at the email field.
    await page.goto(`${stack.webUrl}/es/console/people/new`);
    await page.fill('#field-name', 'Marie Joseph');
    await page.fill('#field-email', focalEmail.toUpperCase());
    await page.selectOption('#field-country', 'HT');
    await page.fill('#field-password', focalPassword);
    await page.click('button:has-text("Crear la cuenta")');
    expect(await page.locator('#error-email').innerText()).toBe('Ya existe una cuenta con este correo electrónico');
    await context.close();
  });

  it('once she signs in, in French, she is no longer among those who never did', async () => {
    focalContext = await newContext(browser);
    const page = await focalContext.newPage();
    await page.goto(`${stack.webUrl}/fr/sign-in`);
    await page.fill('#field-email', focalEmail);
    await page.fill('#field-password', focalPassword);
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/fr\/desk$/);

    const { context, page: console } = await signedIn(staff.email);
    await console.goto(`${stack.webUrl}/es/console/people?filter=never`);
    expect(await row(console, focalEmail).count()).toBe(0);
    await console.goto(`${stack.webUrl}/es/console/people`);
    const signedInAt = row(console, focalEmail).locator('.last-sign-in time');
    expect(await signedInAt.count()).toBe(1);
    expect(await signedInAt.innerText()).toMatch(/UTC$/);
    expect(await seriousViolations(console)).toEqual([]);
    await context.close();
  });

  it('staff deactivate her account without JavaScript, in English: her open session stops at her next page', async () => {
    const { context, page } = await signedIn(staff.email, { javaScriptEnabled: false });
    await page.goto(`${stack.webUrl}/en/console/people`);
    // Staff do not deactivate themselves, nor the secretariat: no button on those rows.
    expect(await row(page, staff.email).locator('button').count()).toBe(0);
    expect(await row(page, staff.email).innerText()).toContain('Your own account');
    await row(page, focalEmail).locator('button:has-text("Deactivate")').click();
    await page.waitForURL(/\/en\/console\/people$/);
    expect(await flashText(page)).toBe('The account is deactivated: the person is signed out everywhere and cannot sign in.');
    expect(await row(page, focalEmail).locator('.state').innerText()).toMatch(/^Deactivated on /);

    const hers = await focalContext.newPage();
    await hers.goto(`${stack.webUrl}/fr/desk`);
    await hers.waitForURL(/\/fr\/sign-in\?next=/);
    await hers.fill('#field-email', focalEmail);
    await hers.fill('#field-password', focalPassword);
    await hers.click('main button[type=submit]');
    expect(await hers.locator('.error-summary').count()).toBe(1);
    expect(hers.url()).toMatch(/\/fr\/sign-in/);

    // Listed as deactivated, and reactivated from there: she may sign in again.
    await page.goto(`${stack.webUrl}/en/console/people?filter=deactivated`);
    await row(page, focalEmail).locator('button:has-text("Reactivate")').click();
    await page.waitForURL(/\/en\/console\/people\?filter=deactivated$/);
    expect(await flashText(page)).toBe('The account is reactivated: the person may sign in again.');
    expect(await row(page, focalEmail).count()).toBe(0);
    await hers.fill('#field-password', focalPassword);
    await hers.click('main button[type=submit]');
    await hers.waitForURL(/\/fr\/desk$/);
    await context.close();
  });

  it('is for the secretariat only: an officer is refused, a visitor sent to sign in', async () => {
    const officer = await stack.person('agency_officer', { country: 'BR' });
    const { context, page } = await signedIn(officer.email);
    const res = await page.goto(`${stack.webUrl}/es/console/people`);
    expect(res?.status()).toBe(403);
    expect(await page.locator('.main-nav a[href="/es/console"]').count()).toBe(0);
    await context.close();
    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${stack.webUrl}/es/console`);
    await visitor.waitForURL(/\/es\/sign-in\?next=%2Fes%2Fconsole$/);
    await visitor.context().close();
  });
});

describe('dead deliveries', () => {
  it('a delivery that gave up is listed and sent again, in Portuguese', async () => {
    const recipient = await stack.person('focal_point', { country: 'JM', language: 'en' });
    const [n] = await stack.api.db
      .insert(notifications)
      .values({
        eventKey: `test:console:${Date.now()}`,
        recipientUserId: recipient.id,
        kind: 'campaign',
        payload: { campaignId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d', subject: 'Join the CARICOM round', body: 'Publish an offer this month.' },
        language: 'en',
      })
      .returning();
    // Claimed a moment ago by a worker that never reports back: every attempt finds it busy, and it gives up.
    const [d] = await stack.api.db
      .insert(deliveries)
      .values({ notificationId: n!.id, channel: 'email', status: 'sending', claimedAt: sql`now()` })
      .returning();
    await enqueueDeliveries(stack.api.producer, [{ id: d!.id, generation: 0 }], { attempts: 2, backoffMs: 20 });
    const statusOf = async () => (await stack.api.db.select({ status: deliveries.status }).from(deliveries).where(eq(deliveries.id, d!.id)))[0]!.status;
    await eventually(async () => (await statusOf()) === 'dead', 20_000, 'the delivery gives up');

    const { context, page } = await signedIn(staff.email);
    await page.goto(`${stack.webUrl}/pt/console`);
    expect(await page.locator('#console-deliveries p').innerText()).toBe('1 envio desistiu.');
    await page.click('#console-deliveries a');
    await page.waitForURL(/\/pt\/console\/deliveries$/);
    expect(await seriousViolations(page)).toEqual([]);
    // What waits to be sent (gathering in a burst, held for a digest) is shown above, per person.
    expect(await page.locator('#waiting-title').innerText()).toBe('À espera de envio');
    const line = page.locator(`#dead-deliveries tr[data-delivery="${d!.id}"]`);
    expect(await line.innerText()).toContain(recipient.email);
    expect(await line.innerText()).toContain('Mensagem de campanha');
    expect(await line.innerText()).toContain('Abandonada');
    // The same list open in a second tab, which will be out of date.
    const old = await context.newPage();
    await old.goto(`${stack.webUrl}/pt/console/deliveries`);

    await line.locator('button:has-text("Enviar de novo")').click();
    await page.waitForURL(/\/pt\/console\/deliveries$/);
    expect(await flashText(page)).toBe('O envio está na fila para ser enviado de novo.');
    expect(await line.count()).toBe(0);
    await eventually(async () => (await statusOf()) === 'sent', 20_000, 'the delivery is sent again');
    expect(stack.sink!.messages.some((m) => m.to.includes(recipient.email))).toBe(true);

    // Sent already: the old tab's button says so on the list rather than failing.
    await old.locator(`#dead-deliveries tr[data-delivery="${d!.id}"] button`).click();
    await old.waitForURL(/\/pt\/console\/deliveries$/);
    expect(await flashText(old)).toBe('Esse envio já não espera ser enviado de novo.');
    await context.close();
  });
});

describe('audit trail', () => {
  it('a listing’s steps, in French: who did what, when, and the reason it was sent back', async () => {
    const officer = await stack.person('agency_officer', { country: 'BR', name: 'Ana Souza' });
    const focal = await stack.person('focal_point', { country: 'BR', name: 'Paulo Lima' });
    const created = await api('POST', '/v1/listings', officer.headers, offerBody('BR', { title: 'Bancos de leite humano' }));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await api('POST', `/v1/listings/${id}/submit`, officer.headers)).statusCode).toBe(200);
    const back = await api('POST', `/v1/listings/${id}/send-back`, focal.headers, { reason: 'Falta o público-alvo.' });
    expect(back.statusCode, back.body).toBe(200);
    expect((await api('POST', `/v1/listings/${id}/submit`, officer.headers)).statusCode).toBe(200);
    expect((await api('POST', `/v1/listings/${id}/publish`, focal.headers)).statusCode).toBe(200);

    const { context, page } = await signedIn(staff.email);
    await page.goto(`${stack.webUrl}/fr/console/audit`);
    expect(await page.locator('h1').innerText()).toBe('Piste d’audit');
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('#field-id', 'pas un identifiant');
    await page.click('button:has-text("Afficher les étapes")');
    expect(await page.locator('#error-id').innerText()).toBe('Saisissez l’identifiant ou l’adresse d’une fiche ou d’une correspondance');

    // The address of the listing's page is enough.
    await page.fill('#field-id', `${stack.webUrl}/pt/listings/${id}`);
    await page.click('button:has-text("Afficher les étapes")');
    await page.waitForURL(/\/fr\/console\/audit\?kind=listing&id=/);
    expect(await page.locator('#audit-subject').innerText()).toBe('Bancos de leite humano');
    const rows = await page
      .locator('#audit-trail tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => (td as HTMLElement).innerText.trim())));
    expect(rows).toEqual([
      ['Ana Souza', 'Créée avec l’état Brouillon', ''],
      ['Ana Souza', 'État passé de Brouillon à En attente d’examen', ''],
      ['Paulo Lima', 'État passé de En attente d’examen à Brouillon', 'Falta o público-alvo.'],
      ['Ana Souza', 'État passé de Brouillon à En attente d’examen', ''],
      ['Paulo Lima', 'État passé de En attente d’examen à Publiée', ''],
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${stack.webUrl}/fr/console/audit?kind=listing&id=00000000-0000-4000-8000-000000000000`);
    expect(await page.locator('#error-id').innerText()).toBe('Aucune fiche n’a cet identifiant');
    await context.close();
  });

  it('a match’s steps, in English: the secretariat’s proposal with its note', async () => {
    const publish = async (country: string, body: Record<string, unknown>) => {
      const res = await api('POST', '/v1/listings', staff.headers, offerBody(country, body));
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().id as string;
      expect((await api('POST', `/v1/listings/${id}/publish`, staff.headers)).statusCode).toBe(200);
      return id;
    };
    const offerId = await publish('BR', { title: 'Human milk banks' });
    const demandId = await publish('HT', {
      kind: 'demand',
      title: 'Banques de lait maternel',
      language: 'fr',
      description: 'Nous voulons créer des banques de lait.',
    });
    const proposed = await api('POST', '/v1/matches', staff.headers, { offerId, demandId, note: 'Both ministries asked us.' });
    // 200 when the worker's matcher suggested the pair first: staff's proposal takes it over.
    expect([200, 201], proposed.body).toContain(proposed.statusCode);
    const matchId = proposed.json().id as string;

    const { context, page } = await signedIn(staff.email, { javaScriptEnabled: false });
    await page.goto(`${stack.webUrl}/en/console/audit`);
    await page.check('input[name=kind][value=match]');
    await page.fill('#field-id', matchId);
    await page.click('button:has-text("Show the trail")');
    await page.waitForURL(/\/en\/console\/audit\?kind=match&id=/);
    expect(await page.locator('#audit-trail caption').innerText()).toBe(
      'Steps of the match between “Human milk banks” and “Banques de lait maternel”, oldest first',
    );
    const cells = await page.locator('#audit-trail tbody tr').first().locator('td').allInnerTexts();
    expect(cells.slice(1)).toEqual([expect.stringMatching(/^staff /), 'Proposed the pair. Stage: Suggested', 'Both ministries asked us.']);
    await context.close();
  });
});

describe('imports', () => {
  it('staff see everyone’s imports, in Spanish, each leading to its report', async () => {
    const officer = await stack.person('agency_officer', { country: 'BR', name: 'Rita Alves' });
    const line = JSON.stringify({ ...offerBody('BR'), externalId: 'CONSOLE-1', status: 'draft' });
    const started = await stack.api.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...officer.headers, 'content-type': 'application/x-ndjson' },
      payload: `${line}\n`,
    });
    expect(started.statusCode, started.body).toBe(202);
    const id = started.json().id as string;
    await eventually(async () => (await api('GET', `/v1/imports/${id}`, officer.headers)).json().status === 'completed', 30_000, 'the import ends');

    const { context, page } = await signedIn(staff.email);
    await page.goto(`${stack.webUrl}/es/console/imports`);
    expect(await seriousViolations(page)).toEqual([]);
    const first = page.locator('#imports tbody tr').first();
    expect(await first.innerText()).toContain('Rita Alves');
    expect(await first.locator('.badge').innerText()).toBe('Terminada');
    await first.locator(`a[href="/es/imports/${id}"]`).click();
    await page.waitForURL(new RegExp(`/es/imports/${id}$`));
    expect(await page.locator('#import-counts').innerText()).toContain('1');

    await page.goto(`${stack.webUrl}/es/console/imports?filter=running`);
    expect(await page.locator(`#imports a[href="/es/imports/${id}"]`).count()).toBe(0);
    await context.close();
  });

  it('every console page fits a 360-pixel phone', async () => {
    const { context, page } = await signedIn(staff.email, { phone: true });
    for (const path of ['/es/console', '/es/console/people', '/es/console/imports', '/es/console/deliveries', '/es/console/audit']) {
      await page.goto(`${stack.webUrl}${path}`);
      expect(await scrollsSideways(page), path).toBe(false);
    }
    await context.close();
  });
});
