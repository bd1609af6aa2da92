#!/usr/bin/env node
// hoilhpn-rebuild serve | relay | status | build [--force] [--full] | rollback | check-release <dir> [--live <site url>] [--force]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRelease } from './check-release.js';
import { readConfig, readRelayConfig } from './config.js';
import { createControlServer, SECRET_HEADER } from './control-server.js';
import { GithubDispatchRelay } from './github-dispatch-relay.js';
import { RebuildService } from './rebuild-service.js';
import { createStaticServer } from './static-server.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function serve(): Promise<void> {
  const config = readConfig(process.env, REPO_ROOT);
  const service = new RebuildService({ ...config, root: config.root, log: (message) => console.log(message) });
  await service.init();
  const control = createControlServer(service, { secret: config.secret });
  const site = createStaticServer(config.root, { getRoot: () => service.releases.liveDir() });
  await new Promise<void>((resolve) => control.listen(config.controlPort, config.host, resolve));
  await new Promise<void>((resolve) => site.listen(config.sitePort, config.host, resolve));
  console.log(`rebuild: webhook and status at http://${config.host}:${config.controlPort}/ (POST /webhook with ${SECRET_HEADER}; GET /status)`);
  console.log(`rebuild: serving the live release at http://localhost:${config.sitePort}/`);
  if (!service.releases.liveId() || (config.buildOnStart && !service.rolledBack)) service.notify('start');
  // A rollback holds until new content arrives, across restarts too.
  else if (service.rolledBack)
    console.log(`rebuild: the site is rolled back to ${service.rolledBack.to} (since ${service.rolledBack.at}); the next content change builds`);
  const stop = () => {
    service.close();
    control.close();
    site.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Forwards CMS webhooks to GitHub Actions (repository_dispatch), coalesced; builds nothing here. */
async function relay(): Promise<void> {
  const config = readRelayConfig(process.env);
  const target = new GithubDispatchRelay({ ...config, log: (message) => console.log(message) });
  const control = createControlServer(target, { secret: config.secret });
  await new Promise<void>((resolve) => control.listen(config.controlPort, config.host, resolve));
  console.log(`rebuild relay: POST http://${config.host}:${config.controlPort}/webhook (${SECRET_HEADER}) → repository_dispatch on ${config.repository}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => control.close(() => process.exit(0)));
}

async function call(method: 'GET' | 'POST', pathname: string): Promise<void> {
  const base = process.env.REBUILD_URL ?? `http://127.0.0.1:${process.env.REBUILD_PORT ?? 4322}`;
  const response = await fetch(`${base}${pathname}`, { method, headers: { [SECRET_HEADER]: process.env.SITE_REBUILD_SECRET ?? '' } });
  const text = await response.text();
  console.log(text.trim());
  if (!response.ok) process.exitCode = 1;
}

/** A release built elsewhere (the GitHub Pages workflow), checked by the service's own rules against the deployed one. */
async function checkBuiltRelease(): Promise<void> {
  const dir = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--live');
  if (!dir) throw new Error('usage: hoilhpn-rebuild check-release <dir> [--live <site url>] [--force]');
  const liveIndex = args.indexOf('--live');
  const liveUrl = liveIndex >= 0 ? args[liveIndex + 1] : undefined;
  // An unset SITE_URL in the workflow arrives as --live "": comparing with nothing would let any drop through.
  if (liveIndex >= 0 && !liveUrl?.trim()) throw new Error("check-release: --live needs the deployed site's address (is SITE_URL set?)");
  const percent = Number(process.env.MAX_ARTICLE_DROP_PERCENT || 50);
  if (!Number.isFinite(percent) || percent < 0) throw new Error(`MAX_ARTICLE_DROP_PERCENT: a number, got "${process.env.MAX_ARTICLE_DROP_PERCENT}"`);
  const result = await checkRelease(path.resolve(dir), { liveUrl, maxArticleDrop: percent / 100, force: args.includes('--force') });
  (result.ok ? console.log : console.error)(`${result.ok ? '✓' : '✗'} ${result.message}`);
  if (!result.ok) process.exitCode = 1;
}

const [command = 'serve', ...args] = process.argv.slice(2);
const actions: Record<string, () => Promise<void>> = {
  serve,
  relay,
  status: () => call('GET', '/status'),
  build: () => {
    const query = new URLSearchParams([...(args.includes('--force') ? [['force', '1']] : []), ...(args.includes('--full') ? [['full', '1']] : [])]).toString();
    return call('POST', query ? `/build?${query}` : '/build');
  },
  rollback: () => call('POST', '/rollback'),
  'check-release': checkBuiltRelease,
};
const action = actions[command];
if (!action) {
  console.error(`usage: hoilhpn-rebuild serve | relay | status | build [--force] [--full] | rollback | check-release <dir> [--live <site url>] [--force]`);
  process.exit(2);
}
action().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
