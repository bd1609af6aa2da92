import path from 'node:path';
import { DEFAULT_CMS_URL } from '@hoilhpn/content/cms-url';
import type { BuildCommand } from './run-build.js';

export interface RebuildConfig {
  secret: string;
  controlPort: number;
  sitePort: number;
  host: string;
  root: string;
  debounceMs: number;
  keepReleases: number;
  maxArticleDrop: number;
  buildOnStart: boolean;
  buildCommand: BuildCommand;
}

/**
 * How long the service waits after a CMS event before it builds (REBUILD_DEBOUNCE_MS). Strapi sends the
 * events of one save together (an update and a publish, duplicates), milliseconds apart: half a second
 * gathers them into one build, and a reader waits for it on every publish.
 */
export const DEFAULT_DEBOUNCE_MS = 500;
/** The relay's window: each dispatch starts a whole GitHub Actions run, so it gathers a longer burst. */
export const DEFAULT_RELAY_DEBOUNCE_MS = 1500;

/** Reads the service's settings from the environment; names every missing or bad one at once. */
export function readConfig(env: NodeJS.ProcessEnv, repoRoot: string): RebuildConfig {
  const problems: string[] = [];
  const secret = env.SITE_REBUILD_SECRET ?? '';
  if (secret.length < 16) problems.push('SITE_REBUILD_SECRET (at least 16 characters, shared with the CMS)');
  const int = (name: string, fallback: number) => {
    const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isFinite(value) || value < 0) problems.push(`${name} (a number, got "${env[name]}")`);
    return value;
  };
  const config: RebuildConfig = {
    secret,
    controlPort: int('REBUILD_PORT', 4322),
    sitePort: int('SITE_PORT', 4321),
    host: env.REBUILD_HOST ?? '127.0.0.1',
    root: path.resolve(repoRoot, env.RELEASES_DIR ?? 'site/releases'),
    debounceMs: int('REBUILD_DEBOUNCE_MS', DEFAULT_DEBOUNCE_MS),
    keepReleases: Math.max(2, int('KEEP_RELEASES', 5)),
    maxArticleDrop: int('MAX_ARTICLE_DROP_PERCENT', 50) / 100,
    buildOnStart: env.REBUILD_ON_START !== 'false',
    buildCommand: {
      command: process.execPath,
      // Kept running between builds, so a publish renders what changed without reading the whole archive again.
      args: [path.join(repoRoot, 'site', 'scripts', 'build-server.mjs')],
      server: true,
      cwd: path.join(repoRoot, 'site'),
      env: {
        PATH: env.PATH,
        HOME: env.HOME,
        CMS_URL: env.CMS_URL ?? DEFAULT_CMS_URL,
        ...(env.CMS_TOKEN ? { CMS_TOKEN: env.CMS_TOKEN } : {}),
        ...(env.SITE_URL ? { SITE_URL: env.SITE_URL } : {}),
        ...(env.CMS_FETCH_RETRIES ? { CMS_FETCH_RETRIES: env.CMS_FETCH_RETRIES } : {}),
        // Beside the releases, never in one (it holds raw CMS data): each build patches the last one's content.
        SITE_CONTENT_SNAPSHOT: path.join(path.resolve(repoRoot, env.RELEASES_DIR ?? 'site/releases'), 'content-snapshot.json'),
      },
    },
  };
  if (problems.length > 0) throw new Error(`rebuild service: set ${problems.join('; ')}`);
  return config;
}

export interface RelayConfig {
  secret: string;
  controlPort: number;
  host: string;
  debounceMs: number;
  repository: string;
  token: string;
  apiUrl: string;
}

/** Settings of `hoilhpn-rebuild relay`, which forwards CMS webhooks to GitHub Actions instead of building here. */
export function readRelayConfig(env: NodeJS.ProcessEnv): RelayConfig {
  const problems: string[] = [];
  const secret = env.SITE_REBUILD_SECRET ?? '';
  if (secret.length < 16) problems.push('SITE_REBUILD_SECRET (at least 16 characters, shared with the CMS)');
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    problems.push(`GITHUB_REPOSITORY (owner/name of the repository with .github/workflows/site.yml, got "${repository}")`);
  const token = env.GITHUB_TOKEN ?? '';
  if (!token) problems.push('GITHUB_TOKEN (a token that may create repository dispatch events: contents write)');
  const controlPort = Number(env.REBUILD_PORT ?? 4322);
  const debounceMs = Number(env.REBUILD_DEBOUNCE_MS ?? DEFAULT_RELAY_DEBOUNCE_MS);
  if (!Number.isFinite(controlPort) || controlPort < 0) problems.push(`REBUILD_PORT (a number, got "${env.REBUILD_PORT}")`);
  if (!Number.isFinite(debounceMs) || debounceMs < 0) problems.push(`REBUILD_DEBOUNCE_MS (a number, got "${env.REBUILD_DEBOUNCE_MS}")`);
  if (problems.length > 0) throw new Error(`rebuild relay: set ${problems.join('; ')}`);
  return { secret, controlPort, host: env.REBUILD_HOST ?? '127.0.0.1', debounceMs, repository, token, apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com' };
}
