/*
 * @enlace/registry: the verbs of the application. Each takes a Ctx (database, clock and
 * the actor), checks the actor's rights against @enlace/domain's access policy, and
 * writes its audit and outbox records in its own transaction. Besides the verbs: the
 * schemas, pure helpers and types their callers need. Helpers that take a database
 * handle and check nothing are in `@enlace/registry/internal`, for the service's own work.
 * entry.test.ts keeps them out of here.
 */
export type { Ctx } from './context.js';

// Listings and institutions
export { getListing } from './listings/get.js';
export { createListing } from './listings/create.js';
export { editListing } from './listings/update.js';
export { transitionListing } from './listings/transition.js';
export { listListings } from './listings/list.js';
export { listingHistory } from './listings/history.js';
export { exportListings, toCsvRecord, CSV_COLUMNS } from './listings/export.js';
export { deleteListing } from './listings/delete.js';
export { confirmListing } from './listings/confirm.js';
export { listInstitutions } from './listings/institutions.js';
export { updateInstitution } from './institutions/update.js';
export { csvStream } from './csv.js';

// Imports
export { startImport } from './imports/start.js';
export { getImport } from './imports/get.js';

// People: accounts, sign-in, tokens, unsubscribe links
export { createUserSchema, signInSchema, createTokenSchema, userViewSchema, type CreateUserInput, type TokenLifetime } from './users/schema.js';
export { dummyPasswordHash, newToken } from './users/secrets.js';
export { createUser, listUsers, getMe, signIn } from './users/users.js';
export { issueToken, createPersonalToken, listMyTokens, revokeToken } from './users/tokens.js';
export { signInWaitMs, ACCOUNT_DELAY, ADDRESS_DELAY, KNOWN_ADDRESS_MS, type FailureRecord } from './users/sign-in-limits.js';
export { resetUnsubscribeLinks } from './users/unsubscribe-links.js';

// Matches
export { listMatches } from './matches/read.js';
export { getMatch, listFollowUps } from './matches/follow-up.js';
export { expressInterest, declineMatch, dismissMatch, agreeMatch, startMatch, completeMatch, proposeMatch } from './matches/lifecycle.js';

// Notifications: inbox, subscriptions, dead letters
export { listInbox, markRead } from './notifications/inbox.js';
export { getSubscription, putSubscription } from './notifications/subscriptions.js';
export { listDeadLetters, replayDelivery } from './notifications/deliveries.js';

// Experts
export { registerExpert } from './experts/register.js';
export { validateExpert, rejectExpert } from './experts/review.js';
export { getExpert, expertsByIds } from './experts/get.js';
export { listExperts } from './experts/list.js';

// Campaigns
export { getCampaign, listCampaigns } from './campaigns/read.js';
export { createCampaign, updateCampaign, actOnCampaign } from './campaigns/write.js';
export { campaignProgress, campaignCountryProgress, type CountryProgress } from './campaigns/progress.js';
export { campaignProgressCsv } from './campaigns/progress-csv.js';
export { previewCampaignRecipients, previewCampaignMessage } from './campaigns/preview.js';
