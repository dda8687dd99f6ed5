export { startWorker, type WorkerDeps, type WorkerOptions } from './worker';
