export * from './client.js';
export * from './migrate.js';
export * from './schema/index.js';
export * from './admin.js';
export * from './conflict.js';
export * from './errors.js';
