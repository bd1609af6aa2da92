import type { Core } from '@strapi/strapi';

/*
 * Strapi 5's GraphQL resolves every relation, media field and component of
 * every entry with its own `entityManager.load(uid, entry, field, query)`: a
 * page of 100 articles with 11 such fields costs over a thousand small SQL
 * queries, and fetching 10,000 articles took 72 s. This collects the loads that
 * GraphQL asks for in one turn of the event loop and answers each group (same
 * type, field and query) with one `findMany` over all their entries, which is
 * exactly what `load` does for one entry (findOne with that populate).
 *
 * A populate's limit and offset apply to the whole query, not per entry, so
 * they are left out of the SQL and applied to each entry's list here, after
 * the same ORDER BY (with Strapi's id tie-breaker, which it adds whenever a
 * query pages). Reading whole lists to cut them could be abused ("every
 * category, one article each"), so a to-many batch with a window counts first
 * and falls back to one load per entry when it would read more than
 * MAX_EXTRA_ROWS rows beyond the windows. Loads inside a transaction, outside
 * a GraphQL request, of polymorphic relations with a window, or with anything
 * but plain data in the query go to Strapi's own `load`.
 */

type Load = (uid: string, entity: unknown, fields: unknown, params?: unknown) => Promise<unknown>;

interface EntityManager {
  load: Load;
  findMany(uid: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
}

interface PendingLoad {
  id: number | string;
  entity: unknown;
  params: unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** How a relation is read, from the database metadata. */
export type RelationKind = 'to-one' | 'to-many' | 'polymorphic' | 'unknown';

interface Batch {
  uid: string;
  field: string;
  /** The populate query without the window (an offset of 0 keeps Strapi's ORDER BY for a windowed query). */
  populate: Record<string, unknown> | true;
  limit: number | undefined;
  offset: number;
  kind: RelationKind;
  loads: PendingLoad[];
}

/** Entries per SQL query: well under SQLite's and PostgreSQL's bound-parameter limits. */
export const IDS_PER_QUERY = 500;
/** Rows a batch may read beyond what the entries' windows keep before it gives way to one load per entry. */
export const MAX_EXTRA_ROWS = 1000;

/** Plain objects, arrays, strings, numbers, booleans, null and dates only: anything else cannot be keyed safely. */
export function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  if (type === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as object).every((item) => isPlainData(item, depth + 1));
  }
  return false;
}

function toLimit(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : null;
}

/**
 * Splits a load's query into the batched SQL populate and the per-entry window,
 * or null when the query is not one this can batch faithfully.
 */
export function batchableQuery(
  params: unknown,
): { populate: Record<string, unknown> | true; limit: number | undefined; offset: number; windowed: boolean; key: string } | null {
  if (params === undefined || params === null || params === true) return { populate: true, limit: undefined, offset: 0, windowed: false, key: 'true' };
  if (typeof params !== 'object' || Array.isArray(params) || !isPlainData(params)) return null;
  const { limit, offset, ...rest } = params as Record<string, unknown>;
  const count = (params as { count?: unknown }).count === true;
  const parsedLimit = toLimit(limit);
  const parsedOffset = toLimit(offset);
  if (parsedLimit === null || parsedOffset === null) return null;
  // Counting ignores limit and offset in Strapi too (pickPopulateParams).
  if (count) return { populate: rest, limit: undefined, offset: 0, windowed: false, key: JSON.stringify(rest) };
  const windowed = limit !== undefined || offset !== undefined;
  // A window makes Strapi order by id last (ensurePaginationOrderStability); offset 0 asks for the same
  // ORDER BY without an OFFSET clause. Strapi reads a limit of 0 as no limit.
  const populate = windowed ? { ...rest, offset: 0 } : rest;
  return { populate, limit: parsedLimit || undefined, offset: parsedOffset ?? 0, windowed, key: JSON.stringify(rest) };
}

/** One entry's value, as `load` would have returned it for the same query with its limit and offset. */
export function windowed(value: unknown, limit: number | undefined, offset: number): unknown {
  if (!Array.isArray(value)) return offset > 0 ? null : value;
  if (limit === undefined && offset === 0) return value;
  return value.slice(offset, limit === undefined ? undefined : offset + limit);
}

/** The rows a batch reads beyond the windows, from each entry's count. */
export function extraRows(counts: number[], limit: number | undefined, offset: number): number {
  if (limit === undefined) return counts.reduce((sum, count) => sum + Math.min(count, offset), 0);
  return counts.reduce((sum, count) => sum + Math.max(0, count - (offset + limit)) + Math.min(count, offset), 0);
}

/** Read at every batch, so a test can lower the bound on the running CMS (strapi.db.entityManager[BATCH_SETTINGS]). */
export interface BatchSettings {
  maxExtraRows: number;
}

export const BATCH_SETTINGS = Symbol.for('hoilhpn.batchRelationLoads');

