/*
 * @enlace/registry/internal: helpers for the service's own work — the worker's
 * processors, @enlace/matchmaking, the CLI, the demo seed, the API's authentication and
 * unsubscribe adapters, and tests. THESE DO NO ACCESS CHECKS: they take a database
 * handle (or a context without an actor) and act on whatever they are given. Code that
 * acts for a person calls the verbs of `@enlace/registry` instead.
 */

// Listings: expiry, batch upserts (seed), the rows the search index is built from
export { expireListings } from './listings/expire.js';
export { upsertListingBatch } from './listings/upsert-batch.js';
export { contentColumns } from './listings/columns.js';
export { listingsForIndex, listingIndexState, existingListingIds } from './listings/for-index.js';

// Imports, processed by the worker
export { pendingImports } from './imports/start.js';
export { processImport, failImport } from './imports/process.js';

// People: the lookups behind authentication, sign-out and unsubscribe links
export { findUserByEmail } from './users/users.js';
export { authenticate, signOut } from './users/tokens.js';
export { personOfUnsubscribeToken } from './users/unsubscribe-links.js';

// The outbox relay
export { dispatchOutbox, pendingOutbox, unprocessedOutbox, OUTBOX_CHANNEL, type OutboxRow } from './outbox.js';

// Matching: term profiles and stored matches
export { loadMatchSources, listingStamps, saveProfiles, documentFrequencies, type MatchSource } from './matches/profiles.js';
export { type FreshMatches, replaceMatches, replaceMatchesOfMany, type ScoredCounterpart } from './matches/store.js';

// Notifications: fan-out, deliveries, digests, reminders, one-click unsubscribe
export { fanOut, fanOutMany } from './notifications/fanout.js';
export { claimDelivery, finishDelivery, abandonDelivery, deliveriesToRequeue, type ClaimedDelivery } from './notifications/deliveries.js';
export { gatherDigests } from './notifications/digests.js';
export { burstPayload, gatherBursts } from './notifications/bursts.js';
export { writeExpiryReminders } from './notifications/reminders.js';
export { unsubscribeEmail } from './notifications/subscriptions.js';

// Experts: counts and the rows the search index is built from
export { countValidatedExperts } from './experts/count.js';
export { authenticateExpertLink, expertLinkToSend, markExpertLinkSent, type ExpertLinkToSend } from './experts/self-link.js';
export { expertsForIndex, expertIndexState } from './experts/for-index.js';

// Campaigns, advanced by the worker
export { advanceCampaigns } from './campaigns/rounds.js';
export {
  loadExpertSources,
  validatedExpertSources,
  saveExpertProfiles,
  unprofiledExperts,
  replaceDemandSuggestions,
  replaceExpertSuggestions,
  type ExpertSource,
  type ScoredExpertPair,
} from './experts/suggestions.js';
