import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, findSecretProblems, REQUIRED_SECRETS } from './required-secrets';

const good = {
  APP_KEYS: 'a1b2c3d4e5,f6g7h8i9j0',
  API_TOKEN_SALT: 'kq9w8e7r6t',
  ADMIN_JWT_SECRET: 'zx8c7v6b5n',
  TRANSFER_TOKEN_SALT: 'p0o9i8u7y6',
  JWT_SECRET: 'm1n2b3v4c5',
  ENCRYPTION_KEY: 'l9k8j7h6g5',
};

describe('production secrets', () => {
  it('accepts a full set of real values', () => {
    expect(findSecretProblems(good)).toEqual([]);
    expect(() => assertProductionSecrets({ ...good, NODE_ENV: 'production' })).not.toThrow();
  });

  it('names every missing secret', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', APP_KEYS: good.APP_KEYS })).toThrow(
      /API_TOKEN_SALT \(missing\), ADMIN_JWT_SECRET \(missing\), TRANSFER_TOKEN_SALT \(missing\), JWT_SECRET \(missing\), ENCRYPTION_KEY \(missing\)/,
    );
  });

  it('refuses values copied from the example file', () => {
    const problems = findSecretProblems({ ...good, APP_KEYS: 'toBeModified1,toBeModified2', JWT_SECRET: 'tobemodified' });
    expect(problems).toEqual([
      { name: 'APP_KEYS', problem: 'example value' },
      { name: 'JWT_SECRET', problem: 'example value' },
    ]);
  });

  it('lets development start without them (scripts/strapi.mjs generates them)', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });

  // The list is shared (strapi-secrets.json): a stale name would make production refuse to start, and tests and development set a variable Strapi never reads.
  it('names only secrets the CMS configuration reads', () => {
    const configDir = path.resolve(__dirname, '..', '..', 'config');
    const config = readdirSync(configDir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => readFileSync(path.join(configDir, file), 'utf8'))
      .join('\n');
    expect(REQUIRED_SECRETS.length).toBeGreaterThan(0);
    for (const name of REQUIRED_SECRETS) expect(config, name).toMatch(new RegExp(`\\benv(?:\\.array)?\\('${name}'\\)`));
  });
});
