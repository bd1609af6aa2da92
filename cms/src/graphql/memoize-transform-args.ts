import type { Core } from '@strapi/strapi';

/*
 * Strapi's GraphQL association resolvers turn the same field arguments (say
 * `tags(pagination: { limit: 100 })`) into a database query again for every
 * entry of a page, through lodash-heavy `transformArgs`: about a tenth of a
 * full fetch. The result depends only on the arguments, the target type and
 * whether pagination applies, so it is computed once per combination and
 * handed out as a copy (callers may change what they get).
 */

type TransformArgs = (args: unknown, options: { contentType: { uid: string }; usePagination?: boolean }) => unknown;

const PATCHED = Symbol.for('hoilhpn.memoizeTransformArgs');
/** Distinct argument sets are few (one per relation field and page size); the bound only guards against odd clients. */
export const MAX_CACHED = 1000;

export function memoizedTransformArgs(transformArgs: TransformArgs): TransformArgs & { [PATCHED]: true } {
  const cache = new Map<string, unknown>();
  const memoized: TransformArgs = (args, options) => {
    let key: string;
    try {
      key = `${options.contentType.uid}\u0000${options.usePagination ? 1 : 0}\u0000${JSON.stringify(args)}`;
    } catch {
      return transformArgs(args, options);
    }
    if (!cache.has(key)) {
      if (cache.size >= MAX_CACHED) cache.clear();
      // A copy: the result may share objects (a sort list, say) with the first caller's arguments.
      cache.set(key, structuredClone(transformArgs(args, options)));
    }
    return structuredClone(cache.get(key));
  };
  return Object.assign(memoized, { [PATCHED]: true as const });
}

/** Call from register, before the GraphQL plugin builds its resolvers. */
export function memoizeTransformArgs(strapi: Core.Strapi): boolean {
  const utils = (strapi.plugin('graphql')?.service('builders') as { utils?: { transformArgs?: TransformArgs & { [PATCHED]?: true } } } | undefined)?.utils;
  if (typeof utils?.transformArgs !== 'function') return false;
  if (!utils.transformArgs[PATCHED]) utils.transformArgs = memoizedTransformArgs(utils.transformArgs);
  return true;
}
