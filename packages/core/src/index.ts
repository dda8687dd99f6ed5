export * from './errors';
export * from './context';
export * from './jobs';
export * from './ports/job-queue';
export * from './ports/logger';
export * from './system/index';
