import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor, type Role, SYSTEM } from './actor.js';
import { canDeactivateUser, seesAccountActivity } from './people.js';

const user = (role: Role, userId: string, country: string | null = null): Actor => ({ kind: 'user', userId, role, country, institutionId: null });
const staff = user('staff', 'staff');
const admin = user('admin', 'admin');
const focal = user('focal_point', 'focal', 'BR');
const target = (role: Role, id = `someone-${role}`) => ({ id, role });

describe('deactivating an account', () => {
  it('staff deactivate the people who act for countries, not the secretariat', () => {
    expect(canDeactivateUser(staff, target('agency_officer'))).toBe(true);
    expect(canDeactivateUser(staff, target('focal_point'))).toBe(true);
    expect(canDeactivateUser(staff, target('staff'))).toBe(false);
    expect(canDeactivateUser(staff, target('admin'))).toBe(false);
  });

  it('admins deactivate anyone but themselves', () => {
    for (const role of ['agency_officer', 'focal_point', 'staff', 'admin'] as const) expect(canDeactivateUser(admin, target(role)), role).toBe(true);
    expect(canDeactivateUser(admin, target('admin', 'admin'))).toBe(false);
    expect(canDeactivateUser(staff, target('staff', 'staff'))).toBe(false);
  });

  it('nobody else does, and the service may for an operator', () => {
    expect(canDeactivateUser(focal, target('agency_officer'))).toBe(false);
    expect(canDeactivateUser(ANONYMOUS, target('agency_officer'))).toBe(false);
    expect(canDeactivateUser(SYSTEM, target('admin'))).toBe(true);
  });

  it('only the secretariat sees who signed in when, and who is deactivated', () => {
    expect([staff, admin].map(seesAccountActivity)).toEqual([true, true]);
    expect([focal, ANONYMOUS, SYSTEM].map(seesAccountActivity)).toEqual([false, false, false]);
  });
});
