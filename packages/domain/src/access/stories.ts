import type { StoryAction, StoryStatus } from '../stories/schema.js';
import { type Actor, isCountryWriter, isPerson, isSecretariat } from './actor.js';
import { canSeeMatch, type MatchCountries, sideOf } from './matches.js';

/*
 * Who may do what to a success story. It speaks for two countries, so each country's
 * focal point consents for it; the people of either side write it; staff, who run the
 * communication strategy, may correct it, but never consent for a country.
 */

/** What the rules need to know of a story. */
export interface StoryFacts {
  readonly status: StoryStatus;
  readonly countries: MatchCountries;
  /** Countries whose focal point approved the current version. */
  readonly approvedBy: readonly string[];
}

/** Published stories are public; the others are the two countries' and the secretariat's. */
export function canReadStory(actor: Actor, story: Pick<StoryFacts, 'status' | 'countries'>): boolean {
  return story.status === 'published' || canSeeMatch(actor, story.countries);
}

/** The officers and focal points of either country tell their cooperation. */
export function canDraftStory(actor: Actor, countries: MatchCountries): boolean {
  return sideOf(actor, countries) !== null;
}

/** The country whose consent this actor gives: a focal point of either side, else null. */
export function consentingCountry(actor: Actor, countries: MatchCountries): string | null {
  if (!isPerson(actor) || actor.role !== 'focal_point') return null;
  return sideOf(actor, countries) !== null ? actor.country : null;
}

/** Which story actions the actor may take now. */
export function storyActions(actor: Actor, story: StoryFacts): StoryAction[] {
  const writer = sideOf(actor, story.countries) !== null || isSecretariat(actor);
  const consenting = consentingCountry(actor, story.countries);
  const actions: StoryAction[] = [];
  if (writer) actions.push('edit');
  if (story.status === 'draft' && sideOf(actor, story.countries) !== null) actions.push('submit');
  if (story.status === 'awaiting_approval' && consenting !== null && !story.approvedBy.includes(consenting)) actions.push('approve');
  if ((story.status === 'awaiting_approval' || story.status === 'published') && (consenting !== null || isSecretariat(actor))) actions.push('withdraw');
  return actions;
}

/** Which stories a list shows the actor beyond the published: all (staff), their country's, or none. */
export function storyVisibility(actor: Actor): { readonly all: true } | { readonly all: false; readonly country: string | null } {
  if (isSecretariat(actor)) return { all: true };
  return { all: false, country: isCountryWriter(actor) ? actor.country : null };
}
