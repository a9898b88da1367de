import { LANGUAGES } from '@enlace/domain';
import { describe, expect, it } from 'vitest';
import { renderInboxItem } from './inbox.js';
import { everyKind, haitiDemand, links, MATCH_ID, notification } from './test-fixtures.js';

describe('renderInboxItem', () => {
  it('gives every kind a one-line title, a short summary and a link, in all four languages', () => {
    for (const n of everyKind()) {
      for (const lang of LANGUAGES) {
        const item = renderInboxItem(n, lang, links);
        const where = `${n.kind} ${lang}`;
        expect(item.title, where).not.toMatch(/\n|undefined|\[object|\$\{/);
        expect(item.summary, where).not.toMatch(/\n|undefined|\[object|\$\{/);
        expect(item.summary.length, where).toBeGreaterThan(10);
        expect(item.summary.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length, where).toBeLessThanOrEqual(3);
        expect(item.link, where).toMatch(/^https:\/\//);
      }
    }
  });

  it('shortens a very long listing title in the title line but not in the summary', () => {
    const long = 'Fortalecimiento institucional '.repeat(10).trim();
    const item = renderInboxItem(notification('match_mutual', { own: { ...haitiDemand, kind: 'offer', title: long } }), 'es', links);
    expect(item.title.length).toBeLessThan(140);
    expect(item.title).toContain('…»');
    expect(item.summary).toContain(long);
  });

  it('puts a newline of a title on one line', () => {
    const item = renderInboxItem(notification('match_new', { counterpart: { ...haitiDemand, title: 'Agua\npotable' } }), 'es', links);
    expect(item.summary).toContain('«Agua potable»');
  });

  it('links to the match, the listing, the review queue or the campaign', () => {
    expect(renderInboxItem(notification('match_declined'), 'en', links).link).toBe(`https://enlace.example.org/en/matches/${MATCH_ID}`);
    expect(renderInboxItem(notification('listing_expiring'), 'en', links).link).toBe(
      'https://enlace.example.org/en/listings/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    );
    expect(renderInboxItem(notification('review_pending'), 'en', links).link).toBe('https://enlace.example.org/en/review?country=HT');
    expect(renderInboxItem(notification('campaign'), 'en', links).link).toBe('https://www.oas.org/es/convocatoria');
  });

  it('summarises the review queue with the first listings and how many more', () => {
    const item = renderInboxItem(notification('review_pending'), 'pt', links);
    expect(item.title).toBe('Haiti: 5 publicações aguardam sua revisão');
    expect(item.summary).toBe('Em espera: a demanda «Renforcement des capacités d’alerte précoce», a demanda «Gestion des bassins versants» e mais 3.');
  });
});
