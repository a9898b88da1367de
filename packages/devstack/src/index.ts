export * from './services.js';
export * from './testing.js';
export * from './seed.js';
export * from './mail-sink.js';
