import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RebuildService } from './rebuild-service.js';
import { REQUIRED_FILES } from './build-info.js';

/*
 * A real build process that writes a complete release into SITE_OUT_DIR, but
 * only once the gate file exists: the test decides when a build finishes, so
 * a rollback can land while one runs, with no timing guesses.
 */
const GATED_BUILD = `
const fs = require('node:fs');
const path = require('node:path');
const out = process.env.SITE_OUT_DIR;
const timer = setInterval(() => {
  if (!fs.existsSync(process.env.GATE_FILE)) return;
  clearInterval(timer);
  for (const file of JSON.parse(process.env.REQUIRED_FILES)) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.writeFileSync(path.join(out, file), 'x');
  }
  const info = { builtAt: new Date().toISOString(), durationMs: 1, articles: 3, pages: 10, cms: { identity: 'same-cms', reported: { articles: 3 } } };
  fs.writeFileSync(path.join(out, 'build-info.json'), JSON.stringify(info));
}, 10);
`;

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function gatedService(root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-service-'))) {
  roots.push(root);
  const gate = path.join(root, 'gate');
  const service = new RebuildService({
    root,
    buildCommand: { command: process.execPath, args: ['-e', GATED_BUILD], cwd: root, env: { GATE_FILE: gate, REQUIRED_FILES: JSON.stringify(REQUIRED_FILES) } },
    debounceMs: 10,
    keepReleases: 5,
    maxArticleDrop: 0.5,
  });
  return {
    root,
    service,
    open: () => writeFileSync(gate, ''),
    close: () => rmSync(gate, { force: true }),
  };
}

