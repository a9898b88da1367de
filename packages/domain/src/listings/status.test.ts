import { describe, expect, it } from 'vitest';
import { canTransition, isPastValidity } from './status.js';

describe('listing status machine', () => {
  it('follows draft → pending_review → published → closed', () => {
    expect(canTransition('submit', 'draft')).toBe(true);
    expect(canTransition('publish', 'pending_review')).toBe(true);
    expect(canTransition('close', 'published')).toBe(true);
  });

  it('sends back only what is under review, and nothing leaves closed', () => {
    expect(canTransition('sendBack', 'published')).toBe(false);
    for (const action of ['submit', 'publish', 'sendBack', 'close', 'expire'] as const) {
      expect(canTransition(action, 'closed')).toBe(false);
    }
  });

  it('expires only published listings, the day after validUntil', () => {
    expect(canTransition('expire', 'draft')).toBe(false);
    expect(isPastValidity('2026-11-20', '2026-11-21')).toBe(true);
    expect(isPastValidity('2026-11-21', '2026-11-21')).toBe(false);
    expect(isPastValidity(null, '2026-11-21')).toBe(false);
  });
});
