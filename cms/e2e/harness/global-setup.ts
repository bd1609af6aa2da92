import type { TestProject } from 'vitest/node';
import { createTestDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    database: { client: 'sqlite'; filename: string } | { client: 'postgres'; url: string };
  }
}

/** TEST_DATABASE=postgres runs the same suite on PostgreSQL; SQLite otherwise. */
export default async function setup(project: TestProject) {
  const client = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
  const database = await createTestDatabase(client);
  console.log(`integration: real Strapi on ${database.client === 'sqlite' ? `SQLite ${database.filename}` : `PostgreSQL database ${database.name}`}`);
  project.provide('database', database.client === 'sqlite' ? { client: 'sqlite', filename: database.filename } : { client: 'postgres', url: database.url });
  return async () => {
    await database.cleanup();
  };
}
