export { createTestDatabase, dropDatabase, databaseUrl, withAdmin, type TestDatabase } from './test-database';
export { ensureTemplateDatabase, type TemplateOptions } from './template-database';
export { useTestDatabase } from './use-test-database';
