import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '@hoilhpn/testing/browser';
import { EditorClient } from '@hoilhpn/testing/editor-client';
import { NEWSROOM_EDITOR } from '../fixtures/newsroom-editor.js';
import { startLiveStack, type LiveStack } from '../harness/live-stack.js';
import { logIntoAdmin } from './admin-page.js';

const DRAFT_SLUG = 'ban-nhap-ke-hoach-tap-huan-can-bo-hoi-nam-2024';
const DRAFT_TITLE = 'Bản nháp: Kế hoạch tập huấn cán bộ Hội năm 2024';
let stack: LiveStack;
let browser: Browser;
let page: Page;

async function draftDocumentId(): Promise<string> {
  const response = await fetch(`${stack.cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.cms.previewToken}` },
    body: JSON.stringify({ query: `{ articles(status: DRAFT, filters: { slug: { eq: "${DRAFT_SLUG}" } }) { documentId } }` }),
  });
  return ((await response.json()) as { data: { articles: { documentId: string }[] } }).data.articles[0]!.documentId;
}

/** 06:30 in Việt Nam, `days` days from now: 23:30 UTC the day before. */
function vietnamMorning(days: number): { utc: Date; day: number } {
  const vietnamNow = new Date(Date.now() + 7 * 3600_000);
  const day = new Date(Date.UTC(vietnamNow.getUTCFullYear(), vietnamNow.getUTCMonth(), vietnamNow.getUTCDate() + days, 6, 30));
  return { utc: new Date(day.getTime() - 7 * 3600_000), day: day.getUTCDate() };
}

beforeAll(async () => {
  if (!hasChromium) return;
  stack = await startLiveStack({ setupModule: path.join(__dirname, '..', 'fixtures', 'newsroom-editor.ts'), preview: true });
  browser = await launchChromium();
  // An editor's computer in Việt Nam.
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await logIntoAdmin(page, stack.cms.url, NEWSROOM_EDITOR);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe.skipIf(!hasChromium)('an editor in the Strapi admin (Chromium)', () => {
  it('clicks Preview on a draft and sees the page as the site will render it, marked as a draft', async () => {
    await page.goto(`${stack.cms.url}/admin/content-manager/collection-types/api::article.article/${await draftDocumentId()}`);
    await page
      .getByRole('link', { name: /^(Open preview|Mở xem trước)$/ })
      .or(page.getByRole('button', { name: /^(Open preview|Mở xem trước)$/ }))
      .first()
      .click({ timeout: 60_000 });
    await page.waitForURL(/\/preview$/, { timeout: 30_000 });
    const frame = page.frameLocator('iframe');
    await expect.poll(async () => frame.getByRole('heading', { level: 1 }).innerText({ timeout: 30_000 }), { timeout: 30_000 }).toBe(DRAFT_TITLE);
    expect(await frame.getByRole('note').innerText()).toContain('Bản nháp — chưa xuất bản');
    // The iframe is the preview server's signed link, and the draft is still not on the public site.
    const src = await page.locator('iframe').getAttribute('src');
    expect(src).toMatch(new RegExp(`^${stack.previewUrl}/preview/article/\\w+\\?expires=\\d+&signature=`));
    expect((await stack.get(`/tin-tuc/${DRAFT_SLUG}/`)).status).not.toBe(200);
  });

  it('sees in the list view when a scheduled article goes out, in Việt Nam time', async () => {
    const editor = new EditorClient(stack.cms.url);
    await editor.login(NEWSROOM_EDITOR.email, NEWSROOM_EDITOR.password);
    const { utc, day } = vietnamMorning(3);
    expect(utc.getUTCHours()).toBe(23);
    await editor.createDraft({ title: 'Tin hẹn giờ sáng sớm', scheduledPublishAt: utc.toISOString() });
    await page.goto(`${stack.cms.url}/admin/content-manager/collection-types/api::article.article`);
    const row = page.locator('tbody tr', { hasText: 'Tin hẹn giờ sáng sớm' });
    await row.waitFor({ timeout: 60_000 });
    const text = await row.innerText();
    // Stored as 23:30 UTC the day before; shown for what it is in Việt Nam: 06:30 on `day`.
    expect(text).toMatch(/6:30/);
    expect(text).toMatch(new RegExp(`\\b${day}\\b`));
  });
});
