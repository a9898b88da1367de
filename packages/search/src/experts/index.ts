export * from './document.js';
export * from './settings.js';
export * from './sync.js';
export * from './query.js';
