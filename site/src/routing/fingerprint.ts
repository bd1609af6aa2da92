import { createHash } from 'node:crypto';
import type { AnyRoute } from './types';

/**
 * JSON with object keys in code point order, so equal data gives equal text
 * whatever order its keys were set in. Values JSON leaves out (undefined,
 * functions) are left out here too; route data has no others.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined || typeof item === 'function' ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => {
      const item = (value as Record<string, unknown>)[key];
      return item !== undefined && typeof item !== 'function';
    })
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/**
 * A route's fingerprint: sha256 of what decides its bytes, its route data and
 * template, the public address and the site's code version. Equal
 * fingerprints, equal output; a later build renders only routes whose
 * fingerprint changed.
 */
export function fingerprint(route: Pick<AnyRoute, 'path' | 'template' | 'data'>, { codeVersion, site }: { codeVersion: string; site: string }): string {
  return createHash('sha256')
    .update(canonicalJson({ codeVersion, site, path: route.path, template: route.template, data: route.data }))
    .digest('hex');
}

export interface RoutesManifest {
  codeVersion: string;
  site: string;
  /** Path → the template that renders it and its fingerprint. */
  routes: Record<string, { template: string; fingerprint: string }>;
}

/**
 * True when `a` and `b` give the same canonicalJson, without writing it:
 * objects shared by both (what a build server's content snapshot keeps from
 * one publish to the next) are the same at once.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    // Strings and finite numbers equal only when ===; null, undefined, NaN and functions as JSON writes them.
    if (typeof a === 'string' || typeof b === 'string') return false;
    return canonicalJson(a ?? null) === canonicalJson(b ?? null);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!sameJson(a[index], b[index])) return false;
    return true;
  }
  const kept = (value: Record<string, unknown>) => Object.keys(value).filter((key) => value[key] !== undefined && typeof value[key] !== 'function');
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = kept(left);
  if (keys.length !== kept(right).length) return false;
  for (const key of keys) if (!Object.hasOwn(right, key) || !sameJson(left[key], right[key])) return false;
  return true;
}

/**
 * The routes manifest. `reuse` may give a route's fingerprint without hashing
 * it again (a build server knows the last build's data and fingerprints); it
 * must give only what fingerprint() would.
 */
export function routesManifest(
  routes: readonly AnyRoute[],
  options: { codeVersion: string; site: string },
  reuse: (route: AnyRoute) => string | undefined = () => undefined,
): RoutesManifest {
  return {
    codeVersion: options.codeVersion,
    site: options.site,
    routes: Object.fromEntries(routes.map((route) => [route.path, { template: route.template, fingerprint: reuse(route) ?? fingerprint(route, options) }])),
  };
}

/** route-manifest.json as a release holds it: written by the page of that name, and by incremental builds from the manifest they computed. */
export function manifestFileText(manifest: RoutesManifest): string {
  return `${JSON.stringify(manifest, null, 1)}\n`;
}
