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

export function routesManifest(routes: readonly AnyRoute[], options: { codeVersion: string; site: string }): RoutesManifest {
  return {
    codeVersion: options.codeVersion,
    site: options.site,
    routes: Object.fromEntries(routes.map((route) => [route.path, { template: route.template, fingerprint: fingerprint(route, options) }])),
  };
}

/** route-manifest.json as a release holds it: written by the page of that name, and by incremental builds from the manifest they computed. */
export function manifestFileText(manifest: RoutesManifest): string {
  return `${JSON.stringify(manifest, null, 1)}\n`;
}
