// Import boundaries of docs/architecture.md §2 are enforced here: a violation fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const repoPackages = ['@logai/*', '@logai/*/*'];
const envAccess = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Only packages/config reads process.env; receive configuration as an argument.',
};

function restrict(patterns, message) {
  return {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '.logai/**',
      'packages/db/migrations/**',
      'apps/web/next-env.d.ts',
      'bench/out/**',
      'apps/cli/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', envAccess],
    },
  },
  {
    files: ['packages/config/**', '**/*.config.{js,ts,mjs}', 'packages/db/src/testing/**', 'test/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The CLI's launcher picks bundle or sources before any TypeScript (packages/config) can load.
    files: ['apps/cli/bin/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['packages/engine/**'],
    ignores: ['packages/engine/**/*.test.ts'],
    rules: restrict(
      [
        ...repoPackages,
        'pg',
        'drizzle-orm',
        'drizzle-orm/*',
        'node:http',
        'node:https',
        'node:net',
        'fastify',
      ],
      'engine is pure: it imports nothing from this repo and touches no database or network.',
    ),
  },
  {
    files: ['packages/core/**'],
    rules: restrict(
      ['@logai/adapters', '@logai/adapters/*', 'fastify', 'fastify/*', 'next', 'next/*', '@logai/config'],
      'core imports db, engine, contracts and its own ports; never an adapter, a transport or config.',
    ),
  },
  {
    files: ['apps/api/**', 'apps/worker/**', 'apps/cli/**'],
    rules: restrict(['drizzle-orm', 'drizzle-orm/*'], 'apps never import drizzle-orm: call a core verb.'),
  },
  {
    files: ['apps/web/**'],
    rules: restrict(
      ['@logai/engine', '@logai/core', '@logai/db', '@logai/adapters', '@logai/*/*', 'drizzle-orm', 'pg'],
      'web imports only @logai/contracts (and @logai/config for its server settings) and talks HTTP to the API.',
    ),
  },
  {
    files: ['packages/contracts/**', 'packages/config/**'],
    rules: restrict(
      ['@logai/engine', '@logai/core', '@logai/db', '@logai/adapters', 'drizzle-orm', 'pg'],
      'contracts and config are leaves: they import no other LogAi package.',
    ),
  },
);
