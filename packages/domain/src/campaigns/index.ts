export * from './schema.js';
export * from './template.js';
export * from './lifecycle.js';