export function createRelationLoadBatcher(entityManager: EntityManager, load: Load, settings: BatchSettings) {
  let pending = new Map<string, Batch>();
  let scheduled = false;

  async function findByIds(
    batch: Batch,
    ids: Array<number | string>,
    populate: Record<string, unknown> | true,
  ): Promise<Map<number | string, Record<string, unknown>>> {
    const rows = new Map<number | string, Record<string, unknown>>();
    for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
      const found = await entityManager.findMany(batch.uid, {
        select: ['id'],
        where: { id: { $in: ids.slice(start, start + IDS_PER_QUERY) } },
        populate: { [batch.field]: populate },
      });
      for (const row of found) rows.set(row.id as number | string, row);
    }
    return rows;
  }

  /** Whether reading the entries' whole lists stays within MAX_EXTRA_ROWS of what their windows keep. */
  async function boundedOverRead(batch: Batch, ids: Array<number | string>): Promise<boolean> {
    const { offset: _offset, ...populate } = batch.populate === true ? {} : batch.populate;
    const rows = await findByIds(batch, ids, { ...populate, count: true });
    const counts: number[] = [];
    for (const row of rows.values()) {
      const count = (row[batch.field] as { count?: unknown } | null)?.count;
      if (typeof count !== 'number') return false;
      counts.push(count);
    }
    return extraRows(counts, batch.limit, batch.offset) <= settings.maxExtraRows;
  }

  async function runBatch(batch: Batch): Promise<void> {
    const ids = [...new Set(batch.loads.map((pendingLoad) => pendingLoad.id))];
    if (batch.kind === 'to-many' && (batch.limit !== undefined || batch.offset > 0) && !(await boundedOverRead(batch, ids))) {
      for (const pendingLoad of batch.loads) load(batch.uid, pendingLoad.entity, batch.field, pendingLoad.params).then(pendingLoad.resolve, pendingLoad.reject);
      return;
    }
    const rows = await findByIds(batch, ids, batch.populate);
    const handedOut = new Set<number | string>();
    for (const pendingLoad of batch.loads) {
      const row = rows.get(pendingLoad.id);
      if (!row) {
        pendingLoad.resolve(null);
        continue;
      }
      let value = windowed(row[batch.field], batch.limit, batch.offset);
      // Two loads of the same entry must not share one object: later resolvers may change it.
      if (handedOut.has(pendingLoad.id)) value = structuredClone(value);
      handedOut.add(pendingLoad.id);
      pendingLoad.resolve(value);
    }
  }

  function flush(): void {
    const batches = [...pending.values()];
    pending = new Map();
    scheduled = false;
    for (const batch of batches) {
      runBatch(batch).catch((error: unknown) => {
        for (const pendingLoad of batch.loads) pendingLoad.reject(error);
      });
    }
  }

  /** Queues one load; the caller must already know it is batchable. */
  function enqueue(
    uid: string,
    entity: { id: number | string },
    field: string,
    kind: RelationKind,
    params: unknown,
    query: NonNullable<ReturnType<typeof batchableQuery>>,
  ): Promise<unknown> {
    const key = `${uid}\u0000${field}\u0000${query.windowed ? 1 : 0}\u0000${query.limit ?? ''}\u0000${query.offset}\u0000${query.key}`;
    let batch = pending.get(key);
    if (!batch) {
      batch = { uid, field, populate: query.populate, limit: query.limit, offset: query.offset, kind, loads: [] };
      pending.set(key, batch);
    }
    const promise = new Promise<unknown>((resolve, reject) => batch!.loads.push({ id: entity.id, entity, params, resolve, reject }));
    if (!scheduled) {
      scheduled = true;
      // After the microtasks: every resolver of the page has asked for its load by then.
      setImmediate(flush);
    }
    return promise;
  }

  return { enqueue };
}

/** To-one, to-many or polymorphic, from the database metadata's relation type. */
export function relationKind(relation: string | undefined): RelationKind {
  switch (relation) {
    case 'oneToOne':
    case 'manyToOne':
    case 'morphOne':
      return 'to-one';
    case 'oneToMany':
    case 'manyToMany':
    case 'morphMany':
      return 'to-many';
    case 'morphToOne':
    case 'morphToMany':
      return 'polymorphic';
    default:
      return 'unknown';
  }
}

function entityId(entity: unknown): number | string | null {
  const id = (entity as { id?: unknown } | null)?.id;
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : null;
}

/** Installs the batching for GraphQL requests (the public site's and the preview's reads). */
export function batchGraphqlRelationLoads(strapi: Core.Strapi): void {
  const entityManager = (strapi.db as unknown as { entityManager: EntityManager & { [BATCH_SETTINGS]?: BatchSettings } }).entityManager;
  if (entityManager[BATCH_SETTINGS]) return;
  const settings: BatchSettings = { maxExtraRows: MAX_EXTRA_ROWS };
  const endpoint = String(strapi.config.get('plugin::graphql.endpoint') ?? '/graphql');
  const original: Load = entityManager.load.bind(entityManager);
  const batcher = createRelationLoadBatcher(entityManager, original, settings);
  const inGraphqlRequest = () => (strapi.requestContext.get() as { path?: string } | undefined)?.path === endpoint;
  const kindOf = (uid: string, field: string) =>
    relationKind((strapi.db.metadata.get(uid)?.attributes as Record<string, { relation?: string }> | undefined)?.[field]?.relation);

  entityManager.load = (uid, entity, fields, params) => {
    const id = entityId(entity);
    if (typeof fields !== 'string' || id === null || strapi.db.inTransaction() || !inGraphqlRequest()) return original(uid, entity, fields, params);
    const query = batchableQuery(params);
    const kind = kindOf(uid, fields);
    // Strapi windows polymorphic lists per target type, not per entry: not something a slice can copy.
    if (!query || kind === 'unknown' || (kind === 'polymorphic' && query.windowed)) return original(uid, entity, fields, params);
    return batcher.enqueue(uid, entity as { id: number | string }, fields, kind, params, query);
  };
  entityManager[BATCH_SETTINGS] = settings;
}
