/** @enlace/registry/people: accounts, sign-in, sessions and personal tokens, unsubscribe links. */
export { createUserSchema, signInSchema, createTokenSchema, userViewSchema, type CreateUserInput, type TokenLifetime } from './schema.js';
export { dummyPasswordHash, newToken } from './secrets.js';
export { createUser, listUsers, getMe, signIn } from './users.js';
export { issueToken, createPersonalToken, listMyTokens, revokeToken } from './tokens.js';
export { signInWaitMs, ACCOUNT_DELAY, ADDRESS_DELAY, KNOWN_ADDRESS_MS, type FailureRecord } from './sign-in-limits.js';
export { resetUnsubscribeLinks } from './unsubscribe-links.js';
