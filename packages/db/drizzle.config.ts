import { defineConfig } from 'drizzle-kit';

// Generation only needs the schema; migrations are applied by `npm run db:migrate` or at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  out: './packages/db/migrations',
});
