import type { Role } from '../codes.js';
import type { Actor } from './actor.js';
import { canManageCampaigns, canSeeCampaignCountry, seesCampaignUnreached } from './campaigns.js';
import { canCorrectCooperationRecord, cooperationExportScope } from './cooperation.js';
import { canManageDeliveries } from './deliveries.js';
import {
  canActOnExpert,
  canEditExpert,
  canImportExperts,
  canManageExpert,
  canReadExpert,
  canRegisterExpert,
  canReviewExpert,
  canSeeExpertPrivate,
  expertVisibility,
  seesExpertExists,
} from './experts.js';
import { canImport, canReadImport, seesEveryImport } from './imports.js';
import { canEditInstitution, canSeeInstitution, unlistedInstitutionCountries } from './institutions.js';
import {
  canPerform,
  canReadListing,
  canSeeContact,
  canSeeRevisions,
  canWriteListing,
  listingDeletion,
  listingVisibility,
  publishableStatus,
  revisionCountries,
  writeNeedsReview,
} from './listings.js';
import { canActOnMatch, canProposeMatch, canSeeMatch, matchVisibility } from './matches.js';
import { canCreateUser, canDeactivateUser, canListUsers, seesAccountActivity } from './people.js';
import { canReadConciseReport } from './stats.js';
import { canDraftStory, canReadStory, consentingCountry, storyActions, storyVisibility } from './stories.js';

/** A rule of the policy, named by its function so that the table leads to it. */
type PolicyRule = (actor: Actor, ...rest: never[]) => unknown;

/**
 * Who may call an operation of the HTTP API at all. `anyone`: no sign-in needed (what
 * the caller sees may still be narrowed by `rules`); `person`: a signed-in person, else
 * 401; `expert`: an expert with the link emailed to them, else 401; `person or expert`:
 * either, else 401. `roles`, when given, are the only roles that can ever succeed (others get 403 or
 * 404); `rules` are the policy functions the operation consults on each record.
 */
export interface RouteAccess {
  readonly who: 'anyone' | 'person' | 'expert' | 'person or expert';
  readonly roles?: readonly Role[];
  readonly rules: readonly PolicyRule[];
}

const anyone = (...rules: PolicyRule[]): RouteAccess => ({ who: 'anyone', rules });
const person = (...rules: PolicyRule[]): RouteAccess => ({ who: 'person', rules });
/** A person of the roles that manage the country's roster, or the expert with their own link. */
const personOrExpert = (...rules: PolicyRule[]): RouteAccess => ({ who: 'person or expert', rules });
/** Only the expert, with the link emailed to them. */
const expertLink = (...rules: PolicyRule[]): RouteAccess => ({ who: 'expert', rules });
const only = (roles: readonly Role[], ...rules: PolicyRule[]): RouteAccess => ({ who: 'person', roles, rules });

const SECRETARIAT = ['staff', 'admin'] as const;
const REVIEWERS = ['focal_point', 'staff', 'admin'] as const;
const COUNTRIES = ['agency_officer', 'focal_point'] as const;

const campaign = only(SECRETARIAT, canManageCampaigns);
const listingAction = person(canReadListing, canPerform);
const listingReview = only(REVIEWERS, canReadListing, canPerform);
const matchStep = person(canSeeMatch, canActOnMatch);
const matchReview = only(REVIEWERS, canSeeMatch, canActOnMatch);
const expertReview = only(REVIEWERS, seesExpertExists, canReviewExpert);
const expertManagement = only(REVIEWERS, seesExpertExists, canManageExpert);
const expertSelfService = personOrExpert(seesExpertExists, canActOnExpert);
const taxonomy = anyone();

/**
 * Every operation of the HTTP API, keyed `METHOD /path` as in the OpenAPI document. A
 * test walks the document against this table: an operation without an entry, or an entry
 * without an operation, fails it.
 */
