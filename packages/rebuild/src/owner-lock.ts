import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { isAlive } from './process-alive.js';

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

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host, since: owner.since ?? '?' } : null;
  } catch {
    return null;
  }
}

/** Lock files this process holds: a second service in the same process is refused without asking the OS. */
const heldHere = new Set<string>();

/**
 * One rebuild service per releases folder. The lock file is written whole
 * under a temporary name and linked into place, which fails if it exists: of
 * two services starting together one wins, and none ever reads a half-written
 * lock. A lock whose process is gone on this host (a crash, a kill -9) is
 * taken over, and so is one naming this very process's pid from an earlier
 * life: in a container the service is pid 1 after every restart. One from
 * another host cannot be checked from here and is left to the operator (give
 * the container a fixed hostname). Taking over a stale lock is not atomic:
 * two services starting in the same instant after a crash could both take it.
 */
export class OwnerLock {
  private constructor(
    readonly file: string,
    readonly owner: LockOwner,
  ) {}

  static acquire(file: string): OwnerLock {
    const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    if (heldHere.has(path.resolve(file))) throw new LockHeldError(file, readOwner(file) ?? owner);
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      writeFileSync(temporary, `${JSON.stringify(owner)}\n`);
      try {
        linkSync(temporary, file);
        heldHere.add(path.resolve(file));
        return new OwnerLock(file, owner);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        unlinkSync(temporary);
      }
      const holder = readOwner(file);
      // Unreadable, or its process is gone (or is this one, restarted under the same pid) on this host: stale.
      const stale = !holder || (holder.host === owner.host && (holder.pid === process.pid || !isAlive(holder.pid)));
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
    heldHere.delete(path.resolve(this.file));
    const holder = readOwner(this.file);
    if (holder?.pid !== this.owner.pid || holder.host !== this.owner.host) return;
    try {
      unlinkSync(this.file);
    } catch {
      // Already gone.
    }
  }
}
