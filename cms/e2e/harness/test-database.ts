import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type TestDatabase =
  { client: 'sqlite'; filename: string; cleanup(): Promise<void> } | { client: 'postgres'; url: string; name: string; cleanup(): Promise<void> };

/** The server the PostgreSQL suite uses: TEST_POSTGRES_URL, or the local one. */
export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export async function isPostgresReachable(url = postgresAdminUrl()): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A database nobody has used: a new SQLite file, or a new PostgreSQL database dropped afterwards. */
export async function createTestDatabase(client: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (client === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-cms-test-'));
    return {
      client,
      filename: path.join(dir, 'data.db'),
      async cleanup() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = postgresAdminUrl();
  const name = `hoilhpn_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    client,
    url: url.toString(),
    name,
    async cleanup() {
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await drop.end();
    },
  };
}
