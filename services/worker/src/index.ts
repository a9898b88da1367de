export { startWorkers, type WorkerDeps } from './workers.js';
