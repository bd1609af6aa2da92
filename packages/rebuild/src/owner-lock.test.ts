import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LockHeldError, OwnerLock } from './owner-lock.js';
import { LOCK_FILE, RebuildService } from './rebuild-service.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The pid of a process that has already exited: what a crashed service leaves in its lock. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const service = (dir: string) =>
  new RebuildService({
    root: dir,
    debounceMs: 10,
    keepReleases: 3,
    maxArticleDrop: 0.5,
    buildCommand: { command: process.execPath, args: ['-e', 'process.exit(1)'], cwd: root, env: {} },
    log: () => {},
  });

describe('one rebuild service per releases folder', () => {
  it('refuses a second service on the same folder, naming the owner, until the first one closes', async () => {
    const dir = path.join(root, 'two');
    const first = service(dir);
    await first.init();
    const owner = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: os.hostname() });
    const second = service(dir);
    await expect(second.init()).rejects.toThrow(LockHeldError);
    await expect(second.init()).rejects.toThrow(`pid ${process.pid} on ${os.hostname()}`);
    first.close();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    await second.init();
    second.close();
  });

  it('takes over the lock a crashed service left, and an unreadable one, but not one held on another host', () => {
    const file = path.join(root, 'stale.lock');
    writeFileSync(file, JSON.stringify({ pid: deadPid(), host: os.hostname(), since: '2026-12-01T00:00:00Z' }));
    const taken = OwnerLock.acquire(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    taken.release();

    writeFileSync(file, '{"pid":');
    OwnerLock.acquire(file).release();

    writeFileSync(file, JSON.stringify({ pid: deadPid(), host: 'another-host', since: '2026-12-01T00:00:00Z' }));
    expect(() => OwnerLock.acquire(file)).toThrow('pid');
    expect(() => OwnerLock.acquire(file)).toThrow('on another-host');
  });

  it('takes over its own pid from an earlier life: in a container the service is pid 1 after every restart', () => {
    const file = path.join(root, 'restarted.lock');
    writeFileSync(file, JSON.stringify({ pid: process.pid, host: os.hostname(), since: '2026-12-01T00:00:00Z' }));
    const lock = OwnerLock.acquire(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).since).not.toBe('2026-12-01T00:00:00Z');
    lock.release();
  });

  it('leaves alone a lock that another service has taken since', () => {
    const file = path.join(root, 'replaced.lock');
    const lock = OwnerLock.acquire(file);
    writeFileSync(file, JSON.stringify({ pid: 1, host: os.hostname(), since: 'later' }));
    lock.release();
    expect(existsSync(file)).toBe(true);
  });
});
