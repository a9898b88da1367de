export * from './client.js';
export * from './document.js';
export * from './settings.js';
export * from './tasks.js';
export * from './sync.js';
export * from './query.js';
export * from './hit.js';
export * from './reconcile.js';
