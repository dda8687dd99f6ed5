export * from './errors';
export * from './context';
export * from './jobs';
export * from './ports/job-queue';
export * from './ports/logger';
export * from './system/index';
export * from './ports/blob-store';
export * from './ports/pub-sub';
