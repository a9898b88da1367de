import { expertBody, offerBody } from '@enlace/api/testing';
import { campaigns } from '@enlace/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { launchBrowser, newContext, scrollsSideways, seriousViolations } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * The expert roster in the browser: a Haitian expert registers in French from a
 * recruitment campaign's link; Haiti's focal point validates her in Spanish; she appears
 * in the public roster without her contact; a rejection needs a reason.
 */
let stack: WebStack;
let browser: Browser;
type Person = Awaited<ReturnType<WebStack['person']>>;
let staff: Person;
let focalHT: Person;
let campaignId: string;
const EMAIL = 'nadege.celestin@mspp.example.ht';

const experts = async (query: string, as: Person = staff) =>
  (await (await fetch(`${stack.apiUrl}/v1/experts?${query}`, { headers: as.headers })).json()) as {
    items: { id: string; name: string; campaignId?: string }[];
  };

beforeAll(async () => {
  stack = await startWebStack('web-roster', { mail: true });
  browser = await launchBrowser();
  staff = await stack.person('staff', { language: 'en' });
  focalHT = await stack.person('focal_point', { country: 'HT', language: 'es' });
  const [campaign] = await stack.api.db
    .insert(campaigns)
    .values({
      name: 'Expertos 2027',
      kind: 'expert_recruitment',
      audience: {},
      goal: { count: 3 },
      messages: {},
      defaultLanguage: 'es',
      deadline: new Date('2027-03-01'),
      createdBy: staff.id,
    })
    .returning({ id: campaigns.id });
  campaignId = campaign!.id;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the expert roster', () => {
  it('an expert registers in French from a campaign’s link, after the form names what is missing', async () => {
    const context = await newContext(browser, { locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/experts/register?campaign=${campaignId}`);
    expect(await page.locator('.notice').innerText()).toContain('compte pour sa campagne');
    expect(await seriousViolations(page)).toEqual([]);

    await page.fill('#field-name', 'Nadège Célestin');
    await page.fill('#field-profile', 'Trop court');
    await page.click('button:has-text("Envoyer l’inscription")');
    const summary = await page.locator('.error-summary').innerText();
    expect(summary).toContain('Choisissez le pays de l’expert.');
    expect(summary).toContain('Écrivez un profil d’au moins 20 caractères.');
    expect(summary).toContain('Choisissez de un à cinq secteurs.');
    expect(await page.inputValue('#field-name')).toBe('Nadège Célestin');
    expect(await seriousViolations(page)).toEqual([]);

    await page.selectOption('#field-country', 'HT');
    await page.fill('#field-institution\\.name', 'Ministère de la Santé Publique et de la Population');
    await page.fill(
      '#field-profile',
      'Sage-femme et formatrice depuis quinze ans ; a mis en place la surveillance des décès maternels dans trois départements.',
    );
    await page.locator('details.picker:has(input[name=sectors][value=health]) > summary').click();
    await page.check('input[name=sectors][value=health]');
    await page.check('input[name=workingLanguages][value=es]');
    await page.fill('#field-contact\\.name', 'Nadège Célestin');
    await page.fill('#field-contact\\.email', EMAIL);
    await page.click('button:has-text("Envoyer l’inscription")');
    expect(await page.locator('h1').innerText()).toBe('Inscription reçue');
    expect(await page.locator('.flash').innerText()).toContain('attend la validation du point focal de Haïti');
    const pending = (await experts('status=pending')).items.find((e) => e.name === 'Nadège Célestin');
    expect(pending?.campaignId).toBe(campaignId);
    await context.close();
  });

  it('the email asking Haiti’s focal point to validate her leads, after sign-in, to her page with the decision to take', async () => {
    const mail = await eventually(
      async () => stack.sink!.messages.find((m) => m.to.includes(focalHT.email) && /\/es\/experts\/[0-9a-f-]{36}/.test(m.parsed.text ?? '')),
      20_000,
      'the validation request is emailed to the focal point',
    );
    const link = mail.parsed.text!.match(/https?:\/\/\S+\/es\/experts\/[0-9a-f-]{36}/)![0];
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(link);
    await page.waitForURL(/\/es\/sign-in\?next=/);
    await page.fill('#field-email', focalHT.email);
    await page.fill('#field-password', focalHT.password);
    await page.click('main button[type=submit]');
    await page.waitForURL(link);
    expect(await page.locator('h1').innerText()).toBe('Nadège Célestin');
    expect(await page.locator('button:has-text("Validar")').count()).toBe(1);
    await context.close();
  });

  it('Haiti’s focal point validates her from the queue in Spanish; the public roster shows her without the contact', async () => {
    const context = await newContext(browser);
    await stack.signInContext(context, focalHT.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/es/experts`);
    await page.click('a:has-text("Expertos por validar")');
    await page.waitForURL(/\/es\/experts\/review$/);
    expect(await page.locator('h1').innerText()).toBe('Expertos por validar · Haití');
    const card = page.locator('li.card', { hasText: 'Nadège Célestin' });
    // Her country's focal point sees the contact, to check who she is.
    expect(await card.innerText()).toContain(EMAIL);
    expect(await seriousViolations(page)).toEqual([]);
    await card.locator('button:has-text("Validar")').click();
    await page.waitForURL(/\/es\/experts\/review$/);
    expect(await page.locator('.flash').innerText()).toBe('El experto fue validado y ya está en el registro.');
    await context.close();

    const visitor = await newContext(browser);
    const anon = await visitor.newPage();
    await eventually(
      async () => {
        await anon.goto(`${stack.webUrl}/en/experts?q=${encodeURIComponent('surveillance décès maternels')}`);
        return (await anon.locator('li.card', { hasText: 'Célestin' }).count()) === 1;
      },
      20_000,
      'the validated expert is found in the roster',
    );
    expect(await anon.locator('li.card mark').count()).toBeGreaterThan(0);
    expect(await seriousViolations(anon)).toEqual([]);
    await anon.locator('li.card a', { hasText: 'Célestin' }).click();
    await anon.waitForURL(/\/en\/experts\/[0-9a-f-]{36}$/);
    expect(await anon.locator('h1').innerText()).toBe('Nadège Célestin');
    expect(await anon.locator('main').innerText()).not.toContain(EMAIL);
    expect(await anon.locator('.prose').getAttribute('lang')).toBe('fr');
    expect(await seriousViolations(anon)).toEqual([]);
    await anon.goto(`${stack.webUrl}/en/experts?country=HT&workingLanguage=es`);
    expect(await anon.locator('#roster-results').innerText()).toBe('1 expert');

    // A demand of another country lists her among its candidate experts, linked to her page.
    const demand = await stack.api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: staff.headers,
      payload: offerBody('BR', {
        kind: 'demand',
        title: 'Vigilância da mortalidade materna',
        description: 'Queremos implantar a vigilância dos óbitos maternos nos distritos sanitários, com formação das parteiras e dos comitês de revisão.',
      }),
    });
    expect(demand.statusCode, demand.body).toBe(201);
    const demandId = demand.json().id as string;
    expect((await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${demandId}/publish`, headers: staff.headers })).statusCode).toBe(200);
    await eventually(
      async () => {
        await anon.goto(`${stack.webUrl}/en/listings/${demandId}`);
        return (await anon.locator('a', { hasText: 'Nadège Célestin' }).count()) === 1;
      },
      20_000,
      'the demand lists her as a candidate expert',
    );
    await anon.locator('a', { hasText: 'Nadège Célestin' }).click();
    await anon.waitForURL(/\/en\/experts\/[0-9a-f-]{36}$/);
    await visitor.close();
  });

  it('a rejection needs a reason, without JavaScript; people of another country have no queue', async () => {
    const register = await fetch(`${stack.apiUrl}/v1/experts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Registro duplicado',
        country: 'HT',
        institution: { name: 'MSPP' },
        sectors: ['health'],
        workingLanguages: ['fr'],
        profile: 'Un perfil que ya está registrado con otro nombre en el sistema.',
        language: 'es',
        contact: { name: 'X', email: 'x@example.org' },
      }),
    });
    expect(register.status).toBe(201);
    const id = ((await register.json()) as { id: string }).id;
    const context = await newContext(browser, { javaScriptEnabled: false });
    await stack.signInContext(context, staff.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/en/experts/review?country=HT`);
    const card = page.locator('li.card', { hasText: 'Registro duplicado' });
    await card.locator('button:has-text("Reject")').click();
    expect(await page.locator(`#error-reason-${id}`).innerText()).toBe('Say why, in at least 3 characters.');
    await page.fill(`#field-reason-${id}`, 'Already registered as Nadège Célestin.');
    await page.locator('li.card', { hasText: 'Registro duplicado' }).locator('button:has-text("Reject")').click();
    await page.waitForURL(/\/en\/experts\/review$/);
    expect(await page.locator('.flash').innerText()).toBe('The registration is rejected.');
    expect((await experts('status=rejected')).items.map((e) => e.id)).toContain(id);
    await context.close();

    const officerAR = await stack.person('agency_officer', { country: 'AR' });
    const other = await newContext(browser);
    await stack.signInContext(other, officerAR.email);
    const res = await (await other.newPage()).goto(`${stack.webUrl}/es/experts/review`);
    expect(res?.status()).toBe(404);
    await other.close();
  });
});

