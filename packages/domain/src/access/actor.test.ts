import { describe, expect, it } from 'vitest';
import { UnauthorizedError } from '../errors.js';
import { ANONYMOUS, SYSTEM, requirePerson, seesAsThePublic } from './actor.js';

describe('requirePerson', () => {
  it('lets a signed-in person through', () => {
    expect(() => requirePerson({ kind: 'user', userId: 'u', role: 'staff', country: null, institutionId: null })).not.toThrow();
  });

  it('answers an anonymous caller, or the service itself, with a 401 that says what to sign in for', () => {
    expect(() => requirePerson(ANONYMOUS, 'read your inbox')).toThrow(new UnauthorizedError('sign in to read your inbox'));
    expect(() => requirePerson(SYSTEM)).toThrow(UnauthorizedError);
  });
});

describe('seesAsThePublic', () => {
  it('holds for an anonymous caller only: a person, an expert with their link and the service each see more', () => {
    expect(seesAsThePublic(ANONYMOUS)).toBe(true);
    expect(seesAsThePublic({ kind: 'user', userId: 'u', role: 'agency_officer', country: 'AR', institutionId: null })).toBe(false);
    expect(seesAsThePublic({ kind: 'expert', expertId: 'e', country: 'BR' })).toBe(false);
    expect(seesAsThePublic(SYSTEM)).toBe(false);
  });
});
