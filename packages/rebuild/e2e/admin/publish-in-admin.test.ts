import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '@hoilhpn/testing/browser';
import { NEWSROOM_EDITOR } from '../fixtures/newsroom-editor.js';
import { publishFirstRelease, startLiveStack, type LiveStack } from '../harness/live-stack.js';
import { logIntoAdmin } from './admin-page.js';

let stack: LiveStack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!hasChromium) return;
  stack = await startLiveStack({ setupModule: path.join(__dirname, '..', 'fixtures', 'newsroom-editor.ts') });
  await publishFirstRelease(stack);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe.skipIf(!hasChromium)('an editor in the Strapi admin (Chromium)', () => {
  const title = 'Phụ nữ Tân Lạc học làm kinh tế số';
  const bodyText = 'Sáng 28/11, hơn 60 hội viên phụ nữ xã Tân Lạc được hướng dẫn bán hàng trên mạng.';
  let slug = '';
  let entryUrl = '';

  it('logs in with the Editor role, writes an article and publishes it', async () => {
    await logIntoAdmin(page, stack.cms.url, NEWSROOM_EDITOR);
    await page.goto(`${stack.cms.url}/admin/content-manager/collection-types/api::article.article/create`);
    const titleInput = page.locator('input[name="title"]');
    await titleInput.waitFor({ timeout: 60_000 });
    await titleInput.fill(title);
    // While the slug box still shows Strapi's placeholder, the "Trên trang" panel shows the address the title will give.
    await expect
      .poll(async () => (await page.getByTestId('planned-address').count()) > 0 && (await page.getByTestId('planned-address').innerText()), { timeout: 30_000 })
      .toContain(`${stack.site}/tin-tuc/phu-nu-tan-lac-hoc-lam-kinh-te-so/`);
    await page.locator('textarea[name="lead"]').fill('Hội viên học bán hàng trực tuyến.');
    const editor = page.locator('[role="textbox"][contenteditable="true"]').first();
    await editor.click();
    await page.keyboard.type(bodyText);

    // Right after the admin build, on a loaded machine, the edit view can take over 30 s to enable Publish (seen once in CI).
    await page.getByRole('button', { name: /^(Publish|Xuất bản)$/ }).click({ timeout: 90_000 });
    // Once created, the admin moves from …/create to the entry's own address, and says so in Vietnamese.
    await page.waitForURL((url) => /api::article\.article\/[a-z0-9]{20,}/.test(url.pathname), { timeout: 30_000 });
    await page.getByText('Đã xuất bản', { exact: true }).first().waitFor({ timeout: 15_000 });
    // The admin fills the slug with "article"; the CMS makes it from the title when the entry is created.
    const slugInput = page.locator('input[name="slug"]');
    await expect.poll(async () => slugInput.inputValue(), { timeout: 15_000 }).toBe('phu-nu-tan-lac-hoc-lam-kinh-te-so');
    slug = await slugInput.inputValue();
    entryUrl = page.url();
  });

  it('is told on the edit page when the site has it, with a link to its page there', async () => {
    expect(slug).not.toBe('');
    // The "Trên trang" panel asks the CMS, which asks the rebuild service, until the live release holds the change.
    const panel = page.getByTestId('site-status');
    await expect.poll(async () => (await panel.count()) > 0 && (await panel.innerText()), { timeout: 90_000 }).toContain('Bài đã có trên trang');
    const link = panel.getByRole('link', { name: 'Xem trên trang' });
    expect(await link.getAttribute('href')).toBe(`${stack.site}/tin-tuc/${slug}/`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await stack.get(`/tin-tuc/${slug}/`)).status).toBe(200);
  });

  it('sees the article on the static site moments later, without anyone else acting', async () => {
    expect(slug).not.toBe('');
    await stack.waitFor('the article page', async () => (await stack.get(`/tin-tuc/${slug}/`)).status === 200);
    await page.goto(`${stack.site}/tin-tuc/${slug}/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    expect(await page.locator('main').innerText()).toContain(bodyText);
    await page.goto(`${stack.site}/tin-tuc/`);
    expect(await page.locator(`a[href="/tin-tuc/${slug}/"]`).count()).toBeGreaterThan(0);
  });

  it('asks before publishing an article without a sapo or body, and publishes only when told to', async () => {
    const bareTitle = 'Thông báo lịch tiếp công dân tháng 12';
    await page.goto(`${stack.cms.url}/admin/content-manager/collection-types/api::article.article/create`);
    const titleInput = page.locator('input[name="title"]');
    await titleInput.waitFor({ timeout: 60_000 });
    await titleInput.fill(bareTitle);
    await page.getByRole('button', { name: /^(Publish|Xuất bản)$/ }).click({ timeout: 90_000 });
    const dialog = page.getByRole('alertdialog');
    // The question is asked; Huỷ: nothing is created, the editor keeps writing.
    const askedThenCancelled = async () => {
      await expect
        .poll(async () => (await dialog.count()) > 0 && (await dialog.innerText()), { timeout: 10_000 })
        .toContain('Xuất bản bài chưa có sapo và nội dung?');
      await dialog.getByRole('button', { name: 'Huỷ' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 10_000 });
      expect(new URL(page.url()).pathname).toMatch(/\/create$/);
    };
    await askedThenCancelled();
    // Strapi's keyboard shortcut for Publish asks the same question.
    await page.locator('input[name="title"]').click();
    await page.keyboard.press('Control+Shift+Enter');
    await askedThenCancelled();
    await page.getByRole('button', { name: /^(Publish|Xuất bản)$/ }).click();
    await dialog.getByRole('button', { name: 'Vẫn xuất bản' }).click();
    await page.waitForURL((url) => /api::article\.article\/[a-z0-9]{20,}/.test(url.pathname), { timeout: 30_000 });
    const bareSlug = await page.locator('input[name="slug"]').inputValue();
    await stack.waitFor('the bare article on the site', async () => (await stack.get(`/tin-tuc/${bareSlug}/`)).status === 200);
  });

  it('asks before taking the article down, then the site and the panel follow', async () => {
    expect(entryUrl).not.toBe('');
    await page.goto(entryUrl);
    await page.getByTestId('site-status').waitFor({ timeout: 60_000 });
    // "Gỡ xuất bản" sits in one of the edit view's "Thao tác khác" menus (the panel's; the header has one too).
    const menus = page.getByRole('button', { name: 'Thao tác khác' });
    let opened = false;
    for (let index = 0; index < (await menus.count()) && !opened; index += 1) {
      await menus.nth(index).click();
      const unpublish = page.getByRole('menuitem', { name: 'Gỡ xuất bản' });
      if ((await unpublish.count()) > 0) {
        await unpublish.click();
        opened = true;
      } else await page.keyboard.press('Escape');
    }
    expect(opened).toBe(true);
    const dialog = page.getByRole('alertdialog');
    await expect.poll(async () => (await dialog.count()) > 0 && (await dialog.innerText()), { timeout: 10_000 }).toContain('Gỡ bài khỏi trang?');
    // Nothing is taken down before the editor confirms.
    expect((await stack.get(`/tin-tuc/${slug}/`)).status).toBe(200);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã gỡ xuất bản', { exact: true }).first().waitFor({ timeout: 15_000 });
    await stack.waitFor('the page to leave the site', async () => (await stack.get(`/tin-tuc/${slug}/`)).status === 404);
    await expect.poll(async () => page.getByTestId('site-status').innerText(), { timeout: 60_000 }).toContain('đã được gỡ khỏi trang');
  });
});
