import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact.js';

describe('redactUrl', () => {
  it('hides the secret of an unsubscribe link at the API’s address and at the web’s page, however spelled', () => {
    expect(redactUrl('/v1/unsubscribe/abc.def?x=1')).toBe('/v1/unsubscribe/[redacted]?x=1');
    expect(redactUrl('/unsubscribe/abc.def')).toBe('/unsubscribe/[redacted]');
    expect(redactUrl('//V1//Unsubscribe/abc')).toBe('//V1//Unsubscribe/[redacted]');
  });

  it('hides API tokens wherever a client put them, and leaves other addresses alone', () => {
    expect(redactUrl('/fr/catalogue?q=enl_abcdefghijklmnopqrstuvwxyz')).toBe('/fr/catalogue?q=[redacted]');
    expect(redactUrl('/fr/listings/5f0c7d3e-1d2b-4c5a-9e8f-0a1b2c3d4e5f')).toBe('/fr/listings/5f0c7d3e-1d2b-4c5a-9e8f-0a1b2c3d4e5f');
  });

  it("hides the token of an expert's own link at the web's pages", () => {
    const token = `5f0c7d3e-1d2b-4c5a-9e8f-0a1b2c3d4e5f.tmq9k0-${'a'.repeat(43)}`;
    expect(redactUrl(`/pt/roster/self/${token}`)).toBe('/pt/roster/self/[redacted]');
    expect(redactUrl(`/pt/roster/self/${token}/edit`)).toBe('/pt/roster/self/[redacted]/edit');
  });
});
