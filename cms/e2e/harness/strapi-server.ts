import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { freePort } from '@hoilhpn/testing/free-port';
import { testSecrets } from '@hoilhpn/testing/secrets';
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
