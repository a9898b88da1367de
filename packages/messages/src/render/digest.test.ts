import { LANGUAGES, type Language } from '@enlace/domain';
import { describe, expect, it } from 'vitest';
import { parseNotification } from '../kinds.js';
import { renderEmail } from './email.js';
import { renderInboxItem } from './inbox.js';
import { digest, links, PAYLOADS } from './test-fixtures.js';

const malformed = [
  { notificationId: '8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', kind: 'match_new', payload: { matchId: 'not-a-uuid' }, createdAt: '2026-02-24T10:00:00Z' },
  { notificationId: '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f', kind: 'match_vanished', payload: {}, createdAt: '2026-02-24T11:00:00Z' },
];

describe('digest email', () => {
  it('lists all three items, each with its title, summary and link, and skips the malformed ones', () => {
    const { subject, text, html } = renderEmail(digest('daily', malformed), 'en', links);
    expect(subject).toBe('Your daily Enlace digest: 3 updates');
    expect(text).toContain('* New match for your offer “Sistemas de alerta temprana ante inundaciones”');
    expect(text).toContain('* Haiti: interest in the match with your offer');
    expect(text).toContain('* Your offer “Sistemas de alerta temprana ante inundaciones” expires on March 1, 2026');
    expect(text).toContain('Enlace has found the demand “Renforcement des capacités d’alerte précoce” (Haiti)');
    expect(text.match(/^\* /gm)).toHaveLength(3);
    expect(text).toContain('https://enlace.example.org/en/matches/3f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b');
    expect(text).toContain('https://enlace.example.org/en/listings/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    expect(html.match(/<div style="margin:0 0 16px;"><p style="margin:0;font-weight:bold;"><a href=/g)).toHaveLength(3);
    expect(text).not.toMatch(/undefined|not-a-uuid|match_vanished/);
  });

  it('orders the items by time and groups them by day', () => {
    const { text } = renderEmail(digest('weekly'), 'es', links);
    const positions = ['23 de febrero de 2026', '* Nueva coincidencia', '24 de febrero de 2026', '* Haití: interés', '* Su oferta'].map((s) => text.indexOf(s));
    for (const p of positions) expect(p).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('says in the subject how many updates there are and how often, in the reader’s language', () => {
    const subjects: Record<Language, [string, string]> = {
      es: ['Resumen diario de Enlace: 3 novedades', 'Resumen semanal de Enlace: 3 novedades'],
      en: ['Your daily Enlace digest: 3 updates', 'Your weekly Enlace digest: 3 updates'],
      pt: ['Resumo diário do Enlace: 3 novidades', 'Resumo semanal do Enlace: 3 novidades'],
      fr: ['Résumé quotidien d’Enlace\u00a0: 3 nouveautés', 'Résumé hebdomadaire d’Enlace\u00a0: 3 nouveautés'],
    };
    for (const lang of LANGUAGES) {
      expect(renderEmail(digest('daily'), lang, links).subject).toBe(subjects[lang][0]);
      expect(renderEmail(digest('weekly'), lang, links).subject).toBe(subjects[lang][1]);
    }
  });

  it('speaks of one update in the singular', () => {
    const one = parseNotification('digest', {
      period: 'daily',
      items: [
        { notificationId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', kind: 'match_mutual', payload: PAYLOADS.match_mutual, createdAt: '2026-02-24T16:00:00Z' },
      ],
    });
    expect(renderEmail(one, 'es', links).subject).toBe('Resumen diario de Enlace: 1 novedad');
    expect(renderEmail(one, 'fr', links).subject).toBe('Résumé quotidien d’Enlace\u00a0: 1 nouveauté');
  });

  it('still renders when every item is malformed', () => {
    const { subject, text } = renderEmail(parseNotification('digest', { period: 'weekly', items: malformed }), 'pt', links);
    expect(subject).toBe('Resumo semanal do Enlace: sem novidades');
    expect(text).toContain('Não há novidades.');
  });

  it('shows in the inbox as one item naming the first updates', () => {
    const item = renderInboxItem(digest('daily'), 'en', links);
    expect(item.title).toBe('Your daily Enlace digest: 3 updates');
    expect(item.summary).toMatch(/^New match for your offer .*; Haiti: interest in the match .* and 1 more\.$/);
    expect(item.link).toBe('https://enlace.example.org/en/');
  });
});
