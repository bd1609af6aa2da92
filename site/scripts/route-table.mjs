// @ts-check
// Loads the site's routing code (src/routing, TypeScript) into this Node
// process, so the build's search records come from the same route table as
// the pages Astro renders. esbuild bundles the module (the packages stay
// external imports) into the cache folder; Astro compiles the same source
// for the pages.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What loadRouting gives: the exports of src/routing/index.ts and three of fingerprint.ts.
 * @typedef {typeof import('../src/routing/index') & Pick<typeof import('../src/routing/fingerprint'), 'manifestFileText' | 'routesManifest' | 'sameJson'>} Routing
 */

/**
 * The module src/routing/index.ts (computeRoutes, entryRoute, paramsOf) and routesManifest, manifestFileText, sameJson from fingerprint.ts.
 * @param {{ cacheDir?: string }} [options]
 * @returns {Promise<Routing>}
 */
export async function loadRouting({ cacheDir = path.join(SITE_DIR, '.cache') } = {}) {
  await mkdir(cacheDir, { recursive: true });
  const outfile = path.join(cacheDir, `routing-${process.pid}-${Date.now()}.mjs`);
  try {
    await build({
      stdin: {
        contents: "export * from './index.ts';\nexport { manifestFileText, routesManifest, sameJson } from './fingerprint.ts';\n",
        resolveDir: path.join(SITE_DIR, 'src', 'routing'),
        loader: 'ts',
      },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, { force: true });
  }
}
