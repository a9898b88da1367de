export * from './compute.js';
export * from './candidates.js';
export * from './profiles.js';
export * from './stats.js';
