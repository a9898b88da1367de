export * from './languages.js';
export * from './sdg.js';
export * from './sectors.js';
export * from './countries.js';
