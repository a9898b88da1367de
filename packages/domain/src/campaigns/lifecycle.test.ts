import { describe, expect, it } from 'vitest';
import { campaignInputSchema } from './schema.js';
import { canApplyCampaignAction, goalMet, resumedStatus } from './lifecycle.js';
import { fillTemplate, messageFor, placeholdersIn } from './template.js';

const counts = { offers: 0, demands: 0, experts: 0, toRenew: 0 };

describe('campaign goals', () => {
  it('participation counts offers, demands or either, against the goal', () => {
    expect(goalMet('participation', { count: 1, listingKind: 'either' }, { ...counts, demands: 1 })).toBe(true);
    expect(goalMet('participation', { count: 1, listingKind: 'offer' }, { ...counts, demands: 3 })).toBe(false);
    expect(goalMet('participation', { count: 2, listingKind: 'offer' }, { ...counts, offers: 2 })).toBe(true);
  });
  it('expert recruitment counts validated experts; renewal is met when nothing is left to renew; an announcement asks nothing', () => {
    expect(goalMet('expert_recruitment', { count: 2, listingKind: 'either' }, { ...counts, experts: 1 })).toBe(false);
    expect(goalMet('renewal', { count: 1, listingKind: 'either' }, { ...counts, toRenew: 1 })).toBe(false);
    expect(goalMet('renewal', { count: 1, listingKind: 'either' }, counts)).toBe(true);
    expect(goalMet('announcement', { count: 1, listingKind: 'either' }, counts)).toBe(true);
  });
});

describe('campaign lifecycle', () => {
  it('a draft is scheduled, paused, resumed and cancelled; an ended campaign stays ended', () => {
    expect(canApplyCampaignAction('schedule', 'draft')).toBe(true);
    expect(canApplyCampaignAction('pause', 'active')).toBe(true);
    expect(canApplyCampaignAction('resume', 'active')).toBe(false);
    expect(canApplyCampaignAction('cancel', 'completed')).toBe(false);
    expect(resumedStatus(0)).toBe('scheduled');
    expect(resumedStatus(2)).toBe('active');
  });
});

describe('campaign messages', () => {
  it('fill placeholders and fall back to the default language', () => {
    expect(placeholdersIn('Hola {{ name }}, {{country}}')).toEqual(['name', 'country']);
    const values = {
      name: 'Ana',
      country: 'Haïti',
      offers: '0',
      demands: '1',
      experts: '0',
      goal: '1',
      toRenew: '0',
      deadline: '31 mars 2027',
      link: 'https://x',
    };
    expect(fillTemplate('{{country}} : {{demands}} demande(s) avant le {{deadline}}', values)).toBe('Haïti : 1 demande(s) avant le 31 mars 2027');
    expect(messageFor({ es: 'hola' }, 'fr', 'es')).toEqual({ message: 'hola', language: 'es' });
    expect(messageFor({ es: 'hola', fr: 'salut' }, 'fr', 'es')).toEqual({ message: 'salut', language: 'fr' });
  });

  it('refuse unknown placeholders, naming the language and field', () => {
    const bad = campaignInputSchema.safeParse({
      name: 'Participation 2027',
      kind: 'participation',
      audience: { groups: ['caricom'] },
      messages: { es: { subject: 'Hola {{contry}}', body: 'Publique una oferta antes del {{deadline}}.' } },
      deadline: '2027-03-31',
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({ path: ['messages', 'es', 'subject'] });
    expect(bad.error!.issues[0]!.message).toContain('{{contry}}');
  });

  it('need a message in the default language and an audience', () => {
    const bad = campaignInputSchema.safeParse({
      name: 'X campaign',
      kind: 'announcement',
      audience: {},
      messages: { en: { subject: 'Hello', body: 'A message for everyone.' } },
      deadline: '2027-03-31',
    });
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['audience.countries', 'messages']);
  });
});
