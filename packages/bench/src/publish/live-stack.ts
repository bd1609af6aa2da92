import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import path from 'node:path';
import { createControlServer, createStaticServer, DEFAULT_DEBOUNCE_MS, RebuildService, SECRET_HEADER } from '@hoilhpn/rebuild';
import { SITE_BUILD_SERVER, SITE_DIR } from '../paths.js';

/*
 * What `npm start` runs besides the CMS, in this process: the rebuild
 * service (webhook in, builds, releases), its control API and the static
 * server for the live release, on loopback and a temporary folder, with the
 * settings a deployment gets by default (packages/rebuild/src/config.ts).
 */

export interface LiveStack {
  service: RebuildService;
  /** The live site's base URL. */
  site: string;
  /** Where the CMS webhook must point (SITE_REBUILD_URL) and the secret it must send. */
  webhook: { url: string; secret: string };
  /** The CMS is known only after the stack listens (its webhook points here): builds read it from then on. */
  connectCms(cms: { url: string; token: string }): void;
  /** Builds the first release and waits until it is live. */
  publishFirstRelease(timeoutMs: number): Promise<void>;
  /** Asks for one more build with nothing changed and waits for it: it builds the warm renderer a running site already has. */
  warmUp(timeoutMs: number): Promise<void>;
  idle(timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return `http://127.0.0.1:${address.port}`;
}

export async function startLiveStack(workDir: string, debounceMs = DEFAULT_DEBOUNCE_MS): Promise<LiveStack> {
  const secret = randomBytes(24).toString('hex');
  const buildEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  const service = new RebuildService({
    root: path.join(workDir, 'live'),
    // As the rebuild service runs it: one build server kept between publishes.
    buildCommand: { command: process.execPath, args: [SITE_BUILD_SERVER], server: true, cwd: SITE_DIR, env: buildEnv },
    debounceMs,
    keepReleases: 2,
    maxArticleDrop: 0.5,
  });
  await service.init();
  const control = createControlServer(service, { secret });
  const statics = createStaticServer(workDir, { getRoot: () => service.releases.liveDir() });
  const controlUrl = await listen(control);
  const site = await listen(statics);
  buildEnv.SITE_URL = site;

  const isIdle = () => !service.scheduler.isBuilding && !service.scheduler.queue.waiting && !service.scheduler.queue.afterCurrent;
  const idle = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!isIdle()) {
      if (Date.now() > deadline) throw new Error(`the rebuild service was still busy after ${Math.round(timeoutMs / 1000)} s`);
      await sleep(100);
    }
  };

  /** What an operator's `POST /build` does: a build soon, through the control API. */
  const askForBuild = async () => {
    const response = await fetch(`${controlUrl}/build`, { method: 'POST', headers: { [SECRET_HEADER]: secret } });
    if (response.status !== 202) throw new Error(`POST /build answered ${response.status}`);
  };

  return {
    service,
    site,
    webhook: { url: `${controlUrl}/webhook`, secret },
    connectCms(cms) {
      buildEnv.CMS_URL = cms.url;
      buildEnv.CMS_TOKEN = cms.token;
    },
    async publishFirstRelease(timeoutMs) {
      await askForBuild();
      const deadline = Date.now() + timeoutMs;
      while (!service.releases.liveId()) {
        if (service.lastBuild && ['failed', 'rejected'].includes(service.lastBuild.result))
          throw new Error(`the first release failed: ${service.lastBuild.error}`);
        if (Date.now() > deadline) throw new Error(`no live release after ${Math.round(timeoutMs / 1000)} s`);
        await sleep(250);
      }
      await idle(timeoutMs);
    },
    async warmUp(timeoutMs) {
      const before = service.buildsStarted;
      await askForBuild();
      const deadline = Date.now() + timeoutMs;
      while (service.buildsStarted === before) {
        if (Date.now() > deadline) throw new Error(`the warm-up build did not start in ${Math.round(timeoutMs / 1000)} s`);
        await sleep(100);
      }
      await idle(timeoutMs);
    },
    idle,
    async stop() {
      service.close();
      await Promise.all([control, statics].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
