import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { rest } from './harness/http';
import { freePort } from '@hoilhpn/testing/free-port';
import { testSecrets } from '@hoilhpn/testing/secrets';
import { CMS_DIR, startTestServer } from './harness/strapi-server';
import { createTestDatabase, type TestDatabase } from './harness/test-database';

/** better-sqlite3 ships no types; the two calls used here. */
type SqliteDatabase = { prepare(sql: string): { all(): unknown[] }; close(): void };
const openSqlite = createRequire(__filename)('better-sqlite3') as new (file: string, options: { readonly: boolean }) => SqliteDatabase;

/**
 * Starts the CMS as a deployment does (`scripts/strapi.mjs start`, production,
 * the dist/ the shared test server compiled) on `database`, waits until it
 * answers, stops it and returns what it printed. Its own process group, so a
 * stuck Strapi under the wrapper is killed too.
 */
async function startAndStop(database: TestDatabase): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/strapi.mjs', 'start'], {
    cwd: CMS_DIR,
    detached: true,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ENV_PATH: path.join(os.tmpdir(), 'hoilhpn-no-such.env'),
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_IF_EMPTY: 'false',
      ...testSecrets(),
      ...(database.client === 'sqlite'
        ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database.filename }
        : { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url }),
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (
        await fetch(`http://127.0.0.1:${port}/_health`).then(
          (response) => response.status === 204,
          () => false,
        )
      )
        break;
      if (child.exitCode !== null) throw new Error(`the CMS exited: ${output}`);
      if (Date.now() > deadline) throw new Error(`the CMS did not answer in 120 s: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
    await exited;
    clearTimeout(killer);
  }
  return output;
}

async function apiTokenNames(database: TestDatabase): Promise<string[]> {
  const sql = 'select name, type from strapi_api_tokens order by name';
  let rows: { name: string; type: string }[];
  if (database.client === 'sqlite') {
    const db = new openSqlite(database.filename, { readonly: true });
    rows = db.prepare(sql).all() as typeof rows;
    db.close();
  } else {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    rows = (await client.query(sql)).rows;
    await client.end();
  }
  return rows.map((row) => `${row.name} (${row.type})`);
}

async function adminUserCount(database: TestDatabase): Promise<number> {
  const sql = 'select count(*) as n from admin_users';
  if (database.client === 'sqlite') {
    const db = new openSqlite(database.filename, { readonly: true });
    const [row] = db.prepare(sql).all() as { n: number }[];
    db.close();
    return Number(row!.n);
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query(sql);
  await client.end();
  return Number(rows[0].n);
}

describe('the admin, on a fresh database', () => {
  it('labels the fields in Vietnamese in the content manager', async () => {
    const { strapi } = await startTestServer();
    const contentTypes = strapi.plugin('content-manager').service('content-types') as any;
    const article = await contentTypes.findConfiguration({ uid: 'api::article.article' });
    expect(article.metadatas.title.edit.label).toBe('Tiêu đề');
    expect(article.metadatas.lead.edit).toMatchObject({ label: 'Sapo', description: 'Đoạn mở đầu in đậm dưới tiêu đề' });
    const cadre = await contentTypes.findConfiguration({ uid: 'api::cadre.cadre' });
    expect(cadre.metadatas.phone.edit.label).toBe('Số điện thoại (nội bộ)');
    const components = strapi.plugin('content-manager').service('components') as any;
    const tally = await components.findConfiguration({ uid: 'shared.tally-item', category: 'shared' });
    expect(tally.metadatas.count.edit.label).toBe('Số lượng');
  });

  it('keeps no write API token: Strapi’s default "Read Only" and "Full Access" tokens are removed at start-up', async () => {
    const { strapi } = await startTestServer();
    const tokens: { name: string; type: string }[] = await strapi.db.query('admin::api-token').findMany({ select: ['name', 'type'] });
    expect(tokens.filter((token) => token.type === 'full-access')).toEqual([]);
    expect(tokens.map((token) => token.name)).not.toContain('Read Only');
    expect(tokens.map((token) => token.name)).not.toContain('Full Access');
  });

  /*
   * Strapi's admin makes the two tokens at every start on a database with no
   * administrator and no API token, which is exactly the database the removal
   * leaves. The shared test database gets tokens and administrators from
   * other files, so a restart there would prove nothing: this restarts a CMS
   * of its own, on a fresh database of the suite's kind, nothing else in it.
   */
  it('keeps none after a restart on the same database, though Strapi makes them again at every start', async () => {
    await startTestServer(); // compiles dist/, which `start` runs
    const database = await createTestDatabase(inject('database').client);
    try {
      for (const start of ['first start', 'restart']) {
        const output = await startAndStop(database);
        // Strapi did make them (no administrator, no token): the removal ran, on this start too.
        expect(output, start).toContain("Removed Strapi's default API tokens: Read Only, Full Access");
        expect(await apiTokenNames(database), start).toEqual([]);
      }
      expect(await adminUserCount(database)).toBe(0);
    } finally {
      await database.cleanup();
    }
  }, 300_000);

  it('turns sign-up off', async () => {
    const { strapi } = await startTestServer();
    const advanced = (await strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' }).get()) as any;
    expect(advanced.allow_register).toBe(false);
  });
});

describe('nothing reaches the internet', () => {
  it('serves a GraphQL landing page without CDN scripts or fonts', async () => {
    const response = await rest('/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.text).toContain('GraphQL');
    expect(response.text).not.toMatch(/https?:\/\//);
  });

  it('runs with telemetry and the update check off', async () => {
    const { strapi } = await startTestServer();
    expect(process.env.STRAPI_TELEMETRY_DISABLED).toBe('true');
    expect(strapi.config.get('server.logger.updates.enabled')).toBe(false);
    expect((strapi as any).telemetry?.isDisabled ?? true).toBe(true);
  });
});
