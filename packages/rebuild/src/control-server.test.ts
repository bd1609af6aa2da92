import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlServer, MAX_BODY_BYTES, SECRET_HEADER } from './control-server.js';
import { RebuildService } from './rebuild-service.js';

const SECRET = 'a-long-shared-secret-1234';
let root: string;
let base: string;
let service: RebuildService;
let close: () => Promise<void>;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-control-'));
  // A long debounce: these tests are about the HTTP edge, so no build starts while they run.
  service = new RebuildService({
    root,
    buildCommand: { command: process.execPath, args: ['-e', 'process.exit(1)'], cwd: root, env: {} },
    debounceMs: 60_000,
    keepReleases: 3,
    maxArticleDrop: 0.5,
  });
  await service.init();
  const server = createControlServer(service, { secret: SECRET, burst: 30, refillPerSecond: 0.001 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close();
  rmSync(root, { recursive: true, force: true });
});

const post = (pathname: string, headers: Record<string, string> = {}, body = '{}') =>
  fetch(`${base}${pathname}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the rebuild service API', () => {
  it('refuses a webhook without the secret or with a wrong one (401) and queues nothing', async () => {
    expect((await post('/webhook')).status).toBe(401);
    expect((await post('/webhook', { [SECRET_HEADER]: 'wrong' })).status).toBe(401);
    expect((await post('/webhook', { [SECRET_HEADER]: `${SECRET}x` })).status).toBe(401);
    expect(service.scheduler.eventsReceived).toBe(0);
  });

  it('accepts the webhook at once (202), whatever the payload says, even a null entry', async () => {
    for (const body of ['{"event":"entry.publish","model":"article","entry":{"id":1}}', '{"event":"entry.update","entry":null}', 'not json']) {
      const response = await post('/webhook', { [SECRET_HEADER]: SECRET }, body);
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ accepted: true });
    }
    expect(service.scheduler.eventsReceived).toBe(3);
    expect(service.scheduler.queue.waiting).toBe(true);
  });

  it('refuses bodies over the limit (413)', async () => {
    const response = await post('/webhook', { [SECRET_HEADER]: SECRET }, 'x'.repeat(MAX_BODY_BYTES + 1));
    expect(response.status).toBe(413);
  });

  it('reports status as JSON', async () => {
    const status = (await (await fetch(`${base}/status`)).json()) as Record<string, unknown>;
    expect(status).toMatchObject({ live: null, building: false, eventsReceived: 3, queue: { waiting: true, afterCurrent: false } });
  });

  it('answers 404 for anything else', async () => {
    expect((await fetch(`${base}/webhook`)).status).toBe(404);
    expect((await post('/other', { [SECRET_HEADER]: SECRET })).status).toBe(404);
  });

  it('limits the request rate per client (429)', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 40; index += 1) statuses.push((await post('/webhook', { [SECRET_HEADER]: 'wrong' })).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((status) => status === 401).length).toBeLessThan(30);
  });
});

describe('POST /build', () => {
  it('asks for a full build with ?full=1 (and only then), forced or not', async () => {
    const asked: { reason: string; force?: boolean; full?: boolean }[] = [];
    const server = createControlServer({ notify: (reason, force, full) => asked.push({ reason, force, full }), status: async () => ({}) }, { secret: SECRET });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const at = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const query of ['', '?full=1', '?force=1&full=1']) {
        const response = await fetch(`${at}/build${query}`, { method: 'POST', headers: { [SECRET_HEADER]: SECRET }, body: '{}' });
        expect(response.status).toBe(202);
      }
      await fetch(`${at}/webhook?full=1`, { method: 'POST', headers: { [SECRET_HEADER]: SECRET }, body: '{}' });
      expect(asked.map(({ reason, force, full }) => [reason, force, full])).toEqual([
        ['manual', false, false],
        ['manual (full)', false, true],
        ['manual (forced, full)', true, true],
        [expect.any(String), false, false],
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
