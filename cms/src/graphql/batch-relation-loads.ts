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
 * the same ORDER BY. Loads inside a transaction, outside a GraphQL request,
 * or with anything but plain data in the query go to Strapi's own `load`.
 */

type Load = (uid: string, entity: unknown, fields: unknown, params?: unknown) => Promise<unknown>;

interface EntityManager {
  load: Load;
  findMany(uid: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
}

interface PendingLoad {
  id: number | string;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Batch {
  uid: string;
  field: string;
  /** The populate query without limit and offset. */
  populate: Record<string, unknown> | true;
  limit: number | undefined;
  offset: number;
  loads: PendingLoad[];
}

/** Entries per SQL query: well under SQLite's and PostgreSQL's bound-parameter limits. */
export const IDS_PER_QUERY = 500;

const PATCHED = Symbol.for('hoilhpn.batchRelationLoads');

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
export function batchableQuery(params: unknown): { populate: Record<string, unknown> | true; limit: number | undefined; offset: number; key: string } | null {
  if (params === undefined || params === null || params === true) return { populate: true, limit: undefined, offset: 0, key: 'true' };
  if (typeof params !== 'object' || Array.isArray(params) || !isPlainData(params)) return null;
  const { limit, offset, ...rest } = params as Record<string, unknown>;
  const count = (params as { count?: unknown }).count === true;
  const parsedLimit = toLimit(limit);
  const parsedOffset = toLimit(offset);
  if (parsedLimit === null || parsedOffset === null) return null;
  // Counting ignores limit and offset in Strapi too (pickPopulateParams).
  const window = count ? { limit: undefined, offset: 0 } : { limit: parsedLimit, offset: parsedOffset ?? 0 };
  return { populate: rest, ...window, key: JSON.stringify(rest) };
}

/** One entry's value, as `load` would have returned it for the same query with its limit and offset. */
export function windowed(value: unknown, limit: number | undefined, offset: number): unknown {
  if (!Array.isArray(value) || (limit === undefined && offset === 0)) return value;
  return value.slice(offset, limit === undefined ? undefined : offset + limit);
}

export function createRelationLoadBatcher(entityManager: EntityManager, schedule: (flush: () => void) => void = setImmediate) {
  let pending = new Map<string, Batch>();
  let scheduled = false;

  async function runBatch(batch: Batch): Promise<void> {
    const ids = [...new Set(batch.loads.map((load) => load.id))];
    const rows = new Map<number | string, Record<string, unknown>>();
    for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
      const chunk = ids.slice(start, start + IDS_PER_QUERY);
      const found = await entityManager.findMany(batch.uid, {
        select: ['id'],
        where: { id: { $in: chunk } },
        populate: { [batch.field]: batch.populate },
      });
      for (const row of found) rows.set(row.id as number | string, row);
    }
    const handedOut = new Set<number | string>();
    for (const load of batch.loads) {
      const row = rows.get(load.id);
      if (!row) {
        load.resolve(null);
        continue;
      }
      let value = windowed(row[batch.field], batch.limit, batch.offset);
      // Two loads of the same entry must not share one object: later resolvers may change it.
      if (handedOut.has(load.id)) value = structuredClone(value);
      handedOut.add(load.id);
      load.resolve(value);
    }
  }

  function flush(): void {
    const batches = [...pending.values()];
    pending = new Map();
    scheduled = false;
    for (const batch of batches) {
      runBatch(batch).catch((error: unknown) => {
        for (const load of batch.loads) load.reject(error);
      });
    }
  }

  /** Queues one load; the caller must already know it is batchable. */
  function enqueue(uid: string, id: number | string, field: string, query: NonNullable<ReturnType<typeof batchableQuery>>): Promise<unknown> {
    const key = `${uid}\u0000${field}\u0000${query.limit ?? ''}\u0000${query.offset}\u0000${query.key}`;
    let batch = pending.get(key);
    if (!batch) {
      batch = { uid, field, populate: query.populate, limit: query.limit, offset: query.offset, loads: [] };
      pending.set(key, batch);
    }
    const promise = new Promise<unknown>((resolve, reject) => batch!.loads.push({ id, resolve, reject }));
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
    return promise;
  }

  return { enqueue };
}

function entityId(entity: unknown): number | string | null {
  const id = (entity as { id?: unknown } | null)?.id;
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : null;
}

/** Installs the batching for GraphQL requests (the public site's and the preview's reads). */
export function batchGraphqlRelationLoads(strapi: Core.Strapi): void {
  const entityManager = (strapi.db as unknown as { entityManager: EntityManager & { [PATCHED]?: true } }).entityManager;
  if (entityManager[PATCHED]) return;
  const endpoint = String(strapi.config.get('plugin::graphql.endpoint') ?? '/graphql');
  const original: Load = entityManager.load.bind(entityManager);
  const batcher = createRelationLoadBatcher(entityManager);
  const inGraphqlRequest = () => (strapi.requestContext.get() as { path?: string } | undefined)?.path === endpoint;

  entityManager.load = (uid, entity, fields, params) => {
    const id = entityId(entity);
    const query = typeof fields === 'string' && id !== null ? batchableQuery(params) : null;
    if (!query || id === null || strapi.db.inTransaction() || !inGraphqlRequest()) return original(uid, entity, fields, params);
    return batcher.enqueue(uid, id, fields as string, query);
  };
  entityManager[PATCHED] = true;
}
