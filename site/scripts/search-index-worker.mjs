// @ts-check
// Runs in a worker thread (search-index.mjs): hands each shard's records to
// Pagefind and writes that shard's index into its own folder.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made search interfaces: the search page has its own, so a release does not carry them. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** @type {{ shards: import('./search-shards.mjs').Shard[], outDir: string }} */
const { shards, outDir } = workerData;
// Started by search-index.mjs as a worker, never on its own.
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
try {
  for (const shard of shards) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    // All at once: Pagefind answers them in turn, without a round trip's wait between records (its output does not depend on the order).
    await Promise.all(
      shard.records.map(async (record) => {
        const { errors: recordErrors } = await index.addCustomRecord({ ...record, language: 'vi' });
        if (recordErrors.length > 0) throw new Error(`pagefind ${record.url}: ${recordErrors.join('; ')}`);
      }),
    );
    const shardDir = path.join(outDir, shard.key);
    const written = await index.writeFiles({ outputPath: shardDir });
    if (written.errors.length > 0) throw new Error(`pagefind (shard ${shard.key}): ${written.errors.join('; ')}`);
    await index.deleteIndex();
    await Promise.all(UNUSED.map((name) => rm(path.join(shardDir, name), { force: true })));
  }
  port.postMessage({ ok: true });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
