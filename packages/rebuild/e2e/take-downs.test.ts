import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type RunningCms } from '@hoilhpn/testing/cms-process';
import { createControlServer, SECRET_HEADER } from '../src/control-server.js';
import { RebuildService } from '../src/rebuild-service.js';
import { EditorClient } from '@hoilhpn/testing/editor-client';
import { EDITOR, EDITOR_ACCOUNT_SETUP } from '@hoilhpn/testing/editor-account';
import { publishFirstRelease, rebuildServiceOptions, SECRET, startLiveStack, type LiveStack } from './harness/live-stack.js';
import { draftArticle } from './fixtures/draft-article.js';

/*
 * The release guard against the real CMS and real builds: editors' take-downs
 * always reach the live site, while a build that read another CMS database
 * (a second fresh CMS on its own SQLite file), seeded or emptied of every
 * article, is refused, and /status says why.
 */

let stack: LiveStack;
let editor: EditorClient;
const documentIds = new Map<string, string>();

const article = (title: string, slug: string) => draftArticle(title, slug, '2026-11-21T08:00:00+07:00');

async function cmsIdentity(cms: RunningCms): Promise<string> {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.token}` },
    body: JSON.stringify({ query: '{ cmsIdentity }' }),
  });
  return ((await response.json()) as { data: { cmsIdentity: string } }).data.cmsIdentity;
}

const status = async (control: string) => (await (await fetch(`${control}/status`)).json()) as any;

/** Every article's documentId, published or draft only: the preview token reads both. */
async function allArticleIds(cms: RunningCms): Promise<string[]> {
  const ids = new Set<string>();
  for (const publication of ['PUBLISHED', 'DRAFT']) {
    const response = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.previewToken}` },
      body: JSON.stringify({ query: `{ articles(status: ${publication}, pagination: { limit: 100 }) { documentId } }` }),
    });
    const body = (await response.json()) as { data?: { articles: { documentId: string }[] }; errors?: unknown };
    if (!body.data) throw new Error(`articles (${publication}): ${JSON.stringify(body.errors)}`);
    for (const { documentId } of body.data.articles) ids.add(documentId);
  }
  return [...ids];
}

