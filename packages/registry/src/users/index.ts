/** @enlace/registry/people: accounts, sign-in, sessions and personal tokens, unsubscribe links. */
export {
  createUserSchema,
  signInSchema,
  createTokenSchema,
  userViewSchema,
  userListQuerySchema,
  updateMeSchema,
  changePasswordSchema,
  type CreateUserInput,
  type UserListQuery,
  type TokenLifetime,
} from './schema.js';
export { dummyPasswordHash, newToken } from './secrets.js';
export { createUser, listUsers, deactivateUser, reactivateUser, getMe, updateMe, changePassword, signIn } from './users.js';
export { issueToken, createPersonalToken, listMyTokens, revokeToken } from './tokens.js';
export { signInWaitMs, ACCOUNT_DELAY, ADDRESS_DELAY, KNOWN_ADDRESS_MS, type FailureRecord } from './sign-in-limits.js';
export { resetUnsubscribeLinks } from './unsubscribe-links.js';
