import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor, type Role } from './actor.js';
import { canDraftStory, canReadStory, consentingCountry, storyActions, type StoryFacts } from './stories.js';

const user = (role: Role, country: string | null = null): Actor => ({ kind: 'user', userId: 'u', role, country, institutionId: null });
const countries = { offer: 'BR', demand: 'HT' };
const story = (status: StoryFacts['status'], approvedBy: string[] = []): StoryFacts => ({ status, countries, approvedBy });

describe('who may do what to a success story', () => {
  it('everyone reads a published story; a draft only its two countries and the secretariat', () => {
    expect(canReadStory(ANONYMOUS, story('published'))).toBe(true);
    expect(canReadStory(ANONYMOUS, story('draft'))).toBe(false);
    expect(canReadStory(user('agency_officer', 'AR'), story('awaiting_approval'))).toBe(false);
    expect(canReadStory(user('agency_officer', 'HT'), story('draft'))).toBe(true);
    expect(canReadStory(user('staff'), story('withdrawn'))).toBe(true);
  });

  it('either side drafts; staff and third countries do not', () => {
    expect(canDraftStory(user('agency_officer', 'BR'), countries)).toBe(true);
    expect(canDraftStory(user('focal_point', 'HT'), countries)).toBe(true);
    expect(canDraftStory(user('staff'), countries)).toBe(false);
    expect(canDraftStory(user('focal_point', 'AR'), countries)).toBe(false);
  });

  it("only a side's focal point consents, for its own country; staff never consent for a country", () => {
    expect(consentingCountry(user('focal_point', 'HT'), countries)).toBe('HT');
    expect(consentingCountry(user('agency_officer', 'HT'), countries)).toBeNull();
    expect(consentingCountry(user('admin'), countries)).toBeNull();
    expect(storyActions(user('staff'), story('awaiting_approval'))).toEqual(['edit', 'withdraw']);
  });

  it('a country approves a version once, and its focal point may still withdraw its consent', () => {
    expect(storyActions(user('focal_point', 'BR'), story('awaiting_approval'))).toEqual(['edit', 'approve', 'withdraw']);
    expect(storyActions(user('focal_point', 'BR'), story('awaiting_approval', ['BR']))).toEqual(['edit', 'withdraw']);
    expect(storyActions(user('focal_point', 'HT'), story('awaiting_approval', ['BR']))).toEqual(['edit', 'approve', 'withdraw']);
  });

  it('a draft is submitted by its sides; a visitor may do nothing', () => {
    expect(storyActions(user('agency_officer', 'HT'), story('draft'))).toEqual(['edit', 'submit']);
    expect(storyActions(ANONYMOUS, story('published'))).toEqual([]);
  });
});
