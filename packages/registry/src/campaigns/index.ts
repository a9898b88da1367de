export * from './access.js';
export * from './read.js';
export * from './audience.js';
export * from './counts.js';
export * from './rounds.js';
export * from './round-plan.js';
export * from './write.js';
export * from './progress.js';
