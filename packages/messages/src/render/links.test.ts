import { describe, expect, it } from 'vitest';
import { listingUrl, matchUrl, notificationLink, reviewUrl, settingsUrl } from './links.js';
import { digest, links, MATCH_ID, notification } from './test-fixtures.js';

describe('links', () => {
  it('builds each address from the base', () => {
    expect(matchUrl(links, MATCH_ID)).toBe(`https://enlace.example.org/v1/matches/${MATCH_ID}`);
    expect(listingUrl(links, 'abc')).toBe('https://enlace.example.org/v1/listings/abc');
    expect(reviewUrl(links, 'HT')).toBe('https://enlace.example.org/v1/listings?review=pending&country=HT');
    expect(settingsUrl(links)).toBe('https://enlace.example.org/v1/me/subscription');
  });

  it('tolerates a trailing slash on the base', () => {
    expect(settingsUrl({ base: 'https://enlace.example.org/' })).toBe('https://enlace.example.org/v1/me/subscription');
  });

  it('sends a campaign to its own web link, or else to the service', () => {
    expect(notificationLink(notification('campaign'), links)).toBe('https://www.oas.org/es/convocatoria');
    expect(notificationLink(notification('campaign', { link: undefined }), links)).toBe('https://enlace.example.org');
    expect(notificationLink(notification('campaign', { link: 'javascript:alert(1)' }), links)).toBe('https://enlace.example.org');
    expect(notificationLink(digest('daily'), links)).toBe('https://enlace.example.org');
  });
});
