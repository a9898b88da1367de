import { describe, expect, it } from 'vitest';
import { newWebhookSecret, readUnsubscribeToken, seal, unseal, unsubscribeToken } from './secrets.js';

const SECRET = 'a-test-application-secret';

describe('notification secrets', () => {
  it('an unsubscribe token names its user and cannot be forged or moved to another user', () => {
    const token = unsubscribeToken(SECRET, '3f0c9a52-1111-4a4a-9999-000000000001');
    expect(readUnsubscribeToken(SECRET, token)).toBe('3f0c9a52-1111-4a4a-9999-000000000001');
    expect(readUnsubscribeToken('another-application-secret', token)).toBeNull();
    const [, mac] = token.split('.');
    expect(readUnsubscribeToken(SECRET, `3f0c9a52-1111-4a4a-9999-000000000002.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, 'garbage')).toBeNull();
  });

  it('a sealed webhook secret opens only with the application secret that sealed it', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const sealed = seal(SECRET, secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(unseal(SECRET, sealed)).toBe(secret);
    expect(() => unseal('another-application-secret', sealed)).toThrow();
  });
});
