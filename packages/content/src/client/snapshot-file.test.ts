import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

  it('writes exactly the JSON of the snapshot, however many entries a list holds, settings and empty lists included', async () => {
    const file = await tempFile();
    const articles = Array.from({ length: 450 }, (_, index) => ({
      documentId: `a${index}`,
      title: `Bài "${index}" — Hoà Bình`,
      tags: index % 2 ? [] : [{ documentId: 't1' }],
      lead: null,
    }));
    const big = {
      raw: { articles, tags: [], categories: [{ documentId: 'c1', name: 'Tin tức' }], settings: { siteName: 'Hội LHPN', navigation: [] }, cadres: undefined },
      source: { identity: 'cms-1', totals: { articles: 450 } },
      sequence: 12,
      queries: 'hash',
    } as unknown as SiteSnapshot;
    await writeSnapshotFile(file, big);
    expect(await readFile(file, 'utf8')).toBe(JSON.stringify({ format: SNAPSHOT_FORMAT, snapshot: big }));
  });

  it('stopped half-way, leaves the previous file as it was and no temporary file', async () => {
    const file = await tempFile();
    await writeSnapshotFile(file, snapshot);
    const before = await readFile(file, 'utf8');
    const articles = Array.from({ length: 5000 }, (_, index) => ({ documentId: `a${index}` }));
    const stop = new AbortController();
    const saving = writeSnapshotFile(file, { ...snapshot, raw: { articles } } as unknown as SiteSnapshot, { signal: stop.signal });
    stop.abort();
    await expect(saving).rejects.toThrow(/abort/i);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await readdir(path.dirname(file))).sort()).toEqual(['content-snapshot.json']);
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
