/*
 * @enlace/registry: the verbs of the application. Each takes a Ctx (database, clock and
 * the actor), checks the actor's rights against @enlace/domain's access policy, and
 * writes its audit and outbox records in its own transaction. Besides the verbs: the
 * schemas, pure helpers and types their callers need.
 *
 * One entry per domain, so that a verb is found from its domain's word:
 * `@enlace/registry/listings`, `/imports`, `/people`, `/matches`, `/notifications`,
 * `/experts`, `/campaigns`, `/stats`. This entry gathers them all. Helpers that take a database
 * handle and check nothing are in `@enlace/registry/internal`, for the service's own
 * work; entry.test.ts keeps them out of here.
 */
export type { Ctx } from './context.js';
export { csvStream } from './csv.js';
export { sharedAnswers, type SharedAnswers } from './shared-answers.js';

export * from './listings/index.js';
export * from './imports/index.js';
export * from './users/index.js';
export * from './matches/index.js';
export * from './notifications/index.js';
export * from './experts/index.js';
export * from './campaigns/index.js';
export * from './stats/index.js';
