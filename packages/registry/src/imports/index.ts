/** @enlace/registry/imports: bulk imports in the interchange format, started for a person and read back with their line errors. */
export { startImport } from './start.js';
export { getImport } from './get.js';
