import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders of the repository the benchmark drives. */
export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = path.resolve(BENCH_DIR, '..', '..');
export const CMS_DIR = path.join(REPO_DIR, 'cms');
export const SITE_DIR = path.join(REPO_DIR, 'site');
/** Where site/scripts/build.mjs keeps the media it copied from the CMS. */
export const SITE_MEDIA_CACHE = path.join(SITE_DIR, '.cache', 'media');
export const SITE_BUILD_SCRIPT = path.join(SITE_DIR, 'scripts', 'build.mjs');
/** The build the rebuild service keeps running between publishes, as `npm start` and docker compose run it. */
export const SITE_BUILD_SERVER = path.join(SITE_DIR, 'scripts', 'build-server.mjs');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const README_FILE = path.join(BENCH_DIR, 'README.md');
