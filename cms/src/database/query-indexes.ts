import type { Core } from '@strapi/strapi';

/*
 * Indexes Strapi's schema files cannot declare, made at start-up.
 *
 * The site pages through articles and videos newest first:
 * ORDER BY published_date DESC, document_id ASC, id ASC (Strapi adds the id)
 * with LIMIT/OFFSET. Without an index in exactly that order the database sorts
 * the whole table, or reads every skipped row, for each page: at 10,000
 * articles a page deep in the list took 32 ms, and the full fetch grew with
 * the square of the content. With it, 2 ms.
 *
 * Strapi's schema files can declare indexes but not column directions.
 * published_at is last so the index alone tells which rows are published.
 *
 * Every save checks that the slug is unique (and a new entry's slug is made
 * from its title by looking for taken ones): without an index each check read
 * the whole table, 20,000 rows with their bodies at 10,000 articles, which is
 * why importing slowed down as the table grew.
 *
 * This runs at every start, after Strapi has synced its schema: when a
 * content type changes, Strapi's migration (forceMigration, on by default)
 * drops indexes it does not know, and they are made again here. Otherwise
 * IF NOT EXISTS makes it a no-op.
 */

export interface QueryIndex {
  name: string;
  table: string;
  columns: Array<{ column: string; order: 'asc' | 'desc' }>;
}

const NEWEST_FIRST: QueryIndex[] = ['articles', 'videos'].map((table) => ({
  name: `${table}_newest_first_idx`,
  table,
  columns: [
    { column: 'published_date', order: 'desc' },
    { column: 'document_id', order: 'asc' },
    { column: 'id', order: 'asc' },
    { column: 'published_at', order: 'asc' },
  ],
}));

/** The tables of the types with a slug (every page type, categories and tags). */
export const SLUG_TABLES = ['articles', 'videos', 'projects', 'training_courses', 'cadres', 'awards', 'legal_documents', 'categories', 'tags'];

const SLUG_LOOKUP: QueryIndex[] = SLUG_TABLES.map((table) => ({ name: `${table}_slug_idx`, table, columns: [{ column: 'slug', order: 'asc' }] }));

export const QUERY_INDEXES: QueryIndex[] = [...NEWEST_FIRST, ...SLUG_LOOKUP];

/** CREATE INDEX IF NOT EXISTS, with quoted identifiers (knex's ??) and the directions spelled out. */
export function createIndexStatement(index: QueryIndex): { sql: string; bindings: string[] } {
  const columns = index.columns.map(({ order }) => `?? ${order === 'desc' ? 'DESC' : 'ASC'}`).join(', ');
  return { sql: `CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns})`, bindings: [index.name, index.table, ...index.columns.map(({ column }) => column)] };
}

export async function ensureQueryIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  for (const index of QUERY_INDEXES) {
    if (!(await knex.schema.hasTable(index.table))) continue;
    const { sql, bindings } = createIndexStatement(index);
    await knex.raw(sql, bindings);
  }
}
