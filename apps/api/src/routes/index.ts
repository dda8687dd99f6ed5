import type { App } from '../app';
import { healthz } from './health/healthz';
import { readyz } from './health/readyz';
import { createPing } from './system/create-ping';
import { getPing } from './system/get-ping';

export function registerRoutes(app: App): void {
  for (const route of [healthz, readyz, createPing, getPing]) route(app);
}
