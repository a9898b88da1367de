/** @enlace/registry/imports: bulk imports in the interchange format (or CSV with the export's columns), started for a person and read back with their line errors. */
export { startImport, type ImportFormat } from './start.js';
export { getImport } from './get.js';
export { listImports } from './list.js';
export { protectQuotedFormula } from './csv.js';
