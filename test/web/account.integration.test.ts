import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, scrollsSideways, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/* A person's own account, through the browser: language, password, sessions and tokens. */
let stack: WebStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startWebStack('web-account');
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function signInThroughTheForm(email: string, password: string, lang: string, opts: { javaScriptEnabled?: boolean } = {}) {
  const context = await newContext(browser, opts);
  const page = await context.newPage();
  await page.goto(`${stack.webUrl}/${lang}/sign-in`);
  await page.fill('#field-email', email);
  await page.fill('#field-password', password);
  await page.click('main form button[type=submit]');
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
  return { context, page };
}

const wrongPassword = { fr: 'Le mot de passe actuel n’est pas correct', es: 'La contraseña actual no es correcta' };

describe('my account', () => {
  it('changes the language Enlace writes in, and shows the account again in that language', async () => {
    const person = await stack.person('agency_officer', { country: 'BR', language: 'es' });
    const { context, page } = await signInThroughTheForm(person.email, person.password, 'es');
    await page.goto(`${stack.webUrl}/es/account`);
    expect(await page.locator('h1').innerText()).toBe('Mi cuenta');
    expect(await seriousViolations(page)).toEqual([]);
    await page.selectOption('#field-language', 'pt');
    await page.click('button:has-text("Guardar el idioma")');
    await page.waitForURL(/\/pt\/account$/);
    expect(await page.locator('h1').innerText()).toBe('Minha conta');
    expect(await page.locator('.flash').innerText()).toBe('Seu idioma está salvo.');
    const me = await fetch(`${stack.apiUrl}/v1/me`, { headers: person.headers });
    expect(((await me.json()) as { language: string }).language).toBe('pt');
    await context.close();
  });

  it('says next to the field when the current password is wrong, and changes it when it is right, ending the other sessions', async () => {
    const person = await stack.person('focal_point', { country: 'HT', language: 'fr' });
    const elsewhere = await signInThroughTheForm(person.email, person.password, 'fr');
    const { context, page } = await signInThroughTheForm(person.email, person.password, 'fr');
    await page.goto(`${stack.webUrl}/fr/account`);
    await page.fill('#field-currentPassword', 'not my password');
    await page.fill('#field-newPassword', 'a brand new long password');
    await page.fill('#field-confirmPassword', 'a brand new long password');
    await page.click('button:has-text("Changer le mot de passe")');
    expect(await page.locator('#error-currentPassword').innerText()).toBe(wrongPassword.fr);
    expect(await page.locator('.error-summary a[href="#field-currentPassword"]').count()).toBe(1);
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations)).toEqual([]);

    await page.fill('#field-currentPassword', person.password);
    await page.fill('#field-newPassword', 'a brand new long password');
    await page.fill('#field-confirmPassword', 'a brand new long password');
    await page.click('button:has-text("Changer le mot de passe")');
    await page.waitForURL(/\/fr\/account$/);
    expect(await page.locator('.flash').innerText()).toContain('Votre mot de passe est changé');
    // This browser stays signed in; the other one is signed out.
    expect(await page.locator('a[href="/fr/account"]').count()).toBeGreaterThan(0);
    await elsewhere.page.goto(`${stack.webUrl}/fr/account`);
    await elsewhere.page.waitForURL(/\/fr\/sign-in\?next=/);
    await elsewhere.context.close();
    await context.close();
  });

  it('creates a personal token shown once, lists it by name only, and revokes it', async () => {
    const person = await stack.person('staff', { language: 'en' });
    const { context, page } = await signInThroughTheForm(person.email, person.password, 'en');
    await page.goto(`${stack.webUrl}/en/account`);
    await page.click('button:has-text("Create the token")');
    expect(await page.locator('#error-tokenName').innerText()).toBe('Enter a name for the token');

    await page.fill('#field-tokenName', 'Catalogue sync');
    await page.fill('#field-tokenDays', '30');
    await page.click('button:has-text("Create the token")');
    const secret = (await page.locator('code.secret').innerText()).trim();
    expect(secret.length).toBeGreaterThan(20);
    expect((await fetch(`${stack.apiUrl}/v1/me`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${stack.webUrl}/en/account`);
    expect(await page.locator('main').innerText()).not.toContain(secret);
    expect(await page.locator('main').innerText()).toContain('Catalogue sync');
    await page.click('button[aria-label="Revoke the token “Catalogue sync”"]');
    await page.waitForURL(/\/en\/account$/);
    expect(await page.locator('.flash').innerText()).toBe('The token is revoked.');
    expect((await fetch(`${stack.apiUrl}/v1/me`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);
    await context.close();
  });

  it('lists where the person is signed in, marks this session, and signs out another one', async () => {
    const person = await stack.person('agency_officer', { country: 'BR', language: 'pt' });
    const other = await signInThroughTheForm(person.email, person.password, 'pt');
    const { context, page } = await signInThroughTheForm(person.email, person.password, 'pt');
    await page.goto(`${stack.webUrl}/pt/account`);
    const rows = page.locator('section[aria-labelledby=sessions-title] tbody tr');
    // The two browsers signed in (the test's own API token is a personal token, not a session).
    expect(await rows.count()).toBe(2);
    expect(await rows.filter({ hasText: 'Esta sessão' }).count()).toBe(1);
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations)).toEqual([]);
    await rows.filter({ hasNotText: 'Esta sessão' }).first().locator('button').click();
    await page.waitForURL(/\/pt\/account$/);
    expect(await page.locator('.flash').innerText()).toBe('Essa sessão foi encerrada.');
    expect(await rows.count()).toBe(1);
    await other.page.goto(`${stack.webUrl}/pt/account`);
    await other.page.waitForURL(/\/pt\/sign-in\?next=/);
    await other.context.close();
    await context.close();
  });

  it('changes the password without JavaScript, with the errors next to their fields, and fits a 360-pixel phone', async () => {
    const person = await stack.person('focal_point', { country: 'AR', language: 'es' });
    const { context, page } = await signInThroughTheForm(person.email, person.password, 'es', { javaScriptEnabled: false });
    await page.goto(`${stack.webUrl}/es/account`);
    await page.fill('#field-currentPassword', person.password);
    await page.fill('#field-newPassword', 'otra contraseña bastante larga');
    await page.fill('#field-confirmPassword', 'otra contraseña distinta');
    await page.click('button:has-text("Cambiar la contraseña")');
    expect(await page.locator('#error-confirmPassword').innerText()).toBe('Las dos nuevas contraseñas no coinciden');

    // The API's answers reach the field too, and the change itself is a plain post and redirect.
    await page.fill('#field-currentPassword', 'no es mi contraseña');
    await page.fill('#field-newPassword', 'otra contraseña bastante larga');
    await page.fill('#field-confirmPassword', 'otra contraseña bastante larga');
    await page.click('button:has-text("Cambiar la contraseña")');
    expect(await page.locator('#error-currentPassword').innerText()).toBe(wrongPassword.es);
    await page.fill('#field-currentPassword', person.password);
    await page.fill('#field-newPassword', 'otra contraseña bastante larga');
    await page.fill('#field-confirmPassword', 'otra contraseña bastante larga');
    await page.click('button:has-text("Cambiar la contraseña")');
    await page.waitForURL(/\/es\/account$/);
    expect(await page.locator('.flash').innerText()).toContain('Su contraseña está cambiada');
    expect(await page.locator('#error-currentPassword').count()).toBe(0);
    await context.close();
    const signIn = (password: string) =>
      fetch(`${stack.apiUrl}/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: person.email, password }),
      });
    expect((await signIn('otra contraseña bastante larga')).status).toBe(200);
    expect((await signIn(person.password)).status).toBe(401);

    const phone = await newContext(browser, { phone: true });
    await stack.signInContext(phone, (await stack.person('focal_point', { country: 'AR', language: 'es' })).email);
    const small = await phone.newPage();
    await small.goto(`${stack.webUrl}/es/account`);
    expect(await scrollsSideways(small)).toBe(false);
    await phone.close();
  });
});
