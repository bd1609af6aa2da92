import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRelease } from './check-release.js';
import type { BuildInfo } from './build-info.js';
import { buildInfo } from './test-support/build-info.js';
import { writeRelease } from './test-support/write-release.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-check-release-'));
const CMS_A = '1a2b3c4d-0000-4000-8000-00000000000a';
const CMS_B = '9f8e7d6c-0000-4000-8000-00000000000b';

function release(name: string, info: BuildInfo): string {
  const dir = path.join(root, name);
  writeRelease(dir, info);
  return dir;
}

/** The deployed site, as GitHub Pages would answer: its build-info.json by path, or a status. */
let deployed: { status: number; body: string } = { status: 404, body: '' };
/** What the site's home page answers (404 before anything was ever deployed). */
let homeStatus = 404;
let server: Server;
let siteUrl = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/portal/') return void response.writeHead(homeStatus).end();
    if (request.url !== '/portal/build-info.json') return void response.writeHead(404).end();
    response.writeHead(deployed.status, { 'content-type': 'application/json' }).end(deployed.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/portal`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe("checkRelease (the deploy workflow's check against the deployed site)", () => {
  const options = { maxArticleDrop: 0.5 };

  it('passes the first deploy, when the site answers 404', async () => {
    deployed = { status: 404, body: '' };
    homeStatus = 404;
    const result = await checkRelease(release('first', buildInfo(3, CMS_A)), { ...options, liveUrl: siteUrl });
    expect(result).toEqual({ ok: true, message: expect.stringContaining('nothing deployed yet') });
  });

  it('stops when the site answers but has no build-info.json (a wrong address would hide any drop)', async () => {
    deployed = { status: 404, body: '' };
    homeStatus = 200;
    const result = await checkRelease(release('wrong-address', buildInfo(3, CMS_A)), { ...options, liveUrl: siteUrl });
    homeStatus = 404;
    expect(result).toEqual({ ok: false, message: expect.stringContaining('answers (HTTP 200) but has no build-info.json') });
  });

  it('refuses a release without articles unless forced, as the workflow always did', async () => {
    deployed = { status: 404, body: '' };
    const dir = release('empty-portal', buildInfo(0, CMS_A));
    expect(await checkRelease(dir, { ...options, liveUrl: siteUrl })).toEqual({ ok: false, message: expect.stringContaining('holds no articles') });
    expect((await checkRelease(dir, { ...options, liveUrl: siteUrl, force: true })).ok).toBe(true);
  });

  it('refuses a sharp drop from another CMS than the deployed one, naming both counts; force lets it through', async () => {
    deployed = { status: 200, body: JSON.stringify(buildInfo(100, CMS_A)) };
    const dir = release('emptied', buildInfo(10, CMS_B));
    const refused = await checkRelease(dir, { ...options, liveUrl: siteUrl });
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('would fall from 100 to 10');
    expect(refused.message).toContain(dir);
    expect((await checkRelease(dir, { ...options, liveUrl: `${siteUrl}/`, force: true })).ok).toBe(true);
  });

  it('passes a drop from the same CMS (editors unpublished), and a small drop from any', async () => {
    deployed = { status: 200, body: JSON.stringify(buildInfo(100, CMS_A)) };
    expect((await checkRelease(release('same', buildInfo(10, CMS_A)), { ...options, liveUrl: siteUrl })).ok).toBe(true);
    const small = await checkRelease(release('small', buildInfo(90, CMS_B)), { ...options, liveUrl: siteUrl });
    expect(small).toEqual({ ok: true, message: expect.stringContaining('the deployed release (100 articles') });
  });

  it('stops when the deployed site cannot be read, so a drop never goes unseen', async () => {
    deployed = { status: 503, body: '' };
    expect(await checkRelease(release('unreadable', buildInfo(10, CMS_B)), { ...options, liveUrl: siteUrl })).toEqual({
      ok: false,
      message: expect.stringContaining('HTTP 503'),
    });
    deployed = { status: 200, body: '<html>' };
    expect((await checkRelease(release('not-json', buildInfo(10, CMS_B)), { ...options, liveUrl: siteUrl })).message).toContain('is not JSON');
  });

  it('refuses a release without its required files or build-info.json', async () => {
    const dir = path.join(root, 'empty');
    mkdirSync(dir, { recursive: true });
    const result = await checkRelease(dir, options);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('the release lacks index.html');
  });
});
