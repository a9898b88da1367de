export * from './kinds.js';
export * from './subscription.js';
export * from './digest.js';
export * from './secrets.js';
export * from './webhook-address.js';
export * from './render/index.js';
export * from './burst.js';
