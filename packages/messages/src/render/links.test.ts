import { describe, expect, it } from 'vitest';
import { expertUrl, listingUrl, matchUrl, notificationLink, reviewUrl, settingsUrl } from './links.js';
import { digest, links, MATCH_ID, notification } from './test-fixtures.js';

describe('links', () => {
  it("open the web interface's pages in the reader's language", () => {
    const fr = { ...links, lang: 'fr' as const };
    expect(matchUrl(fr, MATCH_ID)).toBe(`https://enlace.example.org/fr/matches/${MATCH_ID}`);
    expect(listingUrl(fr, 'abc')).toBe('https://enlace.example.org/fr/listings/abc');
    expect(reviewUrl(fr, 'HT')).toBe('https://enlace.example.org/fr/review?country=HT');
    expect(settingsUrl(fr)).toBe('https://enlace.example.org/fr/inbox/settings');
  });

  it('tolerate a trailing slash on the base, and encode what they carry', () => {
    expect(settingsUrl({ base: 'https://enlace.example.org/', lang: 'pt' })).toBe('https://enlace.example.org/pt/inbox/settings');
    expect(expertUrl(links, 'a/b?c')).toBe('https://enlace.example.org/es/experts/a%2Fb%3Fc');
  });

  it('send a campaign to its own web link, or else to the home page', () => {
    expect(notificationLink(notification('campaign'), links)).toBe('https://www.oas.org/es/convocatoria');
    expect(notificationLink(notification('campaign', { link: undefined }), links)).toBe('https://enlace.example.org/es/');
    expect(notificationLink(notification('campaign', { link: 'javascript:alert(1)' }), links)).toBe('https://enlace.example.org/es/');
    expect(notificationLink(digest('daily'), links)).toBe('https://enlace.example.org/es/');
  });
});
