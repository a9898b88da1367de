export * from './enums.js';
export * from './people.js';
export * from './listings.js';
export * from './translations.js';
export * from './operations.js';
export * from './matching.js';
export * from './notifications.js';
export * from './outreach.js';
