export { buildWebApp } from './app.js';
export { loadWebEnv, webEnvSchema, type WebEnv } from './config.js';
