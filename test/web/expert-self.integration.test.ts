import { expertBody } from '@enlace/api/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { launchBrowser, newContext, scrollsSideways, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * An expert manages their own registration in the browser, with no account: a Brazilian
 * hydrologist asks for her link in Portuguese on a phone, finds it in her email, corrects
 * her validated profile (which waits for review), and Brazil's focal point publishes the
 * change in Spanish. Another expert pauses, resumes and erases his registration without
 * JavaScript; a link that no longer works says so and offers a new one.
 */
let stack: WebStack;
let browser: Browser;
type Person = Awaited<ReturnType<WebStack['person']>>;
let staff: Person;
let focalBR: Person;

const PROFILE = 'Hidróloga com quinze anos de experiência em sistemas de alerta precoce de cheias e avisos às comunidades ribeirinhas.';

async function validatedExpert(name: string, email: string): Promise<string> {
  const res = await fetch(`${stack.apiUrl}/v1/experts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(expertBody(name, email, { profile: PROFILE })),
  });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const validated = await fetch(`${stack.apiUrl}/v1/experts/${id}/validate`, { method: 'POST', headers: staff.headers });
  expect(validated.status).toBe(200);
  return id;
}

/** The link in the latest email sent to `email`. */
async function emailedLink(email: string, after = 0): Promise<string> {
  const mail = await eventually(async () => stack.sink!.messages.filter((m) => m.to.includes(email))[after], 20_000, `link emailed to ${email}`);
  return /(http:\/\/\S+\/roster\/self\/[^\s"<>]+)/.exec(mail.parsed.text ?? '')![1]!;
}

beforeAll(async () => {
  stack = await startWebStack('web-expert-self', { mail: true });
  browser = await launchBrowser();
  staff = await stack.person('staff', { language: 'en' });
  focalBR = await stack.person('focal_point', { country: 'BR', language: 'es' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe("an expert's own registration in the browser", () => {
  it('an expert asks for her link on a phone, corrects her validated profile, and her country publishes the change', async () => {
    const id = await validatedExpert('Marina Duarte', 'marina.duarte@example.org');
    const context = await newContext(browser, { locale: 'pt-BR', phone: true });
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/pt/experts`);
    await page.click('a:has-text("Gerenciar seu cadastro de especialista")');
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('#field-email', 'marina.duarte@example.org');
    await page.click('button:has-text("Enviar o link")');
    expect(await page.locator('h1').innerText()).toBe('Verifique seu e-mail');

    const link = await emailedLink('marina.duarte@example.org');
    expect(link.startsWith(`${stack.webUrl}/pt/roster/self/${id}.`)).toBe(true);
    const response = await page.goto(link);
    expect(response!.headers()['cache-control']).toBe('no-store');
    expect(await page.locator('h1').innerText()).toBe('Seu cadastro na lista');
    expect(await page.locator('main').innerText()).toContain('marina.duarte@example.org');
    // The language links do not repeat the link's secret.
    for (const href of await page.locator('link[rel=alternate]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')))) expect(href).not.toContain(id);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await page.click('a:has-text("Corrigir meu perfil")');
    const changed = `${PROFILE} Coordena agora a modelagem de secas no semiárido.`;
    await page.fill('#field-profile', changed);
    await page.click('button:has-text("Salvar as correções")');
    expect(await page.locator('.flash').innerText()).toContain('A alteração foi enviada ao seu país para revisão');
    expect(await page.locator('.revision-changes').innerText()).toContain('semiárido');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    const publicProfile = (await (await fetch(`${stack.apiUrl}/v1/experts/${id}`)).json()) as { profile: string };
    expect(publicProfile.profile).toBe(PROFILE);
    await context.close();

    const reviewer = await newContext(browser, { locale: 'es-ES' });
    await stack.signInContext(reviewer, focalBR.email);
    const review = await reviewer.newPage();
    await review.goto(`${stack.webUrl}/es/experts/review`);
    await review.click('a:has-text("Revisar el cambio de Marina Duarte")');
    expect(await review.locator('#revision-title').innerText()).toBe('Cambio pendiente de revisión');
    expect(await review.locator('.revision-changes').innerText()).toContain('semiárido');
    expect(await seriousViolations(review)).toEqual([]);
    await review.click('button:has-text("Devolverlo")');
    expect(await review.locator('.error-summary').innerText()).toContain('Indique por qué devuelve el cambio');
    await review.click('button:has-text("Publicar el cambio")');
    expect(await review.locator('.flash').innerText()).toBe('El cambio fue publicado.');
    expect(await review.locator('.prose').first().innerText()).toBe(changed);
    expect(await review.locator('#revision-title').count()).toBe(0);
    await reviewer.close();
  });

  it('an expert pauses, resumes and erases his registration without JavaScript, and a dead link offers a new one', async () => {
    const id = await validatedExpert('Tiago Lemos', 'tiago.lemos@example.org');
    const context = await newContext(browser, { locale: 'pt-BR', javaScriptEnabled: false });
    const page = await context.newPage();
    const dead = await page.goto(`${stack.webUrl}/pt/roster/self/${id}.zzzzzz-${'a'.repeat(43)}`);
    expect(dead!.status()).toBe(401);
    expect(await page.locator('h1').innerText()).toBe('Este link não funciona mais');
    await page.fill('#field-email', 'tiago.lemos@example.org');
    await page.click('button:has-text("Enviar o link")');

    await page.goto(await emailedLink('tiago.lemos@example.org'));
    await page.click('button:has-text("Pausar minha disponibilidade")');
    expect(await page.locator('.flash').innerText()).toBe('Sua disponibilidade está pausada.');
    expect(await page.locator('main').innerText()).toContain('Sua disponibilidade está pausada: o perfil não aparece');
    await page.click('button:has-text("Ficar disponível de novo")');
    expect(await page.locator('.flash').innerText()).toBe('Está disponível de novo.');

    await page.click('button:has-text("Apagar meus dados")');
    expect(await page.locator('.error-summary').innerText()).toContain('Marque a caixa para confirmar.');
    await page.check('input[name=confirmErase][value=yes]');
    await page.click('button:has-text("Apagar meus dados")');
    expect(await page.locator('h1').innerText()).toBe('Seus dados foram apagados');
    expect((await fetch(`${stack.apiUrl}/v1/experts/${id}`, { headers: staff.headers })).status).toBe(404);
    await context.close();
  });
});