describe("a demand's candidate experts", () => {
  const post = async (path: string, body?: object) => {
    const res = await fetch(`${stack.apiUrl}${path}`, {
      method: 'POST',
      headers: { ...staff.headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    return (await res.json()) as { id: string };
  };

  it('the demand shows its five best experts and links, without JavaScript, to every one of them', { timeout: 120_000 }, async () => {
    // Seven extension workers of other countries, in four languages, and one of Mozambique.
    const profiles: [string, string, string][] = [
      ['BR', 'pt', 'Extensionista rural da EMATER; coordenou unidades demonstrativas e a assistência técnica a agricultores familiares.'],
      ['PE', 'es', 'Extensionista agrario; organizó escuelas de campo para agricultores familiares y la asistencia técnica en comunidades.'],
      ['CO', 'es', 'Coordinó la extensión agropecuaria municipal y las parcelas demostrativas con pequeños productores.'],
      ['JM', 'en', 'Agricultural extension officer who ran farmer field schools and demonstration plots for smallholder farmers.'],
      ['SN', 'fr', 'Conseiller agricole; a animé des champs-écoles paysans et des parcelles de démonstration pour les petits producteurs.'],
      ['GH', 'en', 'Led district agricultural extension services and farmer field schools for smallholders.'],
      ['CL', 'es', 'Asesor de extensión rural y asistencia técnica a pequeños agricultores en huertos demostrativos.'],
      ['MZ', 'pt', 'Extensionista rural moçambicano com experiência em escolas na machamba para pequenos agricultores.'],
    ];
    for (const [country, language, profile] of profiles) {
      const { id } = await post('/v1/experts', {
        name: `Especialista ${country}`,
        country,
        institution: { name: `Serviço de extensão ${country}` },
        sectors: ['agriculture_livestock'],
        workingLanguages: [...new Set([language, 'pt'])],
        language,
        profile,
        contact: { name: `Especialista ${country}`, email: `extension.${country.toLowerCase()}@example.org` },
      });
      await post(`/v1/experts/${id}/validate`);
    }
    const { id: demandId } = await post('/v1/listings', {
      kind: 'demand',
      title: 'Fortalecimento da extensão rural com escolas na machamba',
      description: 'O ministério quer formar extensionistas rurais em escolas de campo e parcelas demonstrativas para pequenos agricultores familiares.',
      language: 'pt',
      country: 'MZ',
      institution: { name: 'Ministério da Agricultura e Desenvolvimento Rural' },
      sectors: ['agriculture_livestock'],
      workingLanguages: ['pt'],
    });
    await post(`/v1/listings/${demandId}/publish`);
    await eventually(
      async () => {
        const res = await fetch(`${stack.apiUrl}/v1/listings/${demandId}/experts?limit=50`);
        return ((await res.json()) as { items: unknown[] }).items.length === 7;
      },
      60_000,
      'seven experts suggested',
    );

    const context = await newContext(browser, { locale: 'pt-BR', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/pt/listings/${demandId}`);
    const section = page.locator('h2:has-text("Especialistas que poderiam ajudar") + ul.cards');
    expect(await section.locator('> li').count()).toBe(5);
    expect(await page.locator('body').innerText()).not.toContain('Especialista MZ');
    await page.click('a:has-text("Todos os especialistas que poderiam ajudar")');
    expect(page.url()).toBe(`${stack.webUrl}/pt/listings/${demandId}/experts`);
    expect(await page.locator('h1').innerText()).toBe('Especialistas que poderiam ajudar: Fortalecimento da extensão rural com escolas na machamba');
    const cards = page.locator('ul.cards > li');
    expect(await cards.count()).toBe(7);
    expect(await cards.first().innerText()).toContain('Por quê');
    expect(await page.locator('body').innerText()).not.toContain('Especialista MZ');
    await context.close();

    // axe runs in the page: a phone with JavaScript on, for the same page.
    const phone = await newContext(browser, { locale: 'pt-BR', phone: true });
    const checked = await phone.newPage();
    await checked.goto(`${stack.webUrl}/pt/listings/${demandId}/experts`);
    expect(await seriousViolations(checked)).toEqual([]);
    expect(await scrollsSideways(checked)).toBe(false);
    await phone.close();
  });
});

describe("managing an expert of one's country", () => {
  it("Brazil's focal point corrects, pauses, resumes and erases an expert, in Portuguese, without JavaScript", { timeout: 120_000 }, async () => {
    const focalBR = await stack.person('focal_point', { country: 'BR', language: 'pt' });
    const focalCO = await stack.person('focal_point', { country: 'CO', language: 'es' });
    const register = await fetch(`${stack.apiUrl}/v1/experts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        expertBody('Otávio Matos', 'otavio.matos@example.org', {
          institution: { name: 'Embrapa' },
          sectors: ['agriculture_livestock'],
          profile: 'Pesquisador em manejo de solos do Cerrado e sistemas de plantio direto.',
        }),
      ),
    });
    const { id } = (await register.json()) as { id: string };
    await fetch(`${stack.apiUrl}/v1/experts/${id}/validate`, { method: 'POST', headers: focalBR.headers });

    // Another country's focal point reads the public page, without the means to manage.
    const other = await newContext(browser, { javaScriptEnabled: false });
    await stack.signInContext(other, focalCO.email);
    const otherPage = await other.newPage();
    await otherPage.goto(`${stack.webUrl}/es/experts/${id}`);
    expect(await otherPage.locator('#manage-title').count()).toBe(0);
    await other.close();

    const context = await newContext(browser, { locale: 'pt-BR', javaScriptEnabled: false });
    await stack.signInContext(context, focalBR.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/pt/experts/${id}`);
    expect(await page.locator('#manage-title').innerText()).toBe('Gerenciar este especialista');

    await page.click('a:has-text("Corrigir o cadastro")');
    expect(await page.locator('h1').innerText()).toBe('Corrigir o cadastro de Otávio Matos');
    await page.fill('#field-profile', 'Pesquisador em manejo de solos tropicais, plantio direto e integração lavoura-pecuária.');
    await page.click('button:has-text("Salvar as correções")');
    await page.waitForURL(`${stack.webUrl}/pt/experts/${id}`);
    expect(await page.locator('.flash').innerText()).toBe('O cadastro foi corrigido.');
    expect(await page.locator('.prose').innerText()).toContain('integração lavoura-pecuária');

    await page.click('button:has-text("Pausar a sua disponibilidade")');
    expect(await page.locator('.flash').innerText()).toBe('A disponibilidade do especialista está em pausa.');
    expect(await page.locator('.badge').first().innerText()).toBe('Em pausa');
    await page.click('button:has-text("Torná-lo disponível novamente")');
    expect(await page.locator('.flash').innerText()).toBe('O especialista está disponível novamente.');

    await page.click('button:has-text("Desativar")');
    expect(await page.locator('.error-summary').innerText()).toContain('Diga por que o especialista é desativado');
    await page.click('button:has-text("Apagar os seus dados pessoais")');
    expect(await page.locator('.error-summary').innerText()).toContain('Confirme que o especialista pediu o apagamento.');
    await page.check('input[name=confirm]');
    await page.click('button:has-text("Apagar os seus dados pessoais")');
    await page.waitForURL(`${stack.webUrl}/pt/experts`);
    expect(await page.locator('.flash').innerText()).toBe('Os dados pessoais do especialista foram apagados.');
    expect((await fetch(`${stack.apiUrl}/v1/experts/${id}`, { headers: staff.headers })).status).toBe(404);
    await context.close();
  });

  it('the management section and the correction form pass axe', async () => {
    const focalBR = await stack.person('focal_point', { country: 'BR', language: 'fr' });
    const register = await fetch(`${stack.apiUrl}/v1/experts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Clara Nogueira',
        country: 'BR',
        institution: { name: 'Fiocruz' },
        sectors: ['health'],
        workingLanguages: ['pt', 'fr'],
        language: 'pt',
        profile: 'Epidemiologista, coordenou a vigilância de síndromes respiratórias em hospitais sentinela.',
        contact: { name: 'Clara Nogueira', email: 'clara.nogueira@example.org' },
      }),
    });
    const { id } = (await register.json()) as { id: string };
    const context = await newContext(browser, { locale: 'fr-FR', phone: true });
    await stack.signInContext(context, focalBR.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/experts/${id}`);
    expect(await page.locator('#manage-title').innerText()).toBe('Gérer cet expert');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await page.goto(`${stack.webUrl}/fr/experts/${id}/edit`);
    expect(await page.locator('h1').innerText()).toBe('Corriger l’inscription de Clara Nogueira');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
