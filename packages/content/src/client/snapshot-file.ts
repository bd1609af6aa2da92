import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import path from 'node:path';
import type { SiteSnapshot } from './incremental-fetch.js';

/** Bumped when SiteSnapshot's shape changes: an older file is then ignored (a full fetch follows). */
export const SNAPSHOT_FORMAT = 1;

/**
 * The previous build's snapshot, or null when there is none or it cannot be
 * used (another format, unreadable): the caller then fetches everything.
 * `reason` says why, for the build's log.
 */
export async function readSnapshotFile(file: string): Promise<{ snapshot: SiteSnapshot | null; reason?: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { snapshot: null, reason: `no snapshot at ${file}` };
    throw error;
  }
  try {
    const stored = JSON.parse(text) as { format?: unknown; snapshot?: SiteSnapshot };
    if (stored.format !== SNAPSHOT_FORMAT || !stored.snapshot)
      return { snapshot: null, reason: `${file} has format ${String(stored.format)}, not ${SNAPSHOT_FORMAT}` };
    return { snapshot: stored.snapshot };
  } catch (error) {
    return { snapshot: null, reason: `${file} is not valid JSON (${(error as Error).message})` };
  }
}

/** Entries serialised between two writes: small enough that a save never holds the thread for long. */
const ENTRIES_PER_WRITE = 200;

/**
 * Written whole or not at all (a temporary file renamed over the old one), so
 * a build stopped half-way leaves the previous snapshot. The JSON is written a
 * few hundred entries at a time, with the event loop free in between: at
 * 10,000 articles it is 150 MB, which in one JSON.stringify held a build
 * server's thread (and its garbage collector) for a second or two. `signal`
 * stops a save between two writes (a build server does when a new build
 * starts); the old file is then left as it was and the promise rejects with
 * an AbortError.
 */
export async function writeSnapshotFile(file: string, snapshot: SiteSnapshot, { signal }: { signal?: AbortSignal } = {}): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  const write = async (text: string) => {
    signal?.throwIfAborted();
    await handle.write(text);
  };
  try {
    const { raw, ...rest } = snapshot;
    await write(`{"format":${SNAPSHOT_FORMAT},"snapshot":{"raw":{`);
    let first = true;
    for (const [key, value] of Object.entries(raw)) {
      if (value === undefined) continue;
      await write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (!Array.isArray(value)) {
        await write(JSON.stringify(value));
        continue;
      }
      await write('[');
      for (let start = 0; start < value.length; start += ENTRIES_PER_WRITE) {
        const chunk = value.slice(start, start + ENTRIES_PER_WRITE).map((entry: unknown) => JSON.stringify(entry) ?? 'null');
        await write(`${start === 0 ? '' : ','}${chunk.join(',')}`);
        await nextTurn();
      }
      await write(']');
    }
    await write('}');
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) await write(`,${JSON.stringify(key)}:${JSON.stringify(value)}`);
    await write('}}');
    await handle.close();
    signal?.throwIfAborted();
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
}
