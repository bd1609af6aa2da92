import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildInfo } from './build-info.js';
import { buildInfo } from './test-support/build-info.js';
import { writeRelease } from './test-support/write-release.js';

/*
 * The deploy workflow's release check, run as .github/workflows/site.yml
 * writes it (its GitHub expression filled in as GitHub would), from a folder
 * laid out like the workflow's checkout, against a stand-in for the deployed
 * site. It once only checked that the count was above zero.
 */
const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workflow = readFileSync(path.join(PACKAGE, '..', '..', '.github', 'workflows', 'site.yml'), 'utf8');
const line = /^\s*run: (node packages\/rebuild\/dist\/main\.js check-release .*)$/m.exec(workflow)?.[1];

const checkout = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-site-workflow-'));
let deployed: BuildInfo | null = null;
let server: Server;
let siteUrl = '';

function buildRelease(info: BuildInfo): void {
  const dir = path.join(checkout, 'site', 'dist-release');
  rmSync(dir, { recursive: true, force: true });
  writeRelease(dir, info);
}

/** Asynchronously: the stand-in for the deployed site answers from this process. */
function runStep(force: boolean, site = siteUrl): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const command = line!.replace(/\$\{\{ inputs\.force && '--force' \|\| '' \}\}/, force ? '--force' : '');
  const child = spawn('bash', ['-c', command], { cwd: checkout, env: { ...process.env, SITE_URL: site } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

beforeAll(async () => {
  mkdirSync(path.join(checkout, 'packages'), { recursive: true });
  symlinkSync(PACKAGE, path.join(checkout, 'packages', 'rebuild'));
  server = createServer((request, response) => {
    if (request.url !== '/build-info.json' || !deployed) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(deployed));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(checkout, { recursive: true, force: true });
});

describe('the deploy workflow (.github/workflows/site.yml) checks each release against the deployed one', () => {
  it('has the step, and the command it runs is built', () => {
    expect(line, 'site.yml runs node packages/rebuild/dist/main.js check-release …').toBeDefined();
    expect(line).toContain('--live "$SITE_URL"');
    expect(existsSync(path.join(PACKAGE, 'dist', 'main.js')), 'build @hoilhpn/rebuild first').toBe(true);
  });

  it('lets the first deploy through, and refuses a sharp drop from another CMS unless the run is forced', async () => {
    deployed = null;
    buildRelease(buildInfo(3, 'cms-a'));
    const first = await runStep(false);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('nothing deployed yet');

    deployed = buildInfo(120, 'cms-a');
    buildRelease(buildInfo(4, 'cms-b'));
    const refused = await runStep(false);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('would fall from 120 to 4');
    expect((await runStep(true)).status).toBe(0);

    // The repository variable left unset: the step must not pass by comparing with nothing.
    const unset = await runStep(false, '');
    expect(unset.status).toBe(1);
    expect(unset.stderr).toContain('is SITE_URL set?');
  });
});
