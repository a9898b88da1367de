import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody } from '@enlace/api/testing';
import { eventually } from '../support.js';
import { launchBrowser, newContext, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * A match taken from suggestion to a completed cooperation in the browser: the Haitian
 * focal point hears of it, reads the Brazilian offer in French and shows interest; the
 * Brazilian focal point answers in Portuguese and records the terms; Haiti confirms
 * them; staff start and close it with its lessons, in Spanish. Emails lead to the pages.
 */
let stack: WebStack;
let browser: Browser;
type Person = Awaited<ReturnType<WebStack['person']>>;
let focalHT: Person;
let focalBR: Person;
let staff: Person;
let offerBR: string;
let demandHT: string;
let matchId: string;

async function publish(country: string, body: Record<string, unknown>): Promise<string> {
  const officer = await stack.person('agency_officer', { country });
  const created = await stack.api.app.inject({ method: 'POST', url: '/v1/listings', headers: officer.headers, payload: body });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const published = await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: staff.headers });
  expect(published.statusCode, published.body).toBe(200);
  return id;
}

async function signedIn(person: Person, opts: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, opts);
  await stack.signInContext(context, person.email);
  return { context, page: await context.newPage() };
}

const stageOf = async () => (await stack.api.app.inject({ url: `/v1/matches/${matchId}`, headers: staff.headers })).json().stage as string;

