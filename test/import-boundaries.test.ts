// ARCHITECTURE §2's import rules are enforced by `npm run lint`; these cases prove a violation fails it.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.severity === 2)
    .map((message) => message.message);
}

describe('import boundaries', () => {
  it.each([
    ['packages/engine/src/x.ts', "import { organizations } from '@logai/db';", /engine is pure/],
    ['packages/engine/src/x.ts', "import pg from 'pg';", /engine is pure/],
    ['packages/core/src/x.ts', "import { createPostgresQueue } from '@logai/adapters';", /never an adapter/],
    ['packages/core/src/x.ts', "import Fastify from 'fastify';", /never an adapter, a transport/],
    ['apps/api/src/x.ts', "import { eq } from 'drizzle-orm';", /apps never import drizzle-orm/],
    ['apps/worker/src/x.ts', "import { sql } from 'drizzle-orm';", /apps never import drizzle-orm/],
    [
      'apps/web/app/x.ts',
      "import { listAnomalies } from '@logai/core';",
      /web imports only @logai\/contracts/,
    ],
    [
      'packages/core/src/x.ts',
      'export const port = process.env.PORT;',
      /Only packages\/config reads process.env/,
    ],
  ])('%s: %s is rejected', async (file, code, expected) => {
    expect(await problems(file, `${code}\nexport {};\n`)).toEqual(
      expect.arrayContaining([expect.stringMatching(expected)]),
    );
  });

  it.each([
    [
      'packages/core/src/x.ts',
      "import { organizations } from '@logai/db';\nexport const used = organizations;",
    ],
    [
      'apps/api/src/x.ts',
      "import { checkReadiness } from '@logai/core';\nexport const used = checkReadiness;",
    ],
    ['apps/web/app/x.ts', "import { Readiness } from '@logai/contracts';\nexport const used = Readiness;"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await problems(file, `${code}\n`)).toEqual([]);
  });
});
