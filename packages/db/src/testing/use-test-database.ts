import { afterAll, beforeAll, inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * Gives the calling test file its own fresh, migrated database (cloned from the template that the
 * global setup prepared) and drops it afterwards. Read `.current` inside tests and hooks.
 */
export function useTestDatabase(): { readonly current: TestDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(inject('databaseServerUrl'), inject('templateDatabase'));
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    get current() {
      if (!database) throw new Error('useTestDatabase(): the database exists only inside tests and hooks');
      return database;
    },
  };
}
