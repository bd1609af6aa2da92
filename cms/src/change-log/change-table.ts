import type { Core } from '@strapi/strapi';

/*
 * The change record lives in a plain table, not a content type: it never
 * shows in the admin, the REST API or the generated GraphQL types, and
 * Strapi's schema sync leaves alone tables it did not make (it drops only
 * tables its stored schema once tracked). It is made after every sync, so a
 * fresh database gets it before anything is saved.
 *
 * The row id is the sequence number: increasing by construction, never
 * reused (SQLite AUTOINCREMENT, a PostgreSQL sequence).
 */
export const CHANGE_TABLE = 'hoilhpn_content_changes';

/** Kept at start-up: rows of the last N days, and never more than M rows. The newest row is always kept, so `latest` survives. */
export const DEFAULT_RETENTION = { days: 90, rows: 100_000 } as const;

export type ChangeAction = 'create' | 'update' | 'publish' | 'unpublish' | 'delete' | 'discardDraft' | 'clone' | 'fileUpdate' | 'fileDelete';

export interface ChangeRow {
  sequence: number;
  type: string;
  documentId: string;
  action: ChangeAction;
}

export async function ensureChangeTable(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  // The edit view's "Trên trang" panel asks for one document's newest change every few seconds (site-status-route.ts).
  const documentIndex = () => knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (??, ??)', [`${CHANGE_TABLE}_document`, CHANGE_TABLE, 'document_id', 'id']);
  if (await knex.schema.hasTable(CHANGE_TABLE)) return void (await documentIndex());
  await knex.schema.createTable(CHANGE_TABLE, (table) => {
    table.increments('id').primary();
    table.string('type', 255).notNullable();
    table.string('document_id', 255).notNullable();
    table.string('action', 32).notNullable();
    // ISO text on SQLite (its driver takes no Date), timestamptz on PostgreSQL; both compare in time order.
    table.timestamp('changed_at', { useTz: true }).notNullable();
  });
  await documentIndex();
}

/**
 * Appends one row in the caller's transaction, if any (so the row commits
 * with the change it describes, or not at all). On PostgreSQL the table is
 * locked until that commit: otherwise two saves could take sequences 10 and
 * 11 and commit 11 first, and a build reading between the two commits would
 * record 11 as seen and never learn of 10.
 */
export async function recordChange(strapi: Core.Strapi, change: Omit<ChangeRow, 'sequence'>): Promise<void> {
  await strapi.db.transaction(async ({ trx }) => {
    if (strapi.db.dialect.client === 'postgres') await trx.raw('LOCK TABLE ?? IN SHARE ROW EXCLUSIVE MODE', [CHANGE_TABLE]);
    await trx(CHANGE_TABLE).insert({ type: change.type, document_id: change.documentId, action: change.action, changed_at: new Date().toISOString() });
  });
}

export interface ChangePage {
  /** The newest sequence recorded (0 before any change). */
  latest: number;
  /** A snapshot taken at sequence `oldest` or later is covered: every change after it is still in the record. */
  oldest: number;
  /** More changes follow the last one of this page. */
  hasMore: boolean;
  changes: ChangeRow[];
}

/** Changes after `after`, oldest first, at most `limit` of them. */
export async function readChanges(strapi: Core.Strapi, after: number, limit: number): Promise<ChangePage> {
  const knex = strapi.db.connection;
  const [bounds] = await knex(CHANGE_TABLE).min({ first: 'id' }).max({ last: 'id' });
  const first = bounds?.first == null ? null : Number(bounds.first);
  const latest = bounds?.last == null ? 0 : Number(bounds.last);
  const rows: Array<{ id: number | string; type: string; document_id: string; action: ChangeAction }> = await knex(CHANGE_TABLE)
    .select('id', 'type', 'document_id', 'action')
    .where('id', '>', after)
    .orderBy('id', 'asc')
    .limit(limit + 1);
  return {
    latest,
    oldest: first === null ? 0 : first - 1,
    hasMore: rows.length > limit,
    changes: rows.slice(0, limit).map((row) => ({ sequence: Number(row.id), type: row.type, documentId: row.document_id, action: row.action })),
  };
}

/** Drops rows older than `days` and all but the newest `rows`; the newest row stays. Returns how many went. */
export async function pruneChanges(strapi: Core.Strapi, retention: { days: number; rows: number } = DEFAULT_RETENTION, now = new Date()): Promise<number> {
  const knex = strapi.db.connection;
  const [{ last } = { last: null }] = await knex(CHANGE_TABLE).max({ last: 'id' });
  if (last == null) return 0;
  const newest = Number(last);
  const cutoff = new Date(now.getTime() - retention.days * 86_400_000);
  return knex(CHANGE_TABLE)
    .where('id', '<', newest)
    .andWhere((query) => query.where('changed_at', '<', cutoff.toISOString()).orWhere('id', '<=', newest - retention.rows))
    .delete();
}
