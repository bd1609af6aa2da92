import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cmsChildEnv } from './cms-child-env.js';
import { freePort } from './free-port.js';
import { CMS_DIR, SITE_DIR } from './paths.js';

export { CMS_DIR, freePort, SITE_DIR };

export interface RunningCms {
  url: string;
  /** The site build's token. */
  token: string;
  /** The preview server's token (reads drafts). */
  previewToken: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * What cms/scripts/serve.ts hands a setup module besides Strapi: the CMS's own upload (the one its demo seed uses),
 * so fixtures put files into the media library as the CMS does.
 */
export interface CmsSetupTools {
  uploadFromMemory(file: {
    name: string;
    mime: string;
    bytes: Buffer;
    fileInfo?: { alternativeText?: string; caption?: string };
  }): Promise<{ id: number; url: string; formats?: Record<string, { url: string }> | null }>;
}

/**
 * The real CMS in a child process (cms/scripts/serve.ts: compiled TypeScript,
 * no admin build) on its own SQLite file, seeded, with the site build token.
 * `setupModule` runs inside the CMS after seeding, for test fixtures.
 */
export async function startCms({
  databaseFile,
  setupModule,
  port: fixedPort,
  env = {},
}: {
  databaseFile: string;
  setupModule?: string;
  port?: number;
  env?: Record<string, string>;
}): Promise<RunningCms> {
  const port = fixedPort ?? (await freePort());
  const tsx = path.join(CMS_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, 'scripts/serve.ts'], {
    cwd: CMS_DIR,
    env: {
      ...cmsChildEnv({ port, envPath: path.join(path.dirname(databaseFile), 'no.env') }),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: databaseFile,
      ...(setupModule ? { CMS_SETUP_MODULE: setupModule } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = await new Promise<{ url: string; token: string; previewToken: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CMS did not start in 180 s:\n${output}`)), 180_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const line = /^CMS_READY (.*)$/m.exec(output);
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line[1]!));
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CMS exited with ${code}:\n${output}`));
    });
  });
  return {
    ...ready,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of site/scripts with only the given environment (plus PATH and HOME). */
function runSiteScript(script: string, env: Record<string, string>, cwd = SITE_DIR): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(SITE_DIR, script)], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs `pnpm --dir site build` (scripts/build.mjs) with the given environment.
 * Without SITE_CONTENT_SNAPSHOT the build gets a snapshot file of its own, so it
 * fetches everything: a test's build never starts from another test's content.
 */
export async function buildSite(env: Record<string, string>): Promise<BuildResult> {
  if (env.SITE_CONTENT_SNAPSHOT) return runSiteScript('scripts/build.mjs', env);
  const snapshot = path.join(os.tmpdir(), `hoilhpn-content-snapshot-${randomUUID()}.json`);
  try {
    return await runSiteScript('scripts/build.mjs', { ...env, SITE_CONTENT_SNAPSHOT: snapshot });
  } finally {
    rmSync(snapshot, { force: true });
  }
}

/**
 * Builds the preview server's renderer (site/dist-preview) with the site's
 * components, from the repository root as `npm start` does: Tailwind once
 * looked for its config in the working directory and built unstyled.
 */
export function buildPreviewApp(): Promise<BuildResult> {
  return runSiteScript('scripts/build-preview.mjs', {}, path.resolve(SITE_DIR, '..'));
}
