import type { Core } from '@strapi/strapi';

/*
 * The site pages through articles and videos newest first:
 * ORDER BY published_date DESC, document_id ASC, id ASC (Strapi adds the id)
 * with LIMIT/OFFSET. Without an index in exactly that order the database sorts
 * the whole table, or reads every skipped row, for each page: at 10,000
 * articles a page deep in the list took 32 ms, and the full fetch grew with
 * the square of the content. With it, 2 ms.
 *
 * Strapi's schema files can declare indexes but not column directions, so
 * these are made here at start-up (IF NOT EXISTS: a no-op after the first).
 * Strapi leaves indexes it does not know alone. published_at is last so the
 * index alone tells which rows are published.
 */

export interface ListingIndex {
  name: string;
  table: string;
  columns: Array<{ column: string; order: 'asc' | 'desc' }>;
}

export const LISTING_INDEXES: ListingIndex[] = ['articles', 'videos'].map((table) => ({
  name: `${table}_newest_first_idx`,
  table,
  columns: [
    { column: 'published_date', order: 'desc' },
    { column: 'document_id', order: 'asc' },
    { column: 'id', order: 'asc' },
    { column: 'published_at', order: 'asc' },
  ],
}));

/** CREATE INDEX IF NOT EXISTS, with quoted identifiers (knex's ??) and the directions spelled out. */
export function createIndexStatement(index: ListingIndex): { sql: string; bindings: string[] } {
  const columns = index.columns.map(({ order }) => `?? ${order === 'desc' ? 'DESC' : 'ASC'}`).join(', ');
  return { sql: `CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns})`, bindings: [index.name, index.table, ...index.columns.map(({ column }) => column)] };
}

export async function ensureListingIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  for (const index of LISTING_INDEXES) {
    if (!(await knex.schema.hasTable(index.table))) continue;
    const { sql, bindings } = createIndexStatement(index);
    await knex.raw(sql, bindings);
  }
}
