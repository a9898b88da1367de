import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor, type Role, SYSTEM } from './actor.js';
import { canManageCampaigns, canSeeCampaignCountry, seesCampaignUnreached } from './campaigns.js';
import { canManageDeliveries, canWatchQueues } from './deliveries.js';
import { canImport, canReadImport } from './imports.js';
import { canCreateUser, canListUsers } from './people.js';

const user = (role: Role, country: string | null = null, userId = 'u'): Actor => ({ kind: 'user', userId, role, country, institutionId: null });
const officerBR = user('agency_officer', 'BR', 'officer');
const focalAR = user('focal_point', 'AR');
const staff = user('staff');
const admin = user('admin');

describe('campaigns, failed deliveries, imports and accounts', () => {
  it('only the secretariat manages campaigns and failed deliveries', () => {
    for (const actor of [staff, admin]) expect([canManageCampaigns(actor), canManageDeliveries(actor)]).toEqual([true, true]);
    for (const actor of [ANONYMOUS, SYSTEM, officerBR, focalAR]) expect([canManageCampaigns(actor), canManageDeliveries(actor)]).toEqual([false, false]);
  });

  it('only admins watch the queue board: it shows every job and can drop them', () => {
    expect(canWatchQueues(admin)).toBe(true);
    for (const actor of [ANONYMOUS, SYSTEM, officerBR, focalAR, staff]) expect(canWatchQueues(actor)).toBe(false);
  });

  it("a campaign's page for a country is for that country's people and the secretariat", () => {
    expect(canSeeCampaignCountry(officerBR, 'BR')).toBe(true);
    expect(canSeeCampaignCountry(focalAR, 'BR')).toBe(false);
    expect(canSeeCampaignCountry(staff, 'BR')).toBe(true);
    expect(seesCampaignUnreached(staff)).toBe(true);
    expect(seesCampaignUnreached(officerBR)).toBe(false);
  });

  it('an import is read by whoever started it and by the secretariat; others are told it is not there', () => {
    expect(canReadImport(officerBR, { createdBy: 'officer' })).toBe(true);
    expect(canReadImport(user('agency_officer', 'BR', 'other'), { createdBy: 'officer' })).toBe(false);
    expect(canReadImport(admin, { createdBy: 'officer' })).toBe(true);
    expect(canReadImport(ANONYMOUS, { createdBy: null })).toBe(false);
    expect(canImport(officerBR)).toBe(true);
    expect(canImport(ANONYMOUS)).toBe(false);
  });

  it('admins create any account, staff those who act for countries, and the service itself any', () => {
    expect(canCreateUser(admin, 'admin')).toBe(true);
    expect(canCreateUser(staff, 'focal_point')).toBe(true);
    expect(canCreateUser(staff, 'staff')).toBe(false);
    expect(canCreateUser(focalAR, 'agency_officer')).toBe(false);
    expect(canCreateUser(ANONYMOUS, 'agency_officer')).toBe(false);
    expect(canCreateUser(SYSTEM, 'admin')).toBe(true);
    expect(canListUsers(SYSTEM)).toBe(false);
  });
});
