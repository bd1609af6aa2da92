#!/usr/bin/env node
// @ts-check
// Builds the preview server's renderer (dist-preview): the site's own components
// behind one server-rendered route. It needs no CMS and holds no content.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Astro's telemetry would call home from every build.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const started = performance.now();
const { build } = await import('astro');
await build({
  root: SITE_DIR,
  configFile: 'astro.preview.config.mjs',
  logLevel: /** @type {import('astro').AstroInlineConfig['logLevel']} */ (process.env.ASTRO_LOG_LEVEL ?? 'warn'),
});
console.log(`site: preview renderer built into dist-preview in ${((performance.now() - started) / 1000).toFixed(1)} s`);
