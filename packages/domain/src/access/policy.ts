/*
 * The access policy: every rule about who may see or do what, one file per concept, all
 * reachable from here. The registry asks these before it reads or writes; the SQL and
 * search filters are derived from the visibility rules (visibility.ts); ROUTE_ACCESS
 * (routes.ts) says, for every operation of the HTTP API, who may call it at all.
 */
export * from './actor.js';
export * from './visibility.js';
export * from './listings.js';
export * from './experts.js';
export * from './institutions.js';
export * from './matches.js';
export * from './cooperation.js';
export * from './imports.js';
export * from './campaigns.js';
export * from './deliveries.js';
export * from './people.js';
export * from './stats.js';
export * from './stories.js';
export * from './routes.js';
