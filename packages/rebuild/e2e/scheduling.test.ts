import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms } from '@hoilhpn/testing/cms-process';
import { EditorClient } from '@hoilhpn/testing/editor-client';
import { EDITOR, EDITOR_ACCOUNT_SETUP } from '@hoilhpn/testing/editor-account';
import { testSecrets } from '@hoilhpn/testing/secrets';
import { publishFirstRelease, sleep, startLiveStack, type LiveStack } from './harness/live-stack.js';

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

describe('an article scheduled a few seconds ahead', () => {
  let stack: LiveStack;
  beforeAll(async () => {
    stack = await startLiveStack({ setupModule: EDITOR_ACCOUNT_SETUP, cmsEnv: { SCHEDULER_INTERVAL_SECONDS: '1' } });
    await publishFirstRelease(stack);
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('is published by the CMS and appears on the static site without anyone acting', async () => {
    const editor = new EditorClient(stack.cms.url);
    await editor.login(EDITOR.email, EDITOR.password);
    await editor.createDraft({ title: 'Tin hẹn giờ tự lên trang', slug: 'tin-hen-gio-tu-len-trang', scheduledPublishAt: inSeconds(4) });
    await sleep(2000);
    expect((await stack.get('/tin-tuc/tin-hen-gio-tu-len-trang/')).status).toBe(404);
    const page = await stack.waitFor('the scheduled page', async () => {
      const response = await stack.get('/tin-tuc/tin-hen-gio-tu-len-trang/');
      return response.status === 200 && response;
    });
    expect(page.text).toContain('Tin hẹn giờ tự lên trang');
    expect((await stack.get('/rss.xml')).text).toContain('/tin-tuc/tin-hen-gio-tu-len-trang/');
  });

  it('is refused when an editor sets a time already past, with the field named, and nothing is saved', async () => {
    const editor = new EditorClient(stack.cms.url);
    await editor.login(EDITOR.email, EDITOR.password);
    const attempt = editor.createDraft({ title: 'Tin hẹn nhầm giờ đã qua', slug: 'tin-hen-nham-gio-da-qua', scheduledPublishAt: inSeconds(-3600) });
    await expect(attempt).rejects.toThrow(/HTTP 400.*Hẹn giờ xuất bản.*đã qua.*scheduledPublishAt/s);
    const draft = await editor.createDraft({ title: 'Tin hẹn giờ rồi sửa nhầm', slug: 'tin-hen-gio-roi-sua-nham', scheduledPublishAt: inSeconds(3600) });
    await expect(editor.update(draft, { scheduledUnpublishAt: inSeconds(-7200) })).rejects.toThrow(/HTTP 400.*Hẹn giờ gỡ bài.*đã qua/s);
  });
});

describe('an article that fell due while the CMS was down', () => {
  let workDir: string;
  beforeAll(() => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-schedule-restart-'));
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('is published as the CMS starts again', async () => {
    const databaseFile = path.join(workDir, 'cms.db');
    // A long interval: only the pass at start-up can publish it.
    // The same secrets on both starts, as on a real server: the site token must stay readable.
    const env = { SCHEDULER_INTERVAL_SECONDS: '3600', ...testSecrets() };
    const first = await startCms({ databaseFile, setupModule: EDITOR_ACCOUNT_SETUP, env });
    const editor = new EditorClient(first.url);
    await editor.login(EDITOR.email, EDITOR.password);
    const dueAt = inSeconds(3);
    await editor.createDraft({ title: 'Tin đến hạn lúc máy tắt', slug: 'tin-den-han-luc-may-tat', scheduledPublishAt: dueAt });
    await first.stop();
    await sleep(Math.max(0, new Date(dueAt).getTime() - Date.now()) + 500);

    const second = await startCms({ databaseFile, setupModule: EDITOR_ACCOUNT_SETUP, env });
    try {
      const query = async () => {
        const response = await fetch(`${second.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${second.token}` },
          body: JSON.stringify({ query: '{ articles(filters: { slug: { eq: "tin-den-han-luc-may-tat" } }) { title publishedDate } }' }),
        });
        return ((await response.json()) as { data: { articles: { title: string; publishedDate: string }[] } }).data.articles;
      };
      const deadline = Date.now() + 15_000;
      let articles = await query();
      while (articles.length === 0 && Date.now() < deadline) {
        await sleep(250);
        articles = await query();
      }
      expect(articles).toEqual([{ title: 'Tin đến hạn lúc máy tắt', publishedDate: new Date(dueAt).toISOString() }]);
    } finally {
      await second.stop();
    }
  });
});
