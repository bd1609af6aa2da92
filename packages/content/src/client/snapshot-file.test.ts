import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteSnapshot } from './incremental-fetch.js';
import { readSnapshotFile, SNAPSHOT_FORMAT, writeSnapshotFile } from './snapshot-file.js';

const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempFile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'snapshot-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'content-snapshot.json');
}

const snapshot = { raw: { articles: [{ documentId: 'a1' }] }, source: { identity: 'id', totals: {} }, sequence: 7, queries: 'q' } as unknown as SiteSnapshot;

describe('snapshot files', () => {
  it('round-trips a snapshot, making the folder', async () => {
    const file = await tempFile();
    await writeSnapshotFile(file, snapshot);
    expect(await readSnapshotFile(file)).toEqual({ snapshot });
    expect(JSON.parse(await readFile(file, 'utf8')).format).toBe(SNAPSHOT_FORMAT);
  });

  it('answers null with the reason for a missing, foreign-format or broken file', async () => {
    const file = await tempFile();
    expect(await readSnapshotFile(file)).toEqual({ snapshot: null, reason: `no snapshot at ${file}` });
    await writeSnapshotFile(file, snapshot);
    await writeFile(file, JSON.stringify({ format: 0, snapshot }));
    expect((await readSnapshotFile(file)).reason).toMatch(/has format 0, not 1/);
    await writeFile(file, '{"format": 1, "snap');
    expect((await readSnapshotFile(file)).reason).toMatch(/is not valid JSON/);
  });
});
