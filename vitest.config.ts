import { defineConfig } from 'vitest/config';

const roots = [
  'packages/*/src/**/',
  'apps/*/src/**/',
  'apps/web/e2e/**/',
  'apps/web/lib/**/',
  'apps/web/components/**/',
  'test/**/',
  'scripts/**/',
];
const exclude = ['**/node_modules/**', '**/.next/**'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    setupFiles: ['test/fast-check-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: roots.map((root) => `${root}*.test.ts`),
          exclude: [...exclude, '**/*.int.test.ts', '**/*.e2e.test.ts'],
        },
      },
      {
        // Integration tests get a real PostgreSQL: TEST_DATABASE_URL, or an embedded server (global setup).
        extends: true,
        test: {
          name: 'integration',
          include: roots.map((root) => `${root}*.int.test.ts`),
          exclude,
          globalSetup: ['test/global-setup.ts'],
          pool: 'forks',
        },
      },
      {
        // Whole-system tests: they start LogAi as a user would.
        extends: true,
        test: { name: 'e2e', include: roots.map((root) => `${root}*.e2e.test.ts`), exclude },
      },
    ],
  },
});
