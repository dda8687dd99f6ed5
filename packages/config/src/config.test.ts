import { describe, expect, it } from 'vitest';
import { ConfigError, loadApiConfig, loadLauncherConfig, loadWorkerConfig } from './index';

describe('configuration', () => {
  it('applies defaults for the embedded launcher', () => {
    const config = loadLauncherConfig({});
    expect(config.API_PORT).toBe(8000);
    expect(config.WEB_PORT).toBe(3000);
    expect(config.LOGAI_DATA_DIR).toBe('.logai');
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names the variable that is wrong and what was given', () => {
    expect(() => loadLauncherConfig({ API_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadLauncherConfig({ API_PORT: 'eighty' })).toThrow(/API_PORT: .*port.*\(got "eighty"\)/);
    expect(() => loadLauncherConfig({ WEB_PORT: '70000' })).toThrow(/WEB_PORT/);
  });

  it('requires DATABASE_URL for the API and the worker', () => {
    expect(() => loadApiConfig({})).toThrow(/DATABASE_URL/);
    expect(() => loadWorkerConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: expected a postgres/,
    );
  });

  it('treats empty values as unset', () => {
    const config = loadWorkerConfig({ DATABASE_URL: 'postgres://localhost/db', WORKER_CONCURRENCY: '' });
    expect(config.WORKER_CONCURRENCY).toBe(2);
  });
});
