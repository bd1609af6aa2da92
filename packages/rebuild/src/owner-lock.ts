import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';

/** Who holds a releases folder: written into its lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export class LockHeldError extends Error {
  constructor(
    readonly file: string,
    readonly owner: LockOwner,
  ) {
    super(
      `another rebuild service (pid ${owner.pid} on ${owner.host}, since ${owner.since}) owns this releases folder: ${file}. ` +
        'Two services on one folder would build over each other; stop the other one, or remove the file if its host is gone.',
    );
    this.name = 'LockHeldError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host, since: owner.since ?? '?' } : null;
  } catch {
    return null;
  }
}

/**
 * One rebuild service per releases folder. Created exclusively (O_EXCL), so
 * of two services starting together one wins. A lock whose process is gone
 * (a crash, a kill -9) on this host is taken over; one from another host
 * cannot be checked from here and is left to the operator. Taking over a
 * stale lock is not atomic: two services starting in the same instant after
 * a crash could both take it, which is why the message names both pids.
 */
export class OwnerLock {
  private constructor(
    readonly file: string,
    readonly owner: LockOwner,
  ) {}

  static acquire(file: string): OwnerLock {
    const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        writeFileSync(file, `${JSON.stringify(owner)}\n`, { flag: 'wx' });
        return new OwnerLock(file, owner);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readOwner(file);
      // Unreadable (a crash while writing it) or its process is gone on this host: stale.
      const stale = !holder || (holder.host === owner.host && !isAlive(holder.pid));
      if (!stale) throw new LockHeldError(file, holder);
      try {
        unlinkSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw new LockHeldError(file, readOwner(file) ?? { pid: -1, host: '?', since: '?' });
  }

  /** Removes the file only while it still names this process. */
  release(): void {
    const holder = readOwner(this.file);
    if (holder?.pid !== this.owner.pid || holder.host !== this.owner.host) return;
    try {
      unlinkSync(this.file);
    } catch {
      // Already gone.
    }
  }
}
