export * from './errors';
export * from './common';
export * from './system';
export * from './auth';
export * from './organization';
export * from './api-keys';
