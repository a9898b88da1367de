import { describe, expect, it } from 'vitest';
import { isUnsubscribeTokenValid, newWebhookSecret, seal, unseal, unsubscribeToken, unsubscribeTokenClaim } from './secrets.js';

const SECRET = 'a-test-application-secret';

describe('notification secrets', () => {
  it('an unsubscribe token names its user and cannot be forged or moved to another user', () => {
    const ana = { userId: '3f0c9a52-1111-4a4a-9999-000000000001', unsubscribeNonce: 'b0c3a9f0-2222-4b4b-8888-000000000001' };
    const luis = { userId: '3f0c9a52-1111-4a4a-9999-000000000002', unsubscribeNonce: 'b0c3a9f0-2222-4b4b-8888-000000000002' };
    const token = unsubscribeToken(SECRET, ana);
    expect(unsubscribeTokenClaim(token)).toBe(ana.userId);
    expect(isUnsubscribeTokenValid(SECRET, token, ana)).toBe(true);
    expect(isUnsubscribeTokenValid('another-application-secret', token, ana)).toBe(false);
    const [, mac] = token.split('.');
    expect(isUnsubscribeTokenValid(SECRET, `${luis.userId}.${mac}`, luis)).toBe(false);
    expect(unsubscribeTokenClaim('garbage')).toBeNull();
    expect(unsubscribeTokenClaim('not-a-uuid.abc')).toBeNull();
  });

  it('an unsubscribe token stops being valid when its person gets a new nonce', () => {
    const ana = { userId: '3f0c9a52-1111-4a4a-9999-000000000001', unsubscribeNonce: 'b0c3a9f0-2222-4b4b-8888-000000000001' };
    const token = unsubscribeToken(SECRET, ana);
    expect(isUnsubscribeTokenValid(SECRET, token, { ...ana, unsubscribeNonce: 'b0c3a9f0-2222-4b4b-8888-00000000000f' })).toBe(false);
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
