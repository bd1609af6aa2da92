import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from '../src/process-alive.js';
import { SECRET_HEADER } from '../src/control-server.js';
import type { RebuildService } from '../src/rebuild-service.js';
import type { RunningCms } from '@hoilhpn/testing/cms-process';
import { EditorClient } from '@hoilhpn/testing/editor-client';
import { EDITOR, EDITOR_ACCOUNT_SETUP } from '@hoilhpn/testing/editor-account';
import { publishFirstRelease, SECRET, sleep, startLiveStack, type LiveStack } from './harness/live-stack.js';
import { draftArticle } from './fixtures/draft-article.js';

let stack: LiveStack;
let cms: RunningCms;
let service: RebuildService;
let control: string;
let editor: EditorClient;

const get = (urlPath: string) => stack.get(urlPath);
const waitFor: LiveStack['waitFor'] = (what, probe, timeoutMs) => stack.waitFor(what, probe, timeoutMs);
const idle = () => stack.idle();

/** The processes whose parent is `pid`, with their command lines. */
function childrenOf(pid: number | undefined): { pid: number; command: string }[] {
  if (!pid) return [];
  const listing = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout;
  return listing
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .flatMap((match) => (match ? [{ pid: Number(match[1]), command: match[2]! }] : []));
}

const article = (title: string, slug: string) => draftArticle(title, slug, '2026-11-20T08:00:00+07:00');

