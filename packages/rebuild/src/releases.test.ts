import { mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReleaseStore } from './releases.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function storeWith(ids: string[]) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-releases-'));
  dirs.push(root);
  const store = new ReleaseStore(root);
  await store.init();
  for (const id of ids) {
    mkdirSync(path.join(store.releasesDir, id));
    writeFileSync(path.join(store.releasesDir, id, 'index.html'), id);
  }
  return store;
}

describe('ReleaseStore', () => {
  it('switches live with a symlink and rolls back to the previous release', async () => {
    const store = await storeWith(['20260101T000000000Z', '20260102T000000000Z', '20260103T000000000Z']);
    expect(store.liveId()).toBeNull();
    await store.activate('20260103T000000000Z');
    expect(readlinkSync(store.liveLink)).toBe(path.join('releases', '20260103T000000000Z'));
    expect(await store.rollback()).toBe('20260102T000000000Z');
    expect(store.liveId()).toBe('20260102T000000000Z');
    expect(await store.rollback()).toBe('20260101T000000000Z');
    await expect(store.rollback()).rejects.toThrow(/no release older than 20260101T000000000Z/);
  });

  it('keeps the newest releases and never prunes the live one', async () => {
    const store = await storeWith(['a1', 'a2', 'a3', 'a4', 'a5']);
    await store.activate('a1');
    expect(await store.prune(2)).toEqual(['a2', 'a3']);
    expect(await store.list()).toEqual(['a1', 'a4', 'a5']);
  });

  it('refuses to activate a release that does not exist', async () => {
    const store = await storeWith([]);
    await expect(store.activate('nope')).rejects.toThrow('release nope does not exist');
  });

  it('clears what a killed build left behind', async () => {
    const store = await storeWith(['a1']);
    mkdirSync(path.join(store.releasesDir, 'a2.staging-123-4'));
    await store.removeIncomplete();
    expect(await store.list()).toEqual(['a1']);
  });
});
