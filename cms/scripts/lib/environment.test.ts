import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CMS_DIR, ensureDevelopmentSecrets, envFilePath } from './environment.mjs';

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

let dir: string;
let envFile: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-env-'));
  envFile = path.join(dir, '.env');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('envFilePath', () => {
  it('is the file Strapi reads: ENV_PATH, else cms/.env', () => {
    expect(envFilePath({ ENV_PATH: envFile })).toBe(envFile);
    expect(envFilePath({})).toBe(path.join(CMS_DIR, '.env'));
  });
});

describe('ensureDevelopmentSecrets', () => {
  it('on a fresh clone writes every secret to the file and hands them to this process too', () => {
    const environment: NodeJS.ProcessEnv = { ENV_PATH: envFile };
    expect(ensureDevelopmentSecrets(environment)).toEqual(SECRETS);
    const written = readFileSync(envFile, 'utf8');
    for (const name of SECRETS) {
      // Strapi read the (missing) file before this ran: the values must be in the environment itself.
      expect(environment[name], name).toMatch(/\S{20,}/);
      expect(written).toContain(`${name}=${environment[name]}`);
    }
    expect(environment.APP_KEYS!.split(',')).toHaveLength(4);
    expect(statSync(envFile).mode & 0o777).toBe(0o600);
  });

  it('reuses the stored secrets on the next run, so tokens and sessions survive', () => {
    const first: NodeJS.ProcessEnv = { ENV_PATH: envFile };
    ensureDevelopmentSecrets(first);
    const before = readFileSync(envFile, 'utf8');
    const second: NodeJS.ProcessEnv = { ENV_PATH: envFile };
    expect(ensureDevelopmentSecrets(second)).toEqual([]);
    for (const name of SECRETS) expect(second[name], name).toBe(first[name]);
    expect(readFileSync(envFile, 'utf8')).toBe(before);
  });

  it('keeps what the environment and the file already hold, and adds only what is missing', () => {
    writeFileSync(envFile, 'PORT=1338\nAPP_KEYS="a,b"\n');
    const environment: NodeJS.ProcessEnv = { ENV_PATH: envFile, JWT_SECRET: 'from-the-environment' };
    expect(ensureDevelopmentSecrets(environment)).toEqual(['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY']);
    expect(environment.APP_KEYS).toBe('a,b');
    expect(environment.JWT_SECRET).toBe('from-the-environment');
    const written = readFileSync(envFile, 'utf8');
    expect(written.startsWith('PORT=1338\nAPP_KEYS="a,b"\n')).toBe(true);
    expect(written).not.toMatch(/^JWT_SECRET=/m);
  });

  it('does nothing in production, where the CMS must be given real secrets', () => {
    const environment: NodeJS.ProcessEnv = { ENV_PATH: envFile, NODE_ENV: 'production' };
    expect(ensureDevelopmentSecrets(environment)).toEqual([]);
    expect(existsSync(envFile)).toBe(false);
    expect(environment.APP_KEYS).toBeUndefined();
  });
});
