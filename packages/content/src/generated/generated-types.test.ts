import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

const ROOT = path.resolve(__dirname, '..', '..');

describe('src/generated/graphql.ts', () => {
  it('is what GraphQL Code Generator makes from the committed schema and documents (run `pnpm --dir packages/content codegen`)', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
      const output = outputs.find((item) => item.filename.endsWith('graphql.ts'))!;
      expect(output.content === readFileSync(path.join(ROOT, 'src/generated/graphql.ts'), 'utf8'), 'generated types are stale').toBe(true);
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
