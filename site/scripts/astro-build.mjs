#!/usr/bin/env node
// @ts-check
// Astro's static build of every route into the folder given, in a process of
// its own: the build server (build-server.mjs) runs full builds through it,
// so it never keeps what Astro loads. The content comes in SITE_DATA_FILE,
// as for `astro build` run by build-release.mjs in a cold build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
/** @typedef {import('astro').AstroInlineConfig['logLevel']} LogLevel */

// When the build server is stopped (killed, so it cannot stop its children), this build stops too:
// an orphan is handed to another parent.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && process.exit(1), 1000).unref();
const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({ root: SITE_DIR, outDir: process.argv[2], logLevel: /** @type {LogLevel} */ (process.env.ASTRO_LOG_LEVEL ?? 'warn') });
