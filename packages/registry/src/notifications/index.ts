export * from './people.js';
export * from './write.js';
export * from './fanout.js';
export * from './deliveries.js';
export * from './digests.js';
export * from './reminders.js';
export * from './inbox.js';
export * from './subscriptions.js';
