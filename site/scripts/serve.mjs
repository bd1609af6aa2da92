#!/usr/bin/env node
// @ts-check
// Serves the built site (site/dist) at http://localhost:4321, with the rebuild service's static server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from '@hoilhpn/rebuild/static-server';

const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(SITE_DIR, process.env.SITE_OUT_DIR ?? 'dist');
const port = Number(process.env.SITE_PORT ?? 4321);
const host = process.env.SITE_HOST ?? '127.0.0.1';

createStaticServer(root).listen(port, host, () => {
  console.log(`site: serving ${root} at http://localhost:${port}/`);
});
