import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive } from '@hoilhpn/rebuild/process-alive';
import { freePort } from '@hoilhpn/testing/free-port';
import { rawRequest as get } from '@hoilhpn/testing/raw-http';
import { copyWorkingTree } from '@hoilhpn/testing/working-tree-copy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * What a newcomer sees: `npm start` in a fresh copy of the repository, with
 * nothing installed or built (only pnpm's package store, as on any machine
 * that installed once), until the site answers. Every warning it prints must
 * be one the user can act on, and none is: an alarming line that means
 * nothing teaches people to ignore the ones that matter.
 */
const ALARMING = /\b(WARN|WARNING|[Ww]arn|[Ww]arning|ERR!?|ERROR|[Ee]rror|[Ff]ailed|[Dd]eprecated)\b|⚠|✗|╭ Warning/;

const parent = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-first-start-'));
const copy = path.join(parent, 'repo');
let output = '';
let sitePort = 0;
let child: ReturnType<typeof spawn> | undefined;

const groupAlive = (pid: number): boolean => isAlive(-pid);

/** As Ctrl+C would: npm start stops its children. Waits for the whole process group (CMS, rebuild service, preview server), then kills what is left. */
async function stop(): Promise<void> {
  const pid = child?.pid;
  if (!pid || !groupAlive(pid)) return;
  process.kill(-pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
}

describe('the first npm start on a fresh copy', () => {
  beforeAll(async () => {
    copyWorkingTree(copy);
    const [port, controlPort, previewPort] = [await freePort(), await freePort(), await freePort()];
    sitePort = await freePort();
    // A user's shell: none of the test runner's variables (NODE_ENV=test, VITEST_*, npm_* of pnpm exec).
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR,
      LANG: process.env.LANG ?? 'C.UTF-8',
      PORT: String(port),
      SITE_PORT: String(sitePort),
      REBUILD_PORT: String(controlPort),
      PREVIEW_PORT: String(previewPort),
    };
    child = spawn('bash', ['-c', 'npm start'], { cwd: copy, env, detached: true });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 12 * 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}) before the site was up:\n${output.slice(-4000)}`);
      if (Date.now() > deadline) throw new Error(`the site was not up after 12 minutes:\n${output.slice(-4000)}`);
      const home = await get(sitePort, '/').catch(() => null);
      if (home?.status === 200 && output.includes('Trang tĩnh / Static site')) break;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  });

  afterAll(async () => {
    await stop();
    rmSync(parent, { recursive: true, force: true });
  });

  it('brings up the CMS and serves the site, compressed for browsers that ask', async () => {
    expect(output).toContain(`Trang tĩnh / Static site:  http://localhost:${sitePort}/`);
    const home = await get(sitePort, '/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(home.headers['content-encoding']).toBe('br');
  });

  it('prints no warning or error a newcomer cannot act on', () => {
    // Colour codes would hide a word from the pattern ("\x1b[33mwarn\x1b[39m").
    // eslint-disable-next-line no-control-regex -- the escape character is what is removed
    const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    expect(lines.filter((line) => ALARMING.test(line))).toEqual([]);
  });
});
