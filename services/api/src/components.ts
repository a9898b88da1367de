import {
  campaignInputSchema,
  campaignViewSchema,
  createListingSchema,
  expertRegistrationSchema,
  expertViewSchema,
  institutionViewSchema,
  listingViewSchema,
  matchEventViewSchema,
  matchSummarySchema,
  matchViewSchema,
  revisionViewSchema,
  searchHitSchema,
  updateListingSchema,
} from '@enlace/domain';
import { subscriptionInputSchema } from '@enlace/messages';
import { createUserSchema, userViewSchema } from '@enlace/registry/people';
import { z } from 'zod';

/**
 * The shared schemas the OpenAPI document names under `#/components/schemas` instead of
 * repeating them inline, so that a generated client gets one type per concept. Named here,
 * beside the document, rather than where they are defined, because the names are part of
 * the HTTP contract; schemas that belong to one route are named in that route's file.
 * Request schemas appear with an `Input` suffix (the type provider's convention).
 */
const COMPONENTS: readonly [z.ZodType, string][] = [
  [listingViewSchema, 'Listing'],
  [revisionViewSchema, 'ListingRevision'],
  [searchHitSchema, 'SearchHit'],
  [institutionViewSchema, 'Institution'],
  [expertViewSchema, 'Expert'],
  [matchSummarySchema, 'MatchSummary'],
  [matchViewSchema, 'Match'],
  [matchEventViewSchema, 'MatchEvent'],
  [campaignViewSchema, 'Campaign'],
  [userViewSchema, 'User'],
  [createListingSchema, 'ListingDraft'],
  [updateListingSchema, 'ListingChange'],
  [expertRegistrationSchema, 'ExpertRegistration'],
  [campaignInputSchema, 'CampaignDraft'],
  [subscriptionInputSchema, 'SubscriptionChoice'],
  [createUserSchema, 'NewUser'],
];

for (const [schema, id] of COMPONENTS) {
  // Keep whatever the schema already says about itself (its description).
  z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });
}
