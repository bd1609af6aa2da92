import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql } from './harness/http';
import { CMS_DIR } from './harness/strapi-server';

/* The site's generated types come from this file; it must say what the running CMS serves. */
const SCHEMA_FILE = path.resolve(CMS_DIR, '..', 'packages', 'content', 'schema.graphql');

describe('the committed GraphQL schema (packages/content/schema.graphql)', () => {
  it('matches what the running CMS serves (UPDATE_SCHEMA=1 rewrites it)', async () => {
    const { data, errors } = await graphql(getIntrospectionQuery());
    expect(errors).toBeUndefined();
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(data)))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, served);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(
      committed === served,
      'packages/content/schema.graphql differs from the CMS schema: run `UPDATE_SCHEMA=1 pnpm --dir cms exec vitest run --project integration e2e/graphql-schema.test.ts`, then `pnpm --dir packages/content codegen`',
    ).toBe(true);
  });
});
