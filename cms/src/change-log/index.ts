import type { Core } from '@strapi/strapi';
import { ensureChangeTable, pruneChanges } from './change-table';
import { serveContentChanges } from './graphql-changes';
import { recordContentChanges } from './record-changes';

/**
 * The change record the site build fetches incrementally from (see
 * @hoilhpn/content fetchSiteChanges). Call from register: the table is made
 * and pruned right after Strapi's schema sync, before any bootstrap saves,
 * and the GraphQL schema is built before the app's bootstrap runs.
 *
 * Pruning at start-up only, so nothing runs on a timer on every instance.
 */
export function registerChangeLog(strapi: Core.Strapi): void {
  strapi.hook('strapi::content-types.afterSync').register(async () => {
    await ensureChangeTable(strapi);
    const pruned = await pruneChanges(strapi);
    if (pruned > 0) strapi.log.info(`Change record: ${pruned} old rows pruned.`);
  });
  recordContentChanges(strapi);
  serveContentChanges(strapi);
}