beforeAll(async () => {
  stack = await startWebStack('web-matches', { mail: true });
  browser = await launchBrowser();
  staff = await stack.person('staff', { language: 'es' });
  focalHT = await stack.person('focal_point', { country: 'HT', language: 'fr', name: 'Marie-Claude Joseph' });
  focalBR = await stack.person('focal_point', { country: 'BR', language: 'pt', name: 'João Pereira' });
  offerBR = await publish('BR', offerBody('BR', { sdgGoals: [3], workingLanguages: ['pt', 'es', 'fr'], keywords: ['aleitamento materno', 'neonatologia'] }));
  demandHT = await publish(
    'HT',
    offerBody('HT', {
      kind: 'demand',
      title: 'Banques de lait maternel pour les hôpitaux',
      description: 'Le ministère de la santé souhaite créer des banques de lait humain et former les équipes hospitalières au contrôle de qualité.',
      language: 'fr',
      institution: { name: 'Ministère de la Santé Publique et de la Population', acronym: 'MSPP', type: 'government' },
    }),
  );
  matchId = await eventually(
    async () => {
      const res = await stack.api.app.inject({ url: `/v1/matches?listingId=${demandHT}`, headers: staff.headers });
      return (res.json().items as { id: string; offer: { id: string } }[]).find((m) => m.offer.id === offerBR)?.id;
    },
    60_000,
    'the worker matches the Haitian demand with the Brazilian offer',
  );
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('a match from suggestion to completed cooperation', () => {
  it('the Haitian focal point finds it on the desk and in the inbox, reads the Brazilian offer in French and shows interest', async () => {
    const { context, page } = await signedIn(focalHT);
    await page.goto(`${stack.webUrl}/fr/desk`);
    expect(await page.locator('h1').innerText()).toBe('Mon bureau');
    const waiting = page.locator('section[aria-labelledby=desk-answer]');
    expect(await waiting.locator('h2').innerText()).toBe('Correspondances qui attendent la réponse de votre pays');
    expect(await waiting.locator(`a[href="/fr/matches/${matchId}"]`).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await eventually(
      async () => (await page.goto(`${stack.webUrl}/fr/inbox`), (await page.locator('main .cards > li.unread').count()) > 0),
      20_000,
      'the new match reaches the inbox',
    );
    await page.locator('main .cards > li.unread a', { hasText: 'Ouvrir' }).first().click();
    await page.waitForURL(`${stack.webUrl}/fr/matches/${matchId}`);
    expect(await page.locator('h1').innerText()).toContain('Banques de lait maternel pour les hôpitaux');
    // The Brazilian offer in Portuguese, marked as such, and its machine translation into French.
    const offer = page.locator('section[aria-labelledby=side-offer]');
    expect(await offer.locator('h3').getAttribute('lang')).toBe('pt');
    expect(await offer.locator('.translation h4').innerText()).toBe('Traduction automatique en français');
    expect(await page.locator('ol.stages li[aria-current=step]').innerText()).toContain('Suggérée');
    expect(await page.locator('section[aria-labelledby=reasons-title] li').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.fill('#field-message', 'Nous aimerions recevoir cette formation au premier semestre 2027.');
    await page.click('button:has-text("Manifester l’intérêt")');
    await page.waitForURL(`${stack.webUrl}/fr/matches/${matchId}`);
    expect(await page.locator('.flash').innerText()).toBe('Votre intérêt a été transmis à l’autre partie.');
    expect(await page.locator('ol.stages li[aria-current=step]').innerText()).toContain('Intérêt manifesté');
    expect(await page.locator('ol.timeline li').first().innerText()).toContain('Marie-Claude Joseph (Haïti) a manifesté son intérêt');
    await context.close();
  });

  it('the Brazilian focal point sees it waiting in Portuguese, answers and records the terms; Haiti confirms them', async () => {
    const { context, page } = await signedIn(focalBR);
    await page.goto(`${stack.webUrl}/pt/matches`);
    expect(await page.locator('h1').innerText()).toBe('Correspondências de Brasil');
    expect(await page.locator('#stage-interested').innerText()).toBe('Interesse manifestado (1)');
    const card = page.locator('section[aria-labelledby=stage-interested] li.card');
    expect(await card.locator('.badge.attention').innerText()).toBe('Aguarda sua resposta');
    expect(await seriousViolations(page)).toEqual([]);
    await card.locator('a', { hasText: 'Abrir' }).click();
    await page.waitForURL(`${stack.webUrl}/pt/matches/${matchId}`);
    expect(await page.locator('ol.timeline blockquote').innerText()).toBe('Nous aimerions recevoir cette formation au premier semestre 2027.');

    await page.fill('#field-message', 'Com prazer; a equipe da Fiocruz pode viajar em fevereiro.');
    await page.click('button:has-text("Manifestar interesse")');
    await page.waitForURL(`${stack.webUrl}/pt/matches/${matchId}`);
    expect(await stageOf()).toBe('mutual');

    await page.selectOption('#field-modality', { index: 1 });
    await page.fill('#field-startDate', '2027-02-01');
    await page.fill('#field-endDate', '2027-01-01');
    await page.fill('#field-responsibilities', 'A Fiocruz envia duas especialistas; o MSPP recebe e cobre a logística local.');
    await page.click('button:has-text("Registrar os termos")');
    // An end before the start is refused, next to its field, and nothing typed is lost.
    expect(await page.locator('.error-summary a[href="#field-endDate"]').innerText()).toBe('O término não pode ser anterior ao início.');
    expect(await page.inputValue('#field-responsibilities')).toContain('A Fiocruz envia');
    await page.fill('#field-endDate', '2027-03-31');
    await page.click('button:has-text("Registrar os termos")');
    await page.waitForURL(`${stack.webUrl}/pt/matches/${matchId}`);
    expect(await page.locator('.flash').innerText()).toBe('Os termos foram registrados.');
    expect(await page.locator('section[aria-labelledby=standing-title]').innerText()).toContain('Haiti não confirmou estes termos');
    await context.close();

    const haiti = await signedIn(focalHT);
    await haiti.page.goto(`${stack.webUrl}/fr/matches/${matchId}`);
    expect(await haiti.page.inputValue('#field-startDate')).toBe('2027-02-01');
    await haiti.page.click('button:has-text("Confirmer ces conditions")');
    await haiti.page.waitForURL(`${stack.webUrl}/fr/matches/${matchId}`);
    expect(await stageOf()).toBe('agreed');
    expect(await haiti.page.locator('ol.stages li[aria-current=step]').innerText()).toContain('Convenue');
    await haiti.context.close();
  });

  it('staff start it and close it with its outcome and lessons, in Spanish, without JavaScript', async () => {
    const { context, page } = await signedIn(staff, { javaScriptEnabled: false });
    await page.goto(`${stack.webUrl}/es/matches/${matchId}`);
    await page.click('button:has-text("Marcar como iniciada")');
    await page.waitForURL(`${stack.webUrl}/es/matches/${matchId}`);
    expect(await stageOf()).toBe('in_progress');

    await page.click('button:has-text("Marcar como concluida")');
    expect(await page.locator('.error-summary li').allInnerTexts()).toEqual(['Escriba al menos 10 caracteres.', 'Escriba al menos 10 caracteres.']);
    await page.fill('#field-summary', 'Se crearon dos bancos de leche humana en Puerto Príncipe y se formaron 24 profesionales.');
    await page.fill('#field-lessonsLearned', 'La formación en el lugar funcionó mejor que la remota para el control de calidad.');
    await page.click('button:has-text("Marcar como concluida")');
    await page.waitForURL(`${stack.webUrl}/es/matches/${matchId}`);
    expect(await stageOf()).toBe('completed');
    expect(await page.locator('section[aria-labelledby=standing-title]').innerText()).toContain('La formación en el lugar funcionó mejor');
    expect(await page.locator('ol.timeline > li').count()).toBe(6);
    expect(await page.locator('section[aria-labelledby=actions-title] form').count()).toBe(0);
    await context.close();
  });

  it('the email of the new match leads, after sign-in, to the match’s page', async () => {
    const mail = await eventually(
      async () => stack.sink!.messages.find((m) => m.to.includes(focalHT.email) && m.parsed.text?.includes(`/fr/matches/${matchId}`)),
      20_000,
      'the new-match email reaches the Haitian focal point',
    );
    const link = mail.parsed.text!.match(new RegExp(`https?://\\S+/fr/matches/${matchId}`))![0];
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(link);
    await page.waitForURL(/\/fr\/sign-in\?next=/);
    await page.fill('#field-email', focalHT.email);
    await page.fill('#field-password', focalHT.password);
    await page.click('main button[type=submit]');
    await page.waitForURL(`${stack.webUrl}/fr/matches/${matchId}`);
    expect(await page.locator('h1').innerText()).toContain('Banques de lait maternel');
    await context.close();
  });
});

describe('staff propose a pair; a side declines it', () => {
  it('staff paste two listings’ addresses, errors first, and the pair starts suggested; Brazil declines it with a reason', async () => {
    const otherOffer = await publish('BR', offerBody('BR', { title: 'Vigilância epidemiológica de fronteira' }));
    const otherDemand = await publish('HT', offerBody('HT', { kind: 'demand', title: 'Surveillance épidémiologique aux frontières', language: 'fr' }));
    const { context, page } = await signedIn(staff);
    await page.goto(`${stack.webUrl}/en/matches`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('a:has-text("Propose a pair")');
    expect(await page.inputValue('#field-offer')).toBe('');
    // From a listing's page, the listing is already filled in.
    await page.goto(`${stack.webUrl}/en/listings/${otherOffer}`);
    await page.click('a:has-text("Propose a match for this listing")');
    expect(await page.inputValue('#field-offer')).toBe(otherOffer);
    await page.fill('#field-offer', `${stack.webUrl}/en/listings/${otherOffer}`);
    await page.fill('#field-demand', `${stack.webUrl}/en/listings/${otherOffer}`);
    await page.click('button:has-text("Propose the pair")');
    expect(await page.locator('#error-demand').innerText()).toBe('This listing is an offer, not a demand.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('#field-demand', otherDemand);
    await page.fill('#field-note', 'Both ministries asked the Secretariat for this at the regional meeting.');
    await page.click('button:has-text("Propose the pair")');
    await page.waitForURL(/\/en\/matches\/[0-9a-f-]{36}$/);
    expect(await page.locator('.flash').innerText()).toBe('The pair is proposed; both countries are told.');
    expect(await page.locator('section[aria-labelledby=reasons-title]').innerText()).toContain('Both ministries asked the Secretariat');
    const proposed = page.url().split('/').pop()!;
    await context.close();

    const brazil = await signedIn(focalBR, { javaScriptEnabled: false });
    await brazil.page.goto(`${stack.webUrl}/pt/matches/${proposed}`);
    await brazil.page.click('button:has-text("Recusar a correspondência")');
    expect(await brazil.page.locator('#error-declineReason').innerText()).toBe('Indicar o motivo, com pelo menos 3 caracteres.');
    await brazil.page.fill('#field-declineReason', 'A equipe está comprometida até 2028.');
    await brazil.page.click('button:has-text("Recusar a correspondência")');
    await brazil.page.waitForURL(`${stack.webUrl}/pt/matches/${proposed}`);
    expect(await brazil.page.locator('.notice').innerText()).toBe('Esta correspondência está: recusada.');
    await brazil.page.goto(`${stack.webUrl}/pt/matches?stage=closed`);
    expect(await brazil.page.locator(`a[href="/pt/matches/${proposed}"]`).count()).toBe(1);
    await brazil.context.close();
  });

  it('people of a third country do not find the match, and visitors are asked to sign in', async () => {
    const focalAR = await stack.person('focal_point', { country: 'AR', language: 'es' });
    const { context, page } = await signedIn(focalAR);
    const res = await page.goto(`${stack.webUrl}/es/matches/${matchId}`);
    expect(res?.status()).toBe(404);
    await page.goto(`${stack.webUrl}/es/matches`);
    expect(await page.locator(`a[href="/es/matches/${matchId}"]`).count()).toBe(0);
    await context.close();

    const visitor = await newContext(browser);
    const anon = await visitor.newPage();
    await anon.goto(`${stack.webUrl}/en/matches`);
    expect(anon.url()).toContain('/en/sign-in?next=');
    await visitor.close();
  });
});
