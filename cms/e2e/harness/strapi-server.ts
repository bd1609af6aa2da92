import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { inject } from 'vitest';
import { seedDemoContent } from '../../src/seed/seed-demo-content';

// Strapi's ESM build imports directories ("lodash/fp"), which Node's ESM loader refuses: load the CommonJS build.
const { compileStrapi, createStrapi } = createRequire(__filename)('@strapi/strapi') as typeof import('@strapi/strapi');

export const CMS_DIR = path.resolve(__dirname, '..', '..');

export interface TestServer {
  strapi: Core.Strapi;
  url: string;
  database: 'sqlite' | 'postgres';
}

let server: Promise<TestServer> | undefined;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function secret(): string {
  return randomBytes(24).toString('base64');
}

export function testSecrets(): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
}

/**
 * Boots the real CMS once per test run (compiled TypeScript, no admin build)
 * on the fresh database that global-setup made, listens on a free port and
 * seeds the demo content through the same code as `pnpm --dir cms seed`.
 */
export function startTestServer(): Promise<TestServer> {
  server ??= boot();
  return server;
}

async function boot(): Promise<TestServer> {
  const database = inject('database');
  const port = await freePort();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    // Never read a developer's cms/.env: the run must not depend on it.
    ENV_PATH: path.join(os.tmpdir(), 'hoilhpn-no-such.env'),
    SEED_IF_EMPTY: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_LICENSE_PING: 'true',
    ...testSecrets(),
    ...(database.client === 'sqlite'
      ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database.filename }
      : { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url }),
  });
  const context = await compileStrapi({ appDir: CMS_DIR });
  const app = createStrapi(context);
  app.log.level = 'error';
  const strapi = await app.start();
  await seedDemoContent(strapi, CMS_DIR);
  return { strapi, url: `http://127.0.0.1:${port}`, database: database.client };
}
