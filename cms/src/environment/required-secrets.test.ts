import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testSecrets } from '@hoilhpn/testing/secrets';
import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, findSecretProblems, REQUIRED_SECRETS } from './required-secrets';

// A full set of real values: the fresh secrets the test harness gives every CMS it starts.
const good = testSecrets();

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
