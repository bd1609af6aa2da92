// @ts-check
// The site's code version: one hash of everything besides content that decides
// what a build writes. A route's fingerprint includes it, so a change to the
// site's code, the packages it uses or the locked dependencies means every
// route is new (a full build).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(SITE_DIR, '..');

/** Folders and files the output depends on, relative to the repository root. Tests are left out. */
export const CODE_INPUTS = [
  'site/src',
  'site/public',
  'site/astro.config.mjs',
  // The warm renderer of incremental builds (scripts/renderer.mjs) is built from these too.
  'site/astro.render.config.mjs',
  'site/scripts/renderer/entry.mjs',
  // What the search index holds and how it is split (the shards' fingerprints assume the same code).
  'site/scripts/search-index.mjs',
  'site/scripts/search-index-worker.mjs',
  'site/scripts/search-shards.mjs',
  'site/tailwind.config.mjs',
  'site/package.json',
  'packages/content/src',
  'packages/content/package.json',
  'packages/vietnamese/src',
  'packages/vietnamese/package.json',
  'pnpm-lock.yaml',
];

const isTest = (/** @type {string} */ name) => /\.test\.[cm]?[jt]s$/.test(name);

/**
 * @param {string} full
 * @returns {Promise<string[]>}
 */
async function filesUnder(full) {
  const entries = await readdir(full, { withFileTypes: true }).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (entries === null) return [full];
  /** @type {string[]} */
  const files = [];
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const child = path.join(full, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(child)));
    else if (entry.isFile() && !isTest(entry.name)) files.push(child);
  }
  return files;
}

/** sha256 over each input file's path (from `root`) and bytes, in path order. */
export async function codeVersion({ root = ROOT, inputs = CODE_INPUTS } = {}) {
  /** @type {string[]} */
  const files = [];
  for (const input of inputs) files.push(...(await filesUnder(path.join(root, input))));
  const relative = [...new Set(files.map((file) => path.relative(root, file).split(path.sep).join('/')))].sort();
  const hash = createHash('sha256');
  for (const file of relative) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
