/** @enlace/registry/matches: suggested pairs and their follow-up, from interest to completed cooperation. */
export { listMatches } from './read.js';
export { getMatch, listFollowUps, matchBoard } from './follow-up.js';
export { expressInterest, declineMatch, dismissMatch, agreeMatch, startMatch, completeMatch, proposeMatch } from './lifecycle.js';
