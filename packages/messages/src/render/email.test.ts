import { LANGUAGES, type Language } from '@enlace/domain';
import { describe, expect, it } from 'vitest';
import { renderEmail } from './email.js';
import { everyKind, haitiDemand, links, linksWithUnsubscribe, MATCH_ID, notification } from './test-fixtures.js';

const LEFTOVERS = /undefined|\[object|NaN|\$\{|\{\{|\bnull\b/;

/** Every tag the HTML part may contain: anything else came from a value left unescaped. */
const ALLOWED_TAGS = new Set([
  '!DOCTYPE',
  'html',
  'head',
  'meta',
  'title',
  'body',
  'div',
  'p',
  'h1',
  'h2',
  'a',
  'table',
  'tr',
  'th',
  'td',
  'ul',
  'li',
  'blockquote',
  'br',
  'hr',
]);

function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([!A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1]!);
}

describe('renderEmail', () => {
  it('renders every kind in all four languages with no leftover placeholders', () => {
    for (const n of everyKind()) {
      for (const lang of LANGUAGES) {
        const email = renderEmail(n, lang, linksWithUnsubscribe);
        for (const part of [email.subject, email.text, email.html]) {
          expect(part, `${n.kind} ${lang}`).not.toMatch(LEFTOVERS);
          expect(part.length, `${n.kind} ${lang}`).toBeGreaterThan(20);
        }
        expect(email.subject, `${n.kind} ${lang}`).not.toContain('\n');
        expect(email.html).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`));
        expect(tags(email.html).filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
      }
    }
  });

  it('says something different in each language', () => {
    for (const n of everyKind()) {
      if (n.kind === 'campaign') continue; // written by staff in the reader's language already
      const subjects = LANGUAGES.map((lang) => renderEmail(n, lang, links).subject);
      expect(new Set(subjects).size, n.kind).toBe(4);
    }
  });

  it('writes the subject in the reader’s language', () => {
    const words: Record<Language, RegExp> = {
      es: /^Nueva coincidencia para su oferta/,
      en: /^New match for your offer/,
      pt: /^Nova correspondência para sua oferta/,
      fr: /^Nouvelle correspondance pour votre offre/,
    };
    for (const lang of LANGUAGES) expect(renderEmail(notification('match_new'), lang, links).subject).toMatch(words[lang]);
  });

  it('escapes a malicious title in the HTML but keeps it readable in the text', () => {
    const evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const n = notification('match_new', { counterpart: { ...haitiDemand, title: evil } });
    for (const lang of LANGUAGES) {
      const { html, text } = renderEmail(n, lang, links);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
      expect(text).toContain(evil);
    }
  });

  it('escapes what the other side wrote in its message', () => {
    const { html } = renderEmail(notification('match_interest', { message: 'Hola <a href="http://evil">aquí</a>' }), 'es', links);
    expect(html).toContain('Hola &lt;a href=&quot;http://evil&quot;&gt;aquí&lt;/a&gt;');
    expect(html).not.toContain('http://evil"');
  });

  it('puts the link to act in the text part and in the HTML button', () => {
    // The page in the language the email is written in.
    const url = (lang: string) => `https://enlace.example.org/${lang}/matches/${MATCH_ID}`;
    for (const lang of LANGUAGES) {
      const { text, html } = renderEmail(notification('match_mutual'), lang, links);
      expect(text).toContain(url(lang));
      expect(html).toContain(`href="${url(lang)}"`);
    }
    expect(renderEmail(notification('match_mutual'), 'en', links).text).toContain(`View the match: ${url('en')}`);
  });

  it('ends with why the message came and a link to change the settings', () => {
    const { text, html } = renderEmail(notification('match_new'), 'es', links);
    expect(text).toContain('Recibe este mensaje de acuerdo con su configuración de notificaciones en Enlace.');
    expect(text).toContain('https://enlace.example.org/es/inbox/settings');
    expect(html).toContain('href="https://enlace.example.org/es/inbox/settings"');
  });

  it('offers the one-click unsubscribe link only when there is one', () => {
    const unsubscribe = linksWithUnsubscribe.unsubscribe!;
    for (const lang of LANGUAGES) {
      const withLink = renderEmail(notification('match_new'), lang, linksWithUnsubscribe);
      expect(withLink.text).toContain(unsubscribe);
      expect(withLink.html).toContain(`href="${unsubscribe}"`);
      const without = renderEmail(notification('match_new'), lang, links);
      expect(without.text).not.toMatch(/unsubscribe|Darse de baja|Cancelar a inscrição|désabonner/i);
      expect(without.html).not.toMatch(/unsubscribe|Darse de baja|Cancelar a inscrição|désabonner/i);
    }
  });

  it('names the other side’s country in the reader’s language', () => {
    const expected: Record<Language, string> = { es: 'Haití', en: 'Haiti', pt: 'Haiti', fr: 'Haïti' };
    for (const lang of LANGUAGES) {
      for (const kind of ['match_mutual', 'match_interest', 'match_declined', 'match_brokered'] as const) {
        expect(renderEmail(notification(kind), lang, links).text, `${kind} ${lang}`).toContain(`(${expected[lang]})`);
      }
      expect(renderEmail(notification('review_pending'), lang, links).subject).toMatch(new RegExp(`^${expected[lang]}`));
    }
    expect(renderEmail(notification('match_new'), 'es', links).text).toContain('País: Haití');
    expect(renderEmail(notification('match_new'), 'fr', links).text).toContain('Pays\u00a0: Haïti');
  });

  it('tells of a new match with both titles, the score as a percentage and the reasons', () => {
    const { text } = renderEmail(notification('match_new'), 'es', links);
    expect(text).toContain('su oferta «Sistemas de alerta temprana ante inundaciones»');
    expect(text).toContain('Demanda: Renforcement des capacités d’alerte précoce');
    expect(text).toMatch(/Grado de coincidencia: 82\s%/);
    expect(text).toContain('- Ambas contribuyen al ODS 13 (Acción por el clima)');
    expect(text).toContain('- Mismo sector: Gestión de desastres');
    expect(text).toContain('- Los textos coinciden en «alerte précoce» = «alerta temprana»');
    expect(renderEmail(notification('match_new'), 'en', links).text).toContain('Match score: 82%');
  });

  it('leaves out a reason the matching package does not know', () => {
    const n = notification('match_new', { reasons: [{ kind: 'sector', weight: 1, codes: ['health'] }, { kind: 'budget', weight: 1 }, { kind: 'sdg_goal' }] });
    const { text } = renderEmail(n, 'en', links);
    expect(text).toContain('- Same sector: Health');
    expect(text).not.toMatch(/budget|undefined/);
  });

  it('quotes the message of the side that is interested', () => {
    const { text, html } = renderEmail(notification('match_interest'), 'fr', links);
    expect(text).toContain('L’autre partie (Haïti) a manifesté son intérêt');
    expect(text).toContain('> Nous serions ravis de travailler avec vous.\n> Cordialement');
    expect(html).toContain('Nous serions ravis de travailler avec vous.<br>Cordialement</blockquote>');
    const silent = renderEmail(notification('match_interest', { message: null }), 'fr', links).text;
    expect(silent).not.toContain('Message de l’autre partie');
  });

  it('tells both sides of mutual interest that the next step is to agree the terms', () => {
    expect(renderEmail(notification('match_mutual'), 'es', links).text).toContain('la modalidad, las fechas y quién hace qué');
    expect(renderEmail(notification('match_mutual'), 'en', links).text).toContain('the modality, the dates and who does what');
  });

  it('gives the reason a match was declined', () => {
    const { text } = renderEmail(notification('match_declined'), 'pt', links);
    expect(text).toContain('A outra parte (Haiti) recusou a correspondência');
    expect(text).toContain('Motivo informado:\n\n> Le calendrier ne convient pas cette année.');
  });

  it('says which stage a match reached', () => {
    const said = (stage: string, lang: Language) => renderEmail(notification('match_progress', { stage, brokered: false }), lang, links).subject;
    expect(said('agreed', 'es')).toMatch(/^Acuerdo alcanzado: /);
    expect(said('in_progress', 'en')).toMatch(/^Cooperation started: /);
    expect(said('completed', 'pt')).toMatch(/^Cooperação concluída: /);
    expect(said('completed', 'fr')).toMatch(/^Coopération achevée\u00a0: /);
    expect(renderEmail(notification('match_progress'), 'en', links).text).toContain('This match was proposed by the AICD Secretariat.');
  });

  it('passes on the Secretariat’s note with a brokered match', () => {
    const { subject, text } = renderEmail(notification('match_brokered'), 'es', links);
    expect(subject).toMatch(/^La Secretaría de la AICD propone una coincidencia/);
    expect(text).toContain('> Les deux agences travaillent déjà avec le même bailleur.');
    expect(renderEmail(notification('match_brokered', { note: null }), 'es', links).text).not.toContain('Nota de la Secretaría');
  });

  it('lists the listings waiting for review, each with its link, and says how many more there are', () => {
    const { subject, text, html } = renderEmail(notification('review_pending'), 'es', links);
    expect(subject).toBe('Haití: 5 publicaciones esperan su revisión');
    expect(text).toContain(
      '- La demanda «Renforcement des capacités d’alerte précoce»\n  https://enlace.example.org/es/listings/1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e',
    );
    expect(text).toContain('- La demanda «Gestion des bassins versants»');
    expect(text).toContain('Y 3 más.');
    expect(text).toContain('https://enlace.example.org/es/review?country=HT');
    expect(html).toContain('href="https://enlace.example.org/es/review?country=HT"');
    expect(renderEmail(notification('review_pending'), 'fr', links).subject).toBe('Haïti\u00a0: 5 fiches attendent votre examen');
    expect(renderEmail(notification('review_pending', { total: 1, listings: [haitiDemand] }), 'en', links).subject).toBe('Haiti: 1 listing awaits your review');
    expect(renderEmail(notification('review_pending', { total: 2 }), 'en', links).text).not.toMatch(/more/);
  });

  it('gives the expiry date formatted for the language and the days left', () => {
    const subject = (lang: Language) => renderEmail(notification('listing_expiring'), lang, links).subject;
    expect(subject('es')).toBe('Su oferta «Sistemas de alerta temprana ante inundaciones» vence el 1 de marzo de 2026');
    expect(subject('en')).toBe('Your offer “Sistemas de alerta temprana ante inundaciones” expires on March 1, 2026');
    expect(subject('pt')).toBe('Sua oferta «Sistemas de alerta temprana ante inundaciones» vence em 1º de março de 2026');
    expect(subject('fr')).toBe('Votre offre «\u00a0Sistemas de alerta temprana ante inundaciones\u00a0» expire le 1er mars 2026');
    const { text } = renderEmail(notification('listing_expiring'), 'es', links);
    expect(text).toContain('(dentro de 5 días)');
    expect(text).toContain('Confírmela o actualícela');
    expect(text).toContain('https://enlace.example.org/es/listings/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    expect(renderEmail(notification('listing_expiring', { daysLeft: 1 }), 'fr', links).text).toContain('(demain)');
  });

  it('renders a campaign’s paragraphs escaped, with its link', () => {
    const n = notification('campaign', { body: 'Primero <b>uno</b>.\n\n\nSegundo & último.' });
    const { subject, text, html } = renderEmail(n, 'es', links);
    expect(subject).toBe('Convocatoria 2026 de cooperación Sur-Sur');
    expect(html).toContain('<p style="margin:0 0 16px;">Primero &lt;b&gt;uno&lt;/b&gt;.</p>');
    expect(html).toContain('<p style="margin:0 0 16px;">Segundo &amp; último.</p>');
    expect(text).toContain('Primero <b>uno</b>.\n\nSegundo & último.');
    expect(text).toContain('Más información: https://www.oas.org/es/convocatoria');
  });

  it('sends a campaign without a web link to the service, with no button', () => {
    for (const link of [undefined, 'javascript:alert(1)']) {
      const { text, html } = renderEmail(notification('campaign', { link }), 'en', links);
      expect(html).not.toContain('javascript:');
      expect(text).not.toContain('Learn more');
    }
  });
});
