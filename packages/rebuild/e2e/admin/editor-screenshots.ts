import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { NEWSROOM_EDITOR } from '../fixtures/newsroom-staff.js';
import { logIntoAdmin } from './admin-page.js';

/** The screens an editor spends the day in, as committed in cms/docs/ (the README's editors' section shows them). */
export const EDITOR_SCREENSHOTS = [
  { file: 'danh-sach-bai-viet.png', title: 'Danh sách bài viết', open: openArticleList },
  { file: 'sua-bai-viet.png', title: 'Sửa một bài viết', open: openPublishedArticle },
  { file: 'thu-vien-media.png', title: 'Thư viện media', open: openMediaLibrary },
] as const;

const LIST = '/admin/content-manager/collection-types/api::article.article';

async function openArticleList(page: Page, cmsUrl: string): Promise<void> {
  await page.goto(`${cmsUrl}${LIST}`);
  await page.locator('tbody tr').first().waitFor({ timeout: 60_000 });
}

async function openPublishedArticle(page: Page, cmsUrl: string): Promise<void> {
  await openArticleList(page, cmsUrl);
  await page
    .locator('tbody tr', { hasText: /đã xuất bản/i })
    .first()
    .click();
  await page.locator('input[name="title"]').waitFor({ timeout: 60_000 });
  // The "Trên trang" panel has asked the rebuild service, which has the article live.
  await page.getByTestId('site-status').getByRole('link', { name: 'Xem trên trang' }).waitFor({ timeout: 60_000 });
}

async function openMediaLibrary(page: Page, cmsUrl: string): Promise<void> {
  await page.goto(`${cmsUrl}/admin/plugins/upload`);
  await page.locator('main h1').first().waitFor({ timeout: 60_000 });
}

/** Waits until the admin has drawn the screen: no loaders, no requests in flight, fonts and images in. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], [role="progressbar"]'), undefined, { timeout: 30_000 }).catch(() => {});
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      Array.from(document.images).map((image) => (image.complete ? null : new Promise((resolve) => image.addEventListener('load', resolve, { once: true })))),
    );
  });
}

/**
 * Logs in as a Biên tập viên in a Vietnamese browser and writes one PNG per
 * screen of EDITOR_SCREENSHOTS into `outDir` (1600 × 900: every column of
 * the article list fits). Returns the files written.
 */
export async function takeEditorScreenshots(browser: Browser, cmsUrl: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  try {
    const page = await context.newPage();
    await logIntoAdmin(page, cmsUrl, NEWSROOM_EDITOR);
    const written: string[] = [];
    for (const screen of EDITOR_SCREENSHOTS) {
      await screen.open(page, cmsUrl);
      await settled(page);
      const file = path.join(outDir, screen.file);
      await page.screenshot({ path: file });
      written.push(file);
    }
    return written;
  } finally {
    await context.close();
  }
}
