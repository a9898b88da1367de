import { describe, expect, it } from 'vitest';
import { UnauthorizedError } from '../errors.js';
import { ANONYMOUS, SYSTEM, requirePerson } from './actor.js';

describe('requirePerson', () => {
  it('lets a signed-in person through', () => {
    expect(() => requirePerson({ kind: 'user', userId: 'u', role: 'staff', country: null, institutionId: null })).not.toThrow();
  });

  it('answers an anonymous caller, or the service itself, with a 401 that says what to sign in for', () => {
    expect(() => requirePerson(ANONYMOUS, 'read your inbox')).toThrow(new UnauthorizedError('sign in to read your inbox'));
    expect(() => requirePerson(SYSTEM)).toThrow(UnauthorizedError);
  });
});
