import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
    if (stored.format !== SNAPSHOT_FORMAT || !stored.snapshot) return { snapshot: null, reason: `${file} has format ${String(stored.format)}, not ${SNAPSHOT_FORMAT}` };
    return { snapshot: stored.snapshot };
  } catch (error) {
    return { snapshot: null, reason: `${file} is not valid JSON (${(error as Error).message})` };
  }
}

/** Written whole or not at all (a temporary file renamed over the old one), so a build stopped half-way leaves the previous snapshot. */
export async function writeSnapshotFile(file: string, snapshot: SiteSnapshot): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ format: SNAPSHOT_FORMAT, snapshot }));
  await rename(temporary, file);
}
