import { describe, expect, it } from 'vitest';
import {
  expertLinkClaim,
  expertLinkToken,
  isExpertLinkValid,
  isUnsubscribeTokenValid,
  newWebhookSecret,
  seal,
  unseal,
  unsubscribeToken,
  unsubscribeTokenClaim,
} from './secrets.js';

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

  it("an expert's link works until it expires, for that expert's current address only", () => {
    const expert = { expertId: '3f0c9a52-1111-4a4a-9999-0000000000e1', email: 'Ana@Example.org' };
    const now = new Date('2026-12-04T10:00:00Z');
    const token = expertLinkToken(SECRET, { ...expert, expiresAt: new Date('2026-12-07T10:00:00Z') });
    expect(token).toMatch(/^[0-9a-f-]{36}\.[0-9a-z]+-[\w-]{43}$/);
    expect(expertLinkClaim(token)).toEqual({ expertId: expert.expertId, expiresAt: new Date('2026-12-07T10:00:00Z') });
    expect(isExpertLinkValid(SECRET, token, { ...expert, email: 'ana@example.org' }, now)).toBe(true);
    expect(isExpertLinkValid(SECRET, token, expert, new Date('2026-12-07T10:00:00Z'))).toBe(false);
    expect(isExpertLinkValid(SECRET, token, { ...expert, email: 'ana@elsewhere.org' }, now)).toBe(false);
    expect(isExpertLinkValid('another-application-secret', token, expert, now)).toBe(false);
    const later = token.replace(/\.[0-9a-z]+-/, `.${Math.floor(Date.parse('2027-12-07T10:00:00Z') / 1000).toString(36)}-`);
    expect(isExpertLinkValid(SECRET, later, expert, now)).toBe(false);
    expect(expertLinkClaim('garbage')).toBeNull();
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