async function until(what: string, probe: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function buildLive(service: RebuildService, reason: string): Promise<string> {
  const before = service.buildsStarted;
  service.notify(reason);
  await until(`${reason} to start`, () => service.buildsStarted > before);
  await service.scheduler.idle();
  expect(service.lastBuild).toMatchObject({ reason, result: 'live' });
  return service.releases.liveId()!;
}

/** A gated service with two releases built, the second live, and the gate still open. */
async function twoReleasesLive() {
  const gated = gatedService();
  await gated.service.init();
  gated.open();
  const first = await buildLive(gated.service, 'first');
  const second = await buildLive(gated.service, 'second');
  return { ...gated, first, second };
}

describe('RebuildService rollback', () => {
  it('discards the build that started before the rollback and the requests queued before it; content that arrives after it goes live', async () => {
    const { service, open, close, first, second } = await twoReleasesLive();

    close();
    service.notify('content changed before the rollback');
    await until('the build to start', () => service.scheduler.isBuilding);
    const running = service.lastBuild!.release;
    service.notify('another change before the rollback');
    expect(service.scheduler.queue.afterCurrent).toBe(true);

    expect(await service.rollback()).toBe(first);
    expect(service.releases.liveId()).toBe(first);
    expect(service.scheduler.queue.afterCurrent).toBe(false);
    const rolledBack = (await service.status()).rolledBack;
    expect(rolledBack).toEqual({ at: expect.any(String), from: second, to: first });

    const startedBeforeOpening = service.buildsStarted;
    open();
    await service.scheduler.idle();
    expect(service.buildsStarted).toBe(startedBeforeOpening);
    expect(service.lastBuild).toMatchObject({ release: running, result: 'discarded' });
    expect(service.lastBuild!.error).toBe(
      `the site was rolled back to ${first} at ${rolledBack!.at}, after this build started; it does not go live. The next content change (or POST /build) builds again.`,
    );
    expect(service.releases.liveId()).toBe(first);
    expect(await service.releases.list()).not.toContain(running);
    expect((await service.status()).rolledBack).toEqual(rolledBack);

    const third = await buildLive(service, 'webhook after the rollback');
    expect(third).not.toBe(first);
    expect((await service.status()).rolledBack).toBeNull();
  });

  it('lets a change that arrives after the rollback, while the old build still runs, go live after it', async () => {
    const { service, open, close, first } = await twoReleasesLive();

    close();
    service.notify('before the rollback');
    await until('the build to start', () => service.scheduler.isBuilding);
    const discarded = service.lastBuild!.release;
    await service.rollback();
    service.notify('webhook after the rollback');
    open();
    await until('the discarded build', () => service.lastBuild?.release === discarded && service.lastBuild.result === 'discarded');
    await until('the next build', () => service.lastBuild?.release !== discarded);
    await service.scheduler.idle();
    expect(service.lastBuild).toMatchObject({ reason: 'webhook after the rollback', result: 'live' });
    expect(service.releases.liveId()).not.toBe(first);
    expect(service.rolledBack).toBeNull();
  });

  it('stays rolled back across a restart of the service until a newer release goes live', async () => {
    const { root, service, first } = await twoReleasesLive();
    await service.rollback();

    service.close();
    const restarted = gatedService(root).service;
    await restarted.init();
    expect((await restarted.status()).rolledBack).toMatchObject({ to: first });
    await buildLive(restarted, 'after the restart');
    restarted.close();
    const again = gatedService(root).service;
    await again.init();
    expect(again.rolledBack).toBeNull();
    expect(existsSync(path.join(root, 'rolled-back.json'))).toBe(false);
  });
});

/*
 * A real build process standing in for site/scripts/build.mjs: it writes a
 * complete release and says in build-info.json what it was told, as the site
 * build does (incremental from SITE_PREVIOUS_RELEASE, full with SITE_FULL_BUILD).
 */
const TELLING_BUILD = `
const fs = require('node:fs');
const path = require('node:path');
const out = process.env.SITE_OUT_DIR;
for (const file of JSON.parse(process.env.REQUIRED_FILES)) {
  fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  fs.writeFileSync(path.join(out, file), 'x');
}
const previous = process.env.SITE_PREVIOUS_RELEASE;
const incremental = Boolean(previous) && process.env.SITE_FULL_BUILD !== '1';
const info = {
  builtAt: new Date().toISOString(), durationMs: 1, articles: 3, pages: 10, cms: { identity: 'same-cms', reported: { articles: 3 } },
  ...(incremental
    ? { kind: 'incremental', previousRelease: path.basename(previous), routes: { rendered: 2, reused: 8, deleted: 1 } }
    : { kind: 'full', fullReason: process.env.SITE_FULL_BUILD === '1' ? 'asked' : 'no previous release', routes: { rendered: 10, reused: 0, deleted: 0 } }),
  phases: { fetch: 1, render: 2 },
};
fs.writeFileSync(path.join(out, 'build-info.json'), JSON.stringify(info));
`;

describe('RebuildService: full or incremental', () => {
  function tellingService() {
    const root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-service-'));
    roots.push(root);
    // SITE_PREVIOUS_RELEASE in the service's own environment must not leak into a build.
    const env = { REQUIRED_FILES: JSON.stringify(REQUIRED_FILES), SITE_PREVIOUS_RELEASE: '/somewhere/else', SITE_FULL_BUILD: '0' };
    return new RebuildService({
      root,
      buildCommand: { command: process.execPath, args: ['-e', TELLING_BUILD], cwd: root, env },
      debounceMs: 10,
      keepReleases: 5,
      maxArticleDrop: 0.5,
    });
  }

  it('builds in full when nothing is live, then incrementally from the live release, and in full when asked', async () => {
    const service = tellingService();
    await service.init();
    const first = await buildLive(service, 'first');
    expect(service.lastBuild).toMatchObject({
      requested: 'full',
      kind: 'full',
      fullReason: 'no previous release',
      routes: { rendered: 10, reused: 0, deleted: 0 },
    });

    const second = await buildLive(service, 'second');
    expect(service.lastBuild).toMatchObject({
      requested: 'incremental',
      kind: 'incremental',
      routes: { rendered: 2, reused: 8, deleted: 1 },
      phases: { fetch: 1, render: 2 },
    });
    expect((await service.status()).live).toMatchObject({ release: second, previousRelease: first });

    const before = service.buildsStarted;
    service.notify('manual (full)', false, true);
    await until('the full build to start', () => service.buildsStarted > before);
    await service.scheduler.idle();
    expect(service.lastBuild).toMatchObject({ reason: 'manual (full)', result: 'live', requested: 'full', kind: 'full', fullReason: 'asked' });
  });

  it('keeps a full request when it is coalesced with incremental ones', async () => {
    const service = tellingService();
    await service.init();
    await buildLive(service, 'first');
    const before = service.buildsStarted;
    service.notify('webhook');
    service.notify('manual (full)', false, true);
    service.notify('webhook again');
    await until('the build to start', () => service.buildsStarted > before);
    await service.scheduler.idle();
    expect(service.buildsStarted).toBe(before + 1);
    expect(service.lastBuild).toMatchObject({ requested: 'full', kind: 'full', fullReason: 'asked' });
  });
});