beforeAll(async () => {
  stack = await startLiveStack({ setupModule: EDITOR_ACCOUNT_SETUP });
  ({ cms, service, control } = stack);
  expect((await get('/')).status).toBe(503);
  await publishFirstRelease(stack);
  editor = new EditorClient(cms.url);
  await editor.login(EDITOR.email, EDITOR.password);
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

describe('from an editor’s publish to the live site', () => {
  const slug = 'tin-moi-tu-bien-tap-vien';
  let documentId: string;

  it('serves the first release', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Hoà Bình: Chú trọng nâng cao năng lực');
  });

  it('a published article appears, with its list entry, feed item and sitemap entry', async () => {
    documentId = await editor.createDraft(article('Tin mới từ biên tập viên', slug));
    await sleep(2500);
    expect((await get(`/tin-tuc/${slug}/`)).status).toBe(404); // a draft does not go out
    await editor.publish(documentId);
    const page = await waitFor('the new page', async () => {
      const response = await get(`/tin-tuc/${slug}/`);
      return response.status === 200 && response;
    });
    expect(page.text).toContain('Tin mới từ biên tập viên');
    expect((await get('/tin-tuc/')).text).toContain(`/tin-tuc/${slug}/`);
    expect((await get('/rss.xml')).text).toContain(`/tin-tuc/${slug}/`);
    expect((await get('/sitemap.xml')).text).toContain(`/tin-tuc/${slug}/`);
    await idle();
  });

  it('an update changes the page', async () => {
    await editor.update(documentId, { title: 'Tin mới đã sửa tiêu đề' });
    await editor.publish(documentId);
    await waitFor('the changed title', async () => (await get(`/tin-tuc/${slug}/`)).text.includes('Tin mới đã sửa tiêu đề'));
    await idle();
    // Made from the live release: only the changed routes rendered, the rest taken over.
    const status = (await (await fetch(`${control}/status`)).json()) as {
      lastBuild: {
        result: string;
        requested: string;
        kind: string;
        routes: { rendered: number; reused: number; deleted: number };
        phases: Record<string, number>;
      };
    };
    expect(status.lastBuild).toMatchObject({ result: 'live', requested: 'incremental', kind: 'incremental' });
    expect(status.lastBuild.routes.rendered).toBeGreaterThan(0);
    expect(status.lastBuild.routes.reused).toBeGreaterThan(0);
    expect(Object.keys(status.lastBuild.phases)).toEqual(expect.arrayContaining(['fetch', 'render', 'link', 'search']));
  });

  it('unpublishing removes the page and its list, feed and sitemap entries', async () => {
    await editor.unpublish(documentId);
    await waitFor('the page to go', async () => (await get(`/tin-tuc/${slug}/`)).status === 404);
    expect((await get('/tin-tuc/')).text).not.toContain(`/tin-tuc/${slug}/`);
    expect((await get('/rss.xml')).text).not.toContain(`/tin-tuc/${slug}/`);
    expect((await get('/sitemap.xml')).text).not.toContain(`/tin-tuc/${slug}/`);
    await idle();
  });

  it('deleting a published article removes it too', async () => {
    await editor.publish(documentId);
    await waitFor('the page to come back', async () => (await get(`/tin-tuc/${slug}/`)).status === 200);
    await idle();
    await editor.delete(documentId);
    await waitFor('the page to go', async () => (await get(`/tin-tuc/${slug}/`)).status === 404);
    expect((await get('/rss.xml')).text).not.toContain(`/tin-tuc/${slug}/`);
    await idle();
  });

  it('a burst of 20 publishes leads to at most two builds', async () => {
    const before = service.buildsStarted;
    for (let index = 0; index < 20; index += 1) {
      const id = await editor.createDraft(article(`Tin loạt ${index}`, `tin-loat-${index}`));
      await editor.publish(id);
    }
    await waitFor('the burst to be live', async () => (await get('/tin-tuc/tin-loat-19/')).status === 200);
    await idle();
    expect(service.buildsStarted - before).toBeGreaterThanOrEqual(1);
    expect(service.buildsStarted - before).toBeLessThanOrEqual(2);
    expect((await get('/tin-tuc/tin-loat-0/')).status).toBe(200);
  });

  it('a wrong or missing secret gets 401 and no build', async () => {
    const before = service.buildsStarted;
    for (const headers of [{}, { [SECRET_HEADER]: 'not-the-secret' }] as Record<string, string>[]) {
      const response = await fetch(`${control}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"event":"entry.publish"}',
      });
      expect(response.status).toBe(401);
    }
    await sleep(2000);
    expect(service.buildsStarted).toBe(before);
  });

  it('a build killed midway leaves the live release serving, and stops its render', async () => {
    const live = service.releases.liveId();
    // A full build: an incremental one is over in well under a second, before it can be caught.
    service.notify('test: killed build', false, true);
    await waitFor('the build to start', async () => service.scheduler.isBuilding);
    // Killed while Astro renders in its own process, which must not outlive the build server.
    const render = await waitFor(
      'the full render to start',
      async () => childrenOf(service.buildProcessId).find((child) => child.command.includes('astro-build.mjs')),
      60_000,
    );
    expect(service.killCurrentBuild()).toBe(true);
    await idle();
    expect(service.lastBuild).toMatchObject({ result: 'failed', error: 'build killed (SIGKILL)' });
    expect(service.releases.liveId()).toBe(live);
    expect((await get('/tin-tuc/tin-loat-3/')).status).toBe(200);
    await waitFor('the orphaned render to stop', async () => !isAlive(render.pid), 10_000);
  });

  it('rollback switches back to the previous release', async () => {
    const live = service.releases.liveId();
    const response = await fetch(`${control}/rollback`, { method: 'POST', headers: { [SECRET_HEADER]: SECRET } });
    expect(response.status).toBe(200);
    const { live: previous } = (await response.json()) as { live: string };
    expect(previous).not.toBe(live);
    expect(service.releases.liveId()).toBe(previous);
    // The release before the burst has none of its articles.
    expect((await get('/tin-tuc/tin-loat-3/')).status).toBe(404);
    const status = (await (await fetch(`${control}/status`)).json()) as any;
    expect(status.live.release).toBe(previous);
    expect(status.rolledBack).toEqual({ at: expect.any(String), from: live, to: previous });
  });

  it('a rollback sticks: the build running at the time never goes live, new content after it does', async () => {
    await editor.publish(await editor.createDraft(article('Tin trước khi quay lại', 'tin-truoc-khi-quay-lai')));
    await waitFor('the build to start', async () => service.scheduler.isBuilding);
    const running = service.lastBuild!.release;
    const before = service.releases.liveId();
    const response = await fetch(`${control}/rollback`, { method: 'POST', headers: { [SECRET_HEADER]: SECRET } });
    expect(response.status).toBe(200);
    const { live: rolledBackTo } = (await response.json()) as { live: string };
    await idle();
    expect(service.releases.liveId()).toBe(rolledBackTo);
    expect((await get('/tin-tuc/tin-truoc-khi-quay-lai/')).status).toBe(404);
    const status = (await (await fetch(`${control}/status`)).json()) as any;
    expect(status.lastBuild).toMatchObject({ release: running, result: 'discarded' });
    expect(status.lastBuild.error).toMatch(new RegExp(`^the site was rolled back to ${rolledBackTo} at .+, after this build started; it does not go live`));
    expect(status.rolledBack).toMatchObject({ from: before, to: rolledBackTo });

    await editor.publish(await editor.createDraft(article('Tin sau khi quay lại', 'tin-sau-khi-quay-lai')));
    await waitFor('the new content', async () => (await get('/tin-tuc/tin-sau-khi-quay-lai/')).status === 200);
    await idle();
    expect((await get('/tin-tuc/tin-truoc-khi-quay-lai/')).status).toBe(200);
    expect(((await (await fetch(`${control}/status`)).json()) as any).rolledBack).toBeNull();
  });

  it('a build that fails (CMS stopped) leaves the live site as it was and reports why', async () => {
    const live = service.releases.liveId();
    const before = service.buildsStarted;
    await cms.stop();
    const response = await fetch(`${control}/build`, { method: 'POST', headers: { [SECRET_HEADER]: SECRET } });
    expect(response.status).toBe(202);
    await waitFor('the failed build', async () => service.buildsStarted > before && service.lastBuild?.result === 'failed' && !service.scheduler.isBuilding);
    expect(service.lastBuild!.error).toMatch(/unreachable/);
    expect(service.releases.liveId()).toBe(live);
    expect((await get('/')).status).toBe(200);
    const status = (await (await fetch(`${control}/status`)).json()) as any;
    expect(status.lastBuild).toMatchObject({ result: 'failed' });
    expect(typeof status.lastBuild.durationMs).toBe('number');
  });
});
