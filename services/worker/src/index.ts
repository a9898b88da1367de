export { startWorkers, type WorkerDeps } from './workers.js';
export { onImportFailedForGood, requeueImports } from './processors/imports.js';
