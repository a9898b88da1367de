import { describe, expect, it } from 'vitest';
import { renderExpertLinkEmail } from './expert-link.js';

const mail = {
  name: 'Jean-Baptiste <b>Pierre</b>',
  link: 'https://enlace.example.org/fr/roster/self/token?x=1&y=2',
  expiresAt: new Date('2026-12-07T09:00:00Z'),
  requestUrl: 'https://enlace.example.org/fr/roster/self',
};

describe("the email with an expert's own link", () => {
  it('is written in the language asked for, with the expiry date and the way to ask again', () => {
    const email = renderExpertLinkEmail('fr', mail);
    expect(email.subject).toBe('Votre lien pour gérer votre inscription d’expert');
    expect(email.text).toContain('Le lien fonctionne jusqu’au 7 décembre 2026.');
    expect(email.text).toContain(`Gérer mon inscription\u00a0: ${mail.link}`);
    expect(email.text).toContain(`Demander un nouveau lien\u00a0: ${mail.requestUrl}`);
    expect(renderExpertLinkEmail('es', mail).subject).toBe('Su enlace para gestionar su registro de experto');
  });

  it("escapes the expert's name and the link in its HTML", () => {
    const { html } = renderExpertLinkEmail('en', mail);
    expect(html).not.toContain('<b>Pierre');
    expect(html).toContain('Hello Jean-Baptiste &lt;b&gt;Pierre&lt;/b&gt;,');
    expect(html).toContain('href="https://enlace.example.org/fr/roster/self/token?x=1&amp;y=2"');
  });
});
