import type { Core } from '@strapi/strapi';

/*
 * Several CMS instances may share one PostgreSQL database behind a load
 * balancer. Work that must happen once, not once per instance (the scheduler's
 * pass, start-up set-up such as registering the rebuild webhook), runs under a
 * PostgreSQL advisory lock. A transaction-scoped one: it is released when the
 * transaction ends, even if the instance dies mid-way, so no lease is left to
 * expire. The work itself runs on other pooled connections (the transaction
 * only holds the lock). SQLite is one file for one instance: no lock needed.
 */

/** Advisory lock keys: fixed numbers, one per job, shared by every instance. */
export const CLUSTER_LOCKS = {
  /** A scheduler pass: due entries are published or unpublished by one instance. */
  scheduler: 0x484c_5001,
  /** Start-up set-up that writes shared rows (roles, tokens, the rebuild webhook, the demo seed). */
  startup: 0x484c_5002,
} as const;

export type ClusterLockName = keyof typeof CLUSTER_LOCKS;

/** The work did not run: another instance holds the lock right now. */
export const HELD_ELSEWHERE = Symbol('held by another instance');

function usesPostgres(strapi: Core.Strapi): boolean {
  return (strapi.db.config.connection as { client?: string }).client === 'postgres';
}

/** Runs `work` once no other instance holds the lock, waiting for it. */
export async function withClusterLock<T>(strapi: Core.Strapi, name: ClusterLockName, work: () => Promise<T>): Promise<T> {
  if (!usesPostgres(strapi)) return work();
  return strapi.db.connection.transaction(async (transaction) => {
    await transaction.raw('select pg_advisory_xact_lock(?)', [CLUSTER_LOCKS[name]]);
    return work();
  });
}

/** Runs `work` unless another instance holds the lock now; then returns HELD_ELSEWHERE at once. */
export async function tryClusterLock<T>(strapi: Core.Strapi, name: ClusterLockName, work: () => Promise<T>): Promise<T | typeof HELD_ELSEWHERE> {
  if (!usesPostgres(strapi)) return work();
  return strapi.db.connection.transaction(async (transaction) => {
    const { rows } = (await transaction.raw('select pg_try_advisory_xact_lock(?) as locked', [CLUSTER_LOCKS[name]])) as { rows: { locked: boolean }[] };
    if (!rows[0]?.locked) return HELD_ELSEWHERE;
    return work();
  });
}
