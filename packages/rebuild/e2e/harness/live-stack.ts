import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort, startCms, type RunningCms } from '@hoilhpn/testing/cms-process';
import { createControlServer, SECRET_HEADER } from '../../src/control-server.js';
import { RebuildService, type RebuildServiceOptions } from '../../src/rebuild-service.js';
import { createStaticServer } from '../../src/static-server.js';

// From import.meta.url, not __dirname: also run by tsx as a script (e2e/admin/screenshots.ts).
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const SECRET = 'rebuild-secret-for-tests-0123456789';
export const PREVIEW_SECRET = 'preview-secret-for-tests-0123456789';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What `npm start` runs, on loopback and temporary folders: the real CMS, the rebuild service and the live site. */
export interface LiveStack {
  cms: RunningCms;
  service: RebuildService;
  /** The static site's base URL (live release). */
  site: string;
  /** The rebuild service's control API. */
  control: string;
  /** The draft preview server, when started with `preview: true`. */
  previewUrl: string;
  workDir: string;
  get(urlPath: string): Promise<{ status: number; text: string }>;
  waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs?: number): Promise<T>;
  /** Resolves once no build runs or waits. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** The rebuild service as `npm start` configures it, building from `cms` into releases under `root`. */
export function rebuildServiceOptions(root: string, cms: Pick<RunningCms, 'url' | 'token'>): RebuildServiceOptions {
  return {
    root,
    buildCommand: {
      command: process.execPath,
      args: [path.join(REPO, 'site', 'scripts', 'build-server.mjs')],
      server: true,
      cwd: path.join(REPO, 'site'),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CMS_URL: cms.url, CMS_TOKEN: cms.token, CMS_FETCH_RETRIES: '1' },
    },
    debounceMs: 1500,
    keepReleases: 4,
    maxArticleDrop: 0.5,
  };
}

export async function startLiveStack({
  setupModule,
  cmsEnv = {},
  preview = false,
}: { setupModule?: string; cmsEnv?: Record<string, string>; preview?: boolean } = {}): Promise<LiveStack> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-live-'));
  const controlPort = await freePort();
  const control = `http://127.0.0.1:${controlPort}`;
  const previewPort = await freePort();
  const sitePort = await freePort();
  const previewUrl = `http://127.0.0.1:${previewPort}`;
  const cms = await startCms({
    databaseFile: path.join(workDir, 'cms.db'),
    setupModule,
    env: {
      SITE_REBUILD_URL: `${control}/webhook`,
      SITE_REBUILD_SECRET: SECRET,
      // The edit view's "Xem trên trang" links to the live site served below.
      SITE_URL: `http://127.0.0.1:${sitePort}`,
      ...(preview ? { PREVIEW_URL: previewUrl, PREVIEW_SECRET: PREVIEW_SECRET } : {}),
      ...cmsEnv,
    },
  });
  const service = new RebuildService(rebuildServiceOptions(path.join(workDir, 'site'), cms));
  await service.init();
  const controlServer = createControlServer(service, { secret: SECRET });
  const staticServer = createStaticServer(workDir, { getRoot: () => service.releases.liveDir() });
  await new Promise<void>((resolve) => controlServer.listen(controlPort, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => staticServer.listen(sitePort, '127.0.0.1', resolve));
  const servers: Server[] = [controlServer, staticServer];
  if (preview) {
    // The preview server as `npm start` runs it (site/scripts/preview-server.mjs, renderer in site/dist-preview).
    const { createPreviewServer, readPreviewConfig } = await import(pathToFileURL(path.join(REPO, 'site', 'scripts', 'preview-server.mjs')).href);
    const config = readPreviewConfig({ PREVIEW_SECRET, PREVIEW_CMS_TOKEN: cms.previewToken, CMS_URL: cms.url, PREVIEW_PORT: String(previewPort) });
    const previewServer: Server = await createPreviewServer(config, { log: () => {} });
    await new Promise<void>((resolve) => previewServer.listen(previewPort, '127.0.0.1', resolve));
    servers.push(previewServer);
  }
  const site = `http://127.0.0.1:${sitePort}`;

  const get = async (urlPath: string) => {
    const response = await fetch(`${site}${urlPath}`);
    return { status: response.status, text: await response.text() };
  };
  async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 90_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last build: ${JSON.stringify(service.lastBuild)}`);
      await sleep(250);
    }
  }
  const idle = async () => {
    await waitFor(
      'the service to go idle',
      async () => !service.scheduler.isBuilding && !service.scheduler.queue.waiting && !service.scheduler.queue.afterCurrent,
    );
  };

  const stack: LiveStack = {
    cms,
    service,
    site,
    control,
    previewUrl,
    workDir,
    get,
    waitFor,
    idle,
    async stop() {
      service.close();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
      await cms.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
  return stack;
}

/** Asks the service for a build and waits until it is live: the site as readers first see it. */
export async function publishFirstRelease(stack: LiveStack): Promise<void> {
  const response = await fetch(`${stack.control}/build`, { method: 'POST', headers: { [SECRET_HEADER]: SECRET } });
  if (response.status !== 202) throw new Error(`POST /build answered ${response.status}`);
  await stack.waitFor('the first release', async () => stack.service.releases.liveId());
  await stack.idle();
}
