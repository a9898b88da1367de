export * from './events.js';
export * from './view.js';
export * from './register.js';
export * from './review.js';
export * from './get.js';
export * from './list.js';
export * from './count.js';
export * from './for-index.js';