export const ROUTE_ACCESS = {
  'GET /health': anyone(),
  'GET /health/ready': anyone(),
  // Aggregates: published data for everyone, every status for staff (decided by the statistics themselves).
  'GET /v1/stats/listings': anyone(),
  'GET /v1/stats/funnel': anyone(),
  'GET /v1/stats/flows': anyone(),
  'GET /v1/stats/coverage': anyone(),
  // Names of campaigns only for the country's people and the secretariat (decided by the statistic).
  'GET /v1/stats/campaigns': anyone(),
  'GET /v1/stats/report': only(SECRETARIAT, canReadConciseReport),
  'GET /v1/stats/report.csv': only(SECRETARIAT, canReadConciseReport),
  'GET /v1/stats/report.xlsx': only(SECRETARIAT, canReadConciseReport),

  'GET /v1/taxonomies': taxonomy,
  'GET /v1/taxonomies/sdg-goals': taxonomy,
  'GET /v1/taxonomies/sdg-targets': taxonomy,
  'GET /v1/taxonomies/sectors': taxonomy,
  'GET /v1/taxonomies/sector-areas': taxonomy,
  'GET /v1/taxonomies/modalities': taxonomy,
  'GET /v1/taxonomies/cooperation-types': taxonomy,
  'GET /v1/taxonomies/delivery-formats': taxonomy,
  'GET /v1/taxonomies/institution-types': taxonomy,
  'GET /v1/taxonomies/countries': taxonomy,
  'GET /v1/taxonomies/country-groups': taxonomy,
  'GET /v1/taxonomies/subregions': taxonomy,

  'GET /v1/listings': anyone(listingVisibility, canSeeContact, revisionCountries),
  'POST /v1/listings': person(canWriteListing, publishableStatus),
  'GET /v1/listings/{id}': anyone(canReadListing, canSeeContact),
  'GET /v1/listings/{id}/translation': anyone(canReadListing),
  'PATCH /v1/listings/{id}': person(canReadListing, canWriteListing, writeNeedsReview),
  'DELETE /v1/listings/{id}': person(canReadListing, listingDeletion),
  'GET /v1/listings/{id}/history': anyone(canReadListing, canWriteListing, canSeeRevisions),
  'POST /v1/listings/{id}/submit': listingAction,
  'POST /v1/listings/{id}/publish': listingReview,
  'POST /v1/listings/{id}/send-back': listingReview,
  'POST /v1/listings/{id}/close': listingAction,
  'POST /v1/listings/{id}/confirm': person(canReadListing, canWriteListing),
  'GET /v1/listings/{id}/matches': anyone(canReadListing, canSeeMatch),
  'GET /v1/listings/{id}/experts': anyone(canReadListing, canSeeExpertPrivate),
  'GET /v1/search': anyone(listingVisibility, canSeeContact),
  'GET /v1/exports/listings': anyone(listingVisibility, canSeeContact),

  'GET /v1/institutions': anyone(canSeeInstitution, unlistedInstitutionCountries),
  'PATCH /v1/institutions/{id}': person(canSeeInstitution, canEditInstitution),

  'POST /v1/imports': person(canImport),
  'GET /v1/imports': person(canImport, seesEveryImport),
  'GET /v1/imports/{id}': person(canReadImport),

  'GET /v1/matches': person(matchVisibility),
  'GET /v1/matches/board': person(matchVisibility),
  'POST /v1/matches': only(SECRETARIAT, canProposeMatch),
  'GET /v1/matches/{id}': person(canSeeMatch),
  'POST /v1/matches/{id}/interest': { ...matchStep, roles: COUNTRIES },
  'POST /v1/matches/{id}/decline': matchStep,
  'POST /v1/matches/{id}/dismiss': matchReview,
  'POST /v1/matches/{id}/agree': matchReview,
  'POST /v1/matches/{id}/start': matchReview,
  'POST /v1/matches/{id}/complete': matchReview,
  // SIDICSS records: the two countries and staff read; their focal points and staff correct; exports are scoped by the registry.
  'GET /v1/matches/{id}/cooperation-record': person(canSeeMatch),
  'PUT /v1/matches/{id}/cooperation-record': only(REVIEWERS, canSeeMatch, canCorrectCooperationRecord),
  'GET /v1/cooperation-records': person(cooperationExportScope),
  'GET /v1/cooperation-records.csv': person(cooperationExportScope),
  // Success stories: published ones are public; drafts are their two countries' and staff's; each country's focal point consents.
  'GET /v1/stories': anyone(storyVisibility),
  'GET /v1/stories/{id}': anyone(canReadStory),
  'GET /v1/matches/{id}/story': person(canReadStory),
  'POST /v1/matches/{id}/story': only(COUNTRIES, canSeeMatch, canDraftStory),
  'PUT /v1/stories/{id}': person(canReadStory, storyActions),
  'POST /v1/stories/{id}/submit': only(COUNTRIES, canReadStory, storyActions),
  'POST /v1/stories/{id}/approve': only(['focal_point'], canReadStory, consentingCountry, storyActions),
  'POST /v1/stories/{id}/withdraw': only(REVIEWERS, canReadStory, consentingCountry, storyActions),

  'POST /v1/experts': anyone(canRegisterExpert),
  'POST /v1/experts/imports': only(SECRETARIAT, canImportExperts),
  'GET /v1/experts': anyone(expertVisibility, canSeeExpertPrivate),
  'GET /v1/experts/{id}': anyone(canReadExpert, canSeeExpertPrivate),
  'POST /v1/experts/{id}/validate': expertReview,
  'POST /v1/experts/{id}/reject': expertReview,
  'POST /v1/experts/links': anyone(),
  'GET /v1/experts/self': expertLink(canReadExpert, canSeeExpertPrivate),
  'PATCH /v1/experts/{id}': personOrExpert(seesExpertExists, canEditExpert),
  'POST /v1/experts/{id}/pause': expertSelfService,
  'POST /v1/experts/{id}/resume': expertSelfService,
  'POST /v1/experts/{id}/withdraw': expertSelfService,
  'POST /v1/experts/{id}/resubmit': expertSelfService,
  'POST /v1/experts/{id}/deactivate': expertManagement,
  'POST /v1/experts/{id}/erase': personOrExpert(seesExpertExists, canEditExpert),
  'POST /v1/experts/{id}/revision/publish': expertReview,
  'POST /v1/experts/{id}/revision/send-back': expertReview,

  'POST /v1/campaigns': campaign,
  'GET /v1/campaigns': campaign,
  'GET /v1/me/campaigns': person(),
  'GET /v1/campaigns/{id}': campaign,
  'PUT /v1/campaigns/{id}': campaign,
  'GET /v1/campaigns/{id}/recipients': campaign,
  'GET /v1/campaigns/{id}/preview': campaign,
  'POST /v1/campaigns/{id}/schedule': campaign,
  'POST /v1/campaigns/{id}/pause': campaign,
  'POST /v1/campaigns/{id}/resume': campaign,
  'POST /v1/campaigns/{id}/cancel': campaign,
  'GET /v1/campaigns/{id}/progress': campaign,
  'GET /v1/campaigns/{id}/progress.csv': campaign,
  'GET /v1/campaigns/{id}/countries/{country}': person(canSeeCampaignCountry, seesCampaignUnreached),

  // The signed link itself is the right to unsubscribe: no sign-in, as from an email.
  'GET /v1/unsubscribe/{token}': anyone(),
  'POST /v1/unsubscribe/{token}': anyone(),

  'POST /v1/auth/sign-in': anyone(),
  'POST /v1/auth/sign-out': person(),
  'GET /v1/me': person(),
  'PATCH /v1/me': person(),
  'POST /v1/me/password': person(),
  'GET /v1/me/tokens': person(),
  'POST /v1/me/tokens': person(),
  'DELETE /v1/me/tokens/{id}': person(),
  'GET /v1/me/subscription': person(),
  'PUT /v1/me/subscription': person(),
  'POST /v1/me/unsubscribe-links/reset': person(),
  'GET /v1/inbox': person(),
  'POST /v1/inbox/read': person(),

  'GET /v1/users': only(SECRETARIAT, canListUsers, seesAccountActivity),
  'POST /v1/users': only(SECRETARIAT, canCreateUser),
  'POST /v1/users/{id}/deactivate': only(SECRETARIAT, canDeactivateUser),
  'POST /v1/users/{id}/reactivate': only(SECRETARIAT, canDeactivateUser),

  'GET /v1/deliveries/dead': only(SECRETARIAT, canManageDeliveries),
  'GET /v1/deliveries/waiting': only(SECRETARIAT, canManageDeliveries),
  'POST /v1/deliveries/{id}/replay': only(SECRETARIAT, canManageDeliveries),
} as const satisfies Record<string, RouteAccess>;

export type RouteKey = keyof typeof ROUTE_ACCESS;
