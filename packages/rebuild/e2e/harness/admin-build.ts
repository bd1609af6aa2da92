import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './live-stack.js';

const CMS_DIR = path.join(REPO, 'cms');
const BUILD_DIR = path.join(CMS_DIR, 'dist', 'build');
const STAMP = path.join(BUILD_DIR, '.inputs-sha256');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** What the admin bundle is made of: its customisations, its config and the installed versions. */
function inputsHash(): string {
  const hash = createHash('sha256');
  const inputs = [
    ...filesUnder(path.join(CMS_DIR, 'src', 'admin')),
    path.join(CMS_DIR, 'config', 'admin.ts'),
    path.join(CMS_DIR, 'package.json'),
    // The admin shows the site's labels for enumeration values.
    path.join(REPO, 'packages', 'content', 'src', 'model', 'labels.ts'),
    path.join(REPO, 'pnpm-lock.yaml'),
  ];
  for (const file of inputs.sort()) {
    if (!statSync(file).isFile()) continue;
    hash.update(path.relative(REPO, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * The browser tests drive the real admin panel, which the test CMS serves
 * from cms/dist/build. Building it takes about 35 s and 2 GB, so it is built
 * once and again only when its inputs change.
 */
export function ensureAdminBuild(): void {
  const expected = inputsHash();
  if (existsSync(path.join(BUILD_DIR, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === expected) {
    console.log('admin panel: cms/dist/build is up to date');
    return;
  }
  console.log('admin panel: building (strapi build, about 35 s)…');
  const started = Date.now();
  const result = spawnSync(process.execPath, ['scripts/strapi.mjs', 'build'], { cwd: CMS_DIR, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`strapi build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  writeFileSync(STAMP, expected);
  console.log(`admin panel: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
