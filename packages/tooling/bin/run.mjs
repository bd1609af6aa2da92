#!/usr/bin/env node
// `npm start`, `npm test` and `npm run bench` land here. Plain Node.js and npm are all it needs:
// it brings the pinned pnpm, installs what is missing, builds the shared
// packages, then starts the CMS or runs every test suite.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBanner } from './banner.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const MIN_NODE = [20, 19];

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
    fail(`Node.js ${MIN_NODE.join('.')} or later is needed (this is ${process.versions.node}). Install Node.js 20.19+, 22 or 24.`);
  }
}

function pinnedPnpm() {
  const { packageManager } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const match = /^pnpm@(\d+\.\d+\.\d+)/.exec(packageManager ?? '');
  if (!match) fail('package.json has no "packageManager": "pnpm@x.y.z" pin.');
  return match[1];
}

/** The pinned pnpm: the one on PATH when it is that version, else fetched once through npm. */
function resolvePnpm(version) {
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (onPath.status === 0 && onPath.stdout.trim() === version) return { command: 'pnpm', prefix: [] };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return { command: npm, prefix: ['exec', '--yes', `--package=pnpm@${version}`, '--', 'pnpm'] };
}

function step(title) {
  console.log(`\n▶ ${title}`);
}

function run(pnpm, args, { env = {}, allowFailure = false } = {}) {
  const result = spawnSync(pnpm.command, [...pnpm.prefix, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  if (result.status !== 0 && !allowFailure) fail(`pnpm ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
  return result.status === 0;
}

function prepare() {
  checkNode();
  const pnpm = resolvePnpm(pinnedPnpm());
  step('Installing dependencies (pnpm install)');
  run(pnpm, ['install', '--frozen-lockfile', '--prefer-offline']);
  step('Building shared packages');
  run(pnpm, ['--filter', './packages/**', '--if-present', 'run', 'build']);
  return pnpm;
}

function postgresReachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname || '127.0.0.1', port: Number(port || 5432), timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** Runs one vitest suite and returns its counts from the JSON report. */
function vitestSuite(pnpm, title, dir, args, env = {}) {
  step(title);
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-vitest-'));
  const report = path.join(reportDir, 'report.json');
  const ok = run(pnpm, ['--dir', dir, 'exec', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    env,
    allowFailure: true,
  });
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    counts = {
      passed: json.numPassedTests,
      failed: json.numFailedTests + (ok ? 0 : json.numFailedTests === 0 ? 1 : 0),
      skipped: json.numPendingTests + json.numTodoTests,
    };
  }
  rmSync(reportDir, { recursive: true, force: true });
  return { title, ok, ...counts };
}

/** TypeScript strict, over code and tests alike; a failure counts as one failed check. */
function typecheck(pnpm) {
  step('Type checks (tsc and astro check, strict)');
  const tsc = (config) => ['exec', 'tsc', '-p', config, '--noEmit'];
  const projects = [
    ['packages/vietnamese', tsc('tsconfig.json')],
    ['packages/preview-link', tsc('tsconfig.json')],
    ['packages/bench', tsc('tsconfig.json')],
    ['packages/tooling', tsc('tsconfig.json')],
    ['packages/content', tsc('tsconfig.json')],
    ['packages/rebuild', tsc('tsconfig.json')],
    ['packages/testing', tsc('tsconfig.json')],
    ['cms', tsc('tsconfig.typecheck.json')],
    ['site', tsc('tsconfig.typecheck.json')],
    // tsc cannot read .astro components. Warnings fail it too, so none pile up unseen.
    ['site', ['exec', 'astro', 'check', '--minimumFailingSeverity', 'warning']],
  ];
  const failedProjects = projects.filter(([dir, args]) => !run(pnpm, ['--dir', dir, ...args], { allowFailure: true, env: { ASTRO_TELEMETRY_DISABLED: '1' } }));
  for (const [dir, args] of failedProjects) console.error(`✗ type errors in ${dir} (${args.slice(1).join(' ')})`);
  return { title: 'Type checks', ok: failedProjects.length === 0, passed: projects.length - failedProjects.length, failed: failedProjects.length, skipped: 0 };
}

/** ESLint and Prettier over the whole workspace (eslint.config.mjs, .prettierrc.json); each failure counts as one failed check. */
function lintAndFormat(pnpm) {
  step('Lint (ESLint) and format (Prettier --check)');
  const checks = [
    ['ESLint', ['exec', 'eslint', '.']],
    ['Prettier', ['exec', 'prettier', '--check', '.']],
  ];
  const failed = checks.filter(([, args]) => !run(pnpm, args, { allowFailure: true }));
  for (const [name] of failed) console.error(`✗ ${name} found problems${name === 'Prettier' ? ': pnpm exec prettier --write . formats them' : ''}`);
  return { title: 'Lint and format', ok: failed.length === 0, passed: checks.length - failed.length, failed: failed.length, skipped: 0 };
}

async function test() {
  const pnpm = prepare();
  const results = [typecheck(pnpm), lintAndFormat(pnpm)];
  results.push(vitestSuite(pnpm, 'Workspace checks', 'packages/tooling', ['--project', 'unit']));
  results.push(vitestSuite(pnpm, 'Vietnamese text helpers', 'packages/vietnamese', []));
  results.push(vitestSuite(pnpm, 'Signed preview links', 'packages/preview-link', []));
  results.push(vitestSuite(pnpm, 'Benchmark helpers (stats, report, synthetic content)', 'packages/bench', []));
  results.push(vitestSuite(pnpm, 'Content client (against a local GraphQL server)', 'packages/content', []));
  results.push(vitestSuite(pnpm, 'CMS unit tests', 'cms', ['--project', 'unit']));
  results.push(vitestSuite(pnpm, 'CMS integration tests on SQLite (real Strapi)', 'cms', ['--project', 'integration'], { TEST_DATABASE: 'sqlite' }));

  results.push(vitestSuite(pnpm, 'Site unit tests', 'site', ['--project', 'unit']));
  results.push(vitestSuite(pnpm, 'Site: real CMS, full build, checks of the output', 'site', ['--project', 'e2e']));
  results.push(vitestSuite(pnpm, 'Rebuild service: API, coalescing, releases', 'packages/rebuild', ['--project', 'unit']));
  results.push(vitestSuite(pnpm, 'Rebuild: editor publishes in the CMS, the live site follows', 'packages/rebuild', ['--project', 'e2e']));
  results.push(vitestSuite(pnpm, 'Editors in the admin panel, in Chromium (builds the admin once)', 'packages/rebuild', ['--project', 'admin']));
  results.push(vitestSuite(pnpm, 'First npm start on a fresh copy: the site comes up, nothing alarming is printed', 'packages/tooling', ['--project', 'e2e']));

  const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await postgresReachable(postgresUrl)) {
    results.push(
      vitestSuite(pnpm, `CMS integration tests on PostgreSQL (${new URL(postgresUrl).host})`, 'cms', ['--project', 'integration'], {
        TEST_DATABASE: 'postgres',
        TEST_POSTGRES_URL: postgresUrl,
      }),
    );
  } else if (process.env.REQUIRE_POSTGRES === '1') {
    results.push({ title: 'CMS integration tests on PostgreSQL', ok: false, passed: 0, failed: 1, skipped: 0 });
    console.error(`\n✗ PostgreSQL is required here (REQUIRE_POSTGRES=1) but nothing answers at ${new URL(postgresUrl).host}.`);
  } else {
    console.log(
      `\n⚠ SKIPPED: the PostgreSQL integration suite. No server answers at ${new URL(postgresUrl).host}; ` +
        'start PostgreSQL there or set TEST_POSTGRES_URL=postgres://user@host:port/db to run it.',
    );
  }

  console.log('\nSummary');
  for (const result of results) {
    console.log(`  ${result.ok ? '✓' : '✗'} ${result.title}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
  }
  const total = results.reduce(
    (sum, result) => ({ passed: sum.passed + result.passed, failed: sum.failed + result.failed, skipped: sum.skipped + result.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(results.every((result) => result.ok) ? 0 : 1);
}

async function waitForHealth(url, child) {
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`${url}/_health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

async function start() {
  const pnpm = prepare();
  const port = process.env.PORT ?? '1337';
  const sitePort = process.env.SITE_PORT ?? '4321';
  const controlPort = process.env.REBUILD_PORT ?? '4322';
  const previewPort = process.env.PREVIEW_PORT ?? '4323';
  const tokenFile = path.join(ROOT, 'cms', '.tmp', 'site-build-token');
  const previewTokenFile = path.join(ROOT, 'cms', '.tmp', 'site-preview-token');
  // One secret per run, shared by the CMS webhook and the rebuild service.
  const rebuildSecret = process.env.SITE_REBUILD_SECRET ?? randomBytes(24).toString('hex');
  // …and one for preview links, shared by the CMS (which signs) and the preview server (which checks).
  const previewSecret = process.env.PREVIEW_SECRET ?? randomBytes(24).toString('hex');
  const children = [];
  const stopAll = (signal) => {
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));

  step(`Starting the CMS (Strapi) on http://localhost:${port}`);
  const cms = spawn(pnpm.command, [...pnpm.prefix, '--dir', 'cms', 'develop'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      SITE_BUILD_TOKEN_FILE: tokenFile,
      SITE_REBUILD_URL: `http://127.0.0.1:${controlPort}/webhook`,
      SITE_REBUILD_SECRET: rebuildSecret,
      PREVIEW_URL: process.env.PREVIEW_URL ?? `http://localhost:${previewPort}`,
      PREVIEW_SECRET: previewSecret,
      PREVIEW_TOKEN_FILE: previewTokenFile,
      // The edit view's "Xem trên trang" links to the page at the site's address.
      SITE_URL: process.env.SITE_URL ?? `http://localhost:${sitePort}`,
    },
    shell: process.platform === 'win32',
  });
  children.push(cms);
  cms.on('exit', (code) => {
    stopAll('SIGTERM');
    process.exit(code ?? 0);
  });
  if (!(await waitForHealth(`http://127.0.0.1:${port}`, cms))) return;

  // Before the rebuild service's first build: two Astro builds at once in site/ trip over each other's .astro folder.
  step("Building the preview renderer (the site's components for draft previews)");
  const previewBuilt = spawnSync(process.execPath, [path.join(ROOT, 'site', 'scripts', 'build-preview.mjs')], { cwd: ROOT, stdio: 'inherit' });

  step(`Starting the rebuild service: builds the site now and after every publish, serves it on http://localhost:${sitePort}`);
  const token = existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '';
  const rebuild = spawn(process.execPath, [path.join(ROOT, 'packages', 'rebuild', 'dist', 'main.js'), 'serve'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      CMS_URL: `http://127.0.0.1:${port}`,
      CMS_TOKEN: token,
      SITE_URL: process.env.SITE_URL ?? `http://localhost:${sitePort}`,
      SITE_PORT: sitePort,
      REBUILD_PORT: controlPort,
      SITE_REBUILD_SECRET: rebuildSecret,
    },
  });
  children.push(rebuild);
  rebuild.on('exit', (code) => {
    if (code) console.error(`\n✗ The rebuild service stopped (exit ${code}); the CMS keeps running.`);
  });

  step(`Starting the preview server for drafts on http://localhost:${previewPort}`);
  if (previewBuilt.status === 0) {
    const preview = spawn(process.execPath, [path.join(ROOT, 'site', 'scripts', 'preview-server.mjs')], {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        CMS_URL: `http://127.0.0.1:${port}`,
        CMS_PUBLIC_URL: `http://localhost:${port}`,
        PREVIEW_SECRET: previewSecret,
        PREVIEW_TOKEN_FILE: previewTokenFile,
        PREVIEW_PORT: previewPort,
      },
    });
    children.push(preview);
    preview.on('exit', (code) => {
      if (code) console.error(`\n✗ The preview server stopped (exit ${code}); Preview in the admin will not load.`);
    });
  } else {
    console.error('\n✗ The preview renderer did not build; Preview in the admin will not load.');
  }
  console.log(startBanner({ port, sitePort, controlPort, previewPort }).join('\n'));
}

/** `npm run bench [-- flags]`: the benchmark (packages/bench) after the same install and build as the other commands. */
function bench() {
  prepare();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'packages', 'bench', 'bin', 'bench.mjs'), ...process.argv.slice(3)], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

const command = process.argv[2];
if (command === 'test') await test();
else if (command === 'start') await start();
else if (command === 'bench') bench();
else fail(`Unknown command "${command ?? ''}": use start, test or bench.`);