beforeAll(async () => {
  stack = await startLiveStack({ setupModule: EDITOR_ACCOUNT_SETUP });
  editor = new EditorClient(stack.cms.url);
  await editor.login(EDITOR.email, EDITOR.password);
  // A small site: the seed article and two more, three in all.
  for (const [title, slug] of [
    ['Tin sẽ được gỡ xuống', 'tin-se-duoc-go-xuong'],
    ['Tin sẽ bị xoá', 'tin-se-bi-xoa'],
  ] as const) {
    const documentId = await editor.createDraft(article(title, slug));
    await editor.publish(documentId);
    documentIds.set(slug, documentId);
  }
  await publishFirstRelease(stack);
  await stack.waitFor('the three articles', async () => (await stack.get('/tin-tuc/tin-se-bi-xoa/')).status === 200);
  await stack.idle();
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

/** What /status says of a build that read another CMS: `fall` is "<live> to <new> (<percent>%". */
function anotherCmsRefusal(was: string, now: string, fall: string): string {
  return (
    `the CMS is not the one the live site was built from (identity ${was.slice(0, 8)}… → ${now.slice(0, 8)}…), and the article count would fall from ${fall}, more than 50%). ` +
    'Check CMS_URL and CMS_TOKEN; if this is the right CMS, rebuild with force to publish it anyway'
  );
}

describe('the release guard', () => {
  it('records the CMS identity and the counts the CMS reported in the live release', async () => {
    const live = (await status(stack.control)).live;
    expect(live.articles).toBe(3);
    expect(live.cms).toEqual({ identity: await cmsIdentity(stack.cms), reported: expect.objectContaining({ articles: 3 }) });
  });

  describe('a build that read another CMS (a fresh one on its own database)', () => {
    let other: RunningCms;
    let control: string;
    let server: Server;
    let misconfigured: RebuildService;

    beforeAll(async () => {
      // With an editor account, so the emptied-CMS case below can delete its articles as an editor would.
      other = await startCms({ databaseFile: path.join(stack.workDir, 'other-cms.db'), setupModule: EDITOR_ACCOUNT_SETUP });
      // The operator restarted the rebuild service with the wrong CMS_URL and CMS_TOKEN: same releases, other CMS.
      // Restarted: the first one stops (and leaves the releases folder's lock) before the second starts.
      stack.service.close();
      misconfigured = new RebuildService(rebuildServiceOptions(stack.service.releases.root, other));
      await misconfigured.init();
      server = createControlServer(misconfigured, { secret: SECRET });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      control = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }, 300_000);

    afterAll(async () => {
      await new Promise((resolve) => server?.close(resolve));
      await other?.stop();
      // …and back to the right CMS, for the editors' take-downs below.
      misconfigured?.close();
      await stack.service.init();
    });

    it('is refused, the live site stays, and /status says the CMS is not the one the live site was built from', async () => {
      const live = stack.service.releases.liveId();
      const response = await fetch(`${control}/build`, { method: 'POST', headers: { [SECRET_HEADER]: SECRET } });
      expect(response.status).toBe(202);
      await stack.waitFor('the refused build', async () => misconfigured.lastBuild?.result === 'rejected' || misconfigured.lastBuild?.result === 'failed');
      const { lastBuild } = await status(control);
      const [was, now] = [await cmsIdentity(stack.cms), await cmsIdentity(other)];
      expect(now).not.toBe(was);
      expect(lastBuild).toMatchObject({ result: 'rejected', articles: 1 });
      expect(lastBuild.error).toBe(anotherCmsRefusal(was, now, '3 to 1 (67%'));
      expect(stack.service.releases.liveId()).toBe(live);
      expect((await stack.get('/tin-tuc/tin-se-bi-xoa/')).status).toBe(200);
    });

    /*
     * An empty answer must not blank the site. The other CMS stripped of every
     * article (published and draft) is what a fresh or wiped database gives:
     * its counts agree with what it reports, so only its identity tells it
     * from the editors' own CMS taking everything down. (serve.ts seeds an
     * empty database, so emptying this one costs a build, not another CMS.)
     */
    it('is refused when that CMS has no article at all, and /status says why', async () => {
      const otherEditor = new EditorClient(other.url);
      await otherEditor.login(EDITOR.email, EDITOR.password);
      for (const documentId of await allArticleIds(other)) await otherEditor.delete(documentId);
      expect(await allArticleIds(other)).toEqual([]);

      const live = stack.service.releases.liveId();
      const previous = misconfigured.lastBuild?.release;
      const response = await fetch(`${control}/build`, { method: 'POST', headers: { [SECRET_HEADER]: SECRET } });
      expect(response.status).toBe(202);
      await stack.waitFor(
        'the refused build',
        async () =>
          misconfigured.lastBuild?.release !== previous && (misconfigured.lastBuild?.result === 'rejected' || misconfigured.lastBuild?.result === 'failed'),
      );
      const { lastBuild } = await status(control);
      const [was, now] = [await cmsIdentity(stack.cms), await cmsIdentity(other)];
      expect(lastBuild).toMatchObject({ result: 'rejected', articles: 0 });
      expect(lastBuild.error).toBe(anotherCmsRefusal(was, now, '3 to 0 (100%'));
      expect(stack.service.releases.liveId()).toBe(live);
      expect((await stack.get('/tin-tuc/tin-se-bi-xoa/')).status).toBe(200);
    });
  });

  it('lets editors take down two of three articles: the unpublished and the deleted article leave the live site', async () => {
    await editor.unpublish(documentIds.get('tin-se-duoc-go-xuong')!);
    await editor.delete(documentIds.get('tin-se-bi-xoa')!);
    await stack.waitFor(
      'both pages to go',
      async () => (await stack.get('/tin-tuc/tin-se-duoc-go-xuong/')).status === 404 && (await stack.get('/tin-tuc/tin-se-bi-xoa/')).status === 404,
    );
    await stack.idle();
    const { live, lastBuild } = await status(stack.control);
    expect(lastBuild).toMatchObject({ result: 'live', articles: 1, error: null });
    expect(live).toMatchObject({ articles: 1, cms: { identity: await cmsIdentity(stack.cms), reported: { articles: 1 } } });
    expect((await stack.get('/tin-tuc/')).text).not.toContain('/tin-tuc/tin-se-bi-xoa/');
    expect((await stack.get('/rss.xml')).text).not.toContain('/tin-tuc/tin-se-duoc-go-xuong/');
  });
});
