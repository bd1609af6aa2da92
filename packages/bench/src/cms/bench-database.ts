import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';

/** A fresh, empty database for one run, and the CMS environment that points at it. */
export interface BenchDatabase {
  kind: 'sqlite' | 'postgres';
  /** DATABASE_* variables for the CMS (cms/config/database.ts). */
  env: Record<string, string>;
  /** Removes the database (the SQLite file goes with the run's temporary folder). */
  drop(): Promise<void>;
}

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function sqliteDatabase(workDir: string): BenchDatabase {
  return {
    kind: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, 'cms.db') },
    drop: async () => {},
  };
}

/**
 * Creates `hoilhpn_bench_<random>` on the server `adminUrl` points at (a
 * database the user may create databases from) and drops it afterwards, even
 * when a CMS is still connected (WITH (FORCE), PostgreSQL 13+).
 */
export async function postgresDatabase(adminUrl = DEFAULT_POSTGRES_URL): Promise<BenchDatabase> {
  const name = `hoilhpn_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  return {
    kind: 'postgres',
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: url.hostname,
      DATABASE_PORT: url.port || '5432',
      DATABASE_NAME: name,
      DATABASE_USERNAME: decodeURIComponent(url.username || 'postgres'),
      DATABASE_PASSWORD: decodeURIComponent(url.password),
      DATABASE_SSL: 'false',
    },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
