import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaticServer } from '@hoilhpn/rebuild/static-server';
import { HOSTILE_SLUG, SEED_SLUG } from './fixtures/cms-fixtures';
import { hasChromium, launchChromium } from '@hoilhpn/testing/browser';

const { outDir } = inject('site');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!hasChromium) return;
  server = createStaticServer(outDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** A page that may only talk to the local server (anything else is recorded and answered locally), opened at `path` when given. */
async function openPage({ width = 1280, path }: { width?: number; path?: string } = {}): Promise<{ page: Page; outside: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title><p>player</p>' });
  });
  if (path !== undefined) await page.goto(`${base}${path}`);
  return { page, outside };
}

/** The page's layout shift so far, as CLS counts it: shifts right after an input (the reader's own click) do not count. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) =>
          list.getEntries().forEach((entry) => {
            const shift = entry as unknown as { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) total += shift.value;
          }),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

const TEMPLATES = [
  '/',
  '/tin-tuc/',
  `/tin-tuc/${SEED_SLUG}/`,
  '/chuyen-muc/xay-dung-to-chuc-hoi/',
  '/the/boi-duong/',
  '/de-an/',
  '/de-an/de-an-939/',
  '/video/',
  '/video/phu-nu-hoa-binh-khoi-nghiep-tu-san-vat-dia-phuong/',
  '/dao-tao/',
  '/dao-tao/boi-duong-nghiep-vu-cong-tac-hoi-cho-can-bo-hoi-co-so-nam-2023/',
  '/can-bo/',
  '/can-bo/dia-ban/huyen-lac-son/',
  '/can-bo/bui-thi-hoa-tan-lap/',
  '/khen-thuong/',
  '/khen-thuong/bieu-duong-can-bo-hoi-co-so-gioi-giai-doan-2021-2023/',
  '/gioi-thieu/',
  '/en/',
  '/van-ban/',
  '/van-ban/loai/ke-hoach/',
  '/van-ban/ke-hoach-thuc-hien-de-an-939-nam-2023/',
  '/tim-kiem/',
  '/khong-co-trang-nay/',
];

describe.runIf(hasChromium)('in Chromium', () => {
  // WCAG 2.2 AA (target size among them) and axe's AAA rules, enhanced contrast (7:1) among them, on a phone and a desktop.
  it.each(TEMPLATES.flatMap((path) => [320, 1280].map((width) => [path, width] as const)))(
    'axe finds no WCAG 2.2 AA or AAA violation on %s at %i px',
    async (path, width) => {
      const { page, outside } = await openPage({ width, path });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa'] },
        });
        return result.violations.map((violation: any) => `${violation.id}: ${violation.nodes.map((node: any) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      expect(outside).toEqual([]);
      await page.close();
    },
  );

  /** The search page's results for a query, as a reader would type it in the address bar. */
  async function search(query: string): Promise<{ links: (string | null)[]; text: string | null }> {
    const { page, outside } = await openPage({ path: `/tim-kiem/?q=${encodeURIComponent(query)}` });
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/kết quả/);
    const links = await page.locator('#search-results a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    const text = await page.locator('#search-results').textContent();
    expect(outside).toEqual([]);
    await page.close();
    return { links, text };
  }

  it.each(['hoa binh', 'Hòa Bình', 'Hoà Bình'])('search finds the seed article with "%s"', async (query) => {
    const { links, text } = await search(query);
    expect(links).toContain(`/tin-tuc/${SEED_SLUG}/`);
    expect(text).toContain('Hoà Bình: Chú trọng nâng cao năng lực');
  });

  // Words found only in a caption or the author line, never in the title, lead or body.
  it.each([
    ['the cover caption', 'Hội nghị biểu dương cán bộ cơ sở giỏi cấp tỉnh', SEED_SLUG],
    ['the cover caption', 'hoi nghi bieu duong can bo co so gioi cap tinh', SEED_SLUG],
    ['a figure caption', 'Lạc Sơn', SEED_SLUG],
    ['a figure caption', 'lac son', SEED_SLUG],
    ['a figure caption', 'Đắk Đoa', HOSTILE_SLUG],
    ['a figure caption', 'dak doa', HOSTILE_SLUG],
    ['a figure caption', 'đak đoa', HOSTILE_SLUG],
    ['a figure caption', 'DAK ĐOA', HOSTILE_SLUG],
    ['the author', 'Kim Quế', SEED_SLUG],
    ['the author', 'kim que', SEED_SLUG],
    ['the author typed decomposed (NFD)', 'Kim Quế'.normalize('NFD'), SEED_SLUG],
    ['the author', 'Đinh Thị Đượm', HOSTILE_SLUG],
    ['the author', 'dinh thi duom', HOSTILE_SLUG],
    ['the author', 'đinh thi đuom', HOSTILE_SLUG],
  ])('search finds an article by %s: "%s"', async (_what, query, slug) => {
    const { links } = await search(query);
    expect(links).toContain(`/tin-tuc/${slug}/`);
  });

  it.each([
    ['its number', '12/KH-HPN'],
    ['its title without tones', 'ke hoach thuc hien de an 939'],
  ])('search finds a document (Văn bản) by %s: "%s"', async (_what, query) => {
    const { links, text } = await search(query);
    expect(links).toContain('/van-ban/ke-hoach-thuc-hien-de-an-939-nam-2023/');
    expect(text).toContain('Văn bản');
  });

  it("sends a phone the cover as WebP at the width it shows, and the rest of an article's first visit in under 50 KB", async () => {
    // A phone of 375 CSS pixels at twice the density: the cover is 375 px wide, 750 pixels.
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, locale: 'vi-VN' });
    const page = await context.newPage();
    const received: { url: string; type: string; bytes: number }[] = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      received.push({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await page.goto(`${base}/tin-tuc/${SEED_SLUG}/`, { waitUntil: 'networkidle' });
    const cover = received.filter((entry) => entry.url.includes('hoi-nghi-bieu-duong'));
    expect(cover.map((entry) => new URL(entry.url).pathname)).toEqual([
      expect.stringMatching(/^\/media\/medium-hoi-nghi-bieu-duong[-a-z0-9]*\.[0-9a-f]{10}\.webp$/),
    ]);
    const rest = received.filter((entry) => entry.type !== 'image').reduce((sum, entry) => sum + entry.bytes, 0);
    expect(rest).toBeLessThan(50 * 1024);
    await context.close();
  });

  it('search submits without reloading and says when nothing matches', async () => {
    const { page } = await openPage({ path: '/tim-kiem/' });
    await page.fill('#q', 'xyzkhongcogi');
    await page.press('#q', 'Enter');
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toContain('Không tìm thấy kết quả');
    await page.close();
  });

  it('shows search results without moving the page (layout shift under 0.1)', async () => {
    const { page } = await openPage({ path: `/tim-kiem/?q=${encodeURIComponent('hoa binh')}` });
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/kết quả/);
    expect(await layoutShift(page)).toBeLessThan(0.1);
    await page.close();
  });

  it('loads the YouTube player only after a click, from youtube-nocookie', async () => {
    const { page, outside } = await openPage({ path: '/video/phu-nu-hoa-binh-khoi-nghiep-tu-san-vat-dia-phuong/' });
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    await page.getByRole('button', { name: /Phát video/ }).click();
    const frame = page.locator('iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&rel=0');
    await expect.poll(() => outside.length).toBeGreaterThan(0);
    expect(outside.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    await page.close();
  });

  it('reads well at 320 px: nothing wider than the screen', async () => {
    const { page } = await openPage({ width: 320 });
    for (const path of ['/', `/tin-tuc/${SEED_SLUG}/`, '/can-bo/', '/khen-thuong/bieu-duong-can-bo-hoi-co-so-gioi-giai-doan-2021-2023/']) {
      await page.goto(`${base}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('draws charts whose labels are whole and at least 12 px, with the caption aligned to the bars, at 320 and 1280 px', async () => {
    for (const width of [320, 1280]) {
      const { page } = await openPage({ width });
      for (const path of ['/khen-thuong/bieu-duong-can-bo-hoi-co-so-gioi-giai-doan-2021-2023/', '/dao-tao/']) {
        await page.goto(`${base}${path}`);
        const charts = await page.locator('figure.chart').evaluateAll((figures) =>
          figures.map((figure) => {
            const caption = figure.querySelector('figcaption')!.getBoundingClientRect();
            const rows = figure.querySelector('.chart-rows')!.getBoundingClientRect();
            const labels = [...figure.querySelectorAll<HTMLElement>('.chart-label')].map((label) => ({
              text: label.textContent,
              fontPx: parseFloat(getComputedStyle(label).fontSize),
              clipped: label.scrollWidth > label.clientWidth || label.getBoundingClientRect().left < 0,
            }));
            return { captionLeft: Math.round(caption.left), rowsLeft: Math.round(rows.left), labels };
          }),
        );
        expect(charts.length, `${path} at ${width}px`).toBeGreaterThan(0);
        for (const chart of charts) {
          expect(chart.captionLeft, `${path} at ${width}px`).toBe(chart.rowsLeft);
          for (const label of chart.labels) {
            expect(label.fontPx, `${label.text} at ${width}px`).toBeGreaterThanOrEqual(12);
            expect(label.clipped, `${label.text} at ${width}px`).toBe(false);
          }
        }
        if (path.startsWith('/khen-thuong/'))
          expect(charts.flatMap((chart) => chart.labels.map((label) => label.text))).toContain('Người đứng đầu mô hình tại cộng đồng');
      }
      await page.close();
    }
  });

  it('gives the cadre filters touch targets of at least 24 × 24 px at 320 and 1280 px', async () => {
    for (const width of [320, 1280]) {
      const { page } = await openPage({ width, path: '/can-bo/' });
      const boxes = await page
        .locator('nav[aria-label="Lọc cán bộ"] a')
        .evaluateAll((links) => links.map((link) => ({ text: link.textContent, ...link.getBoundingClientRect().toJSON() })));
      expect(boxes.length).toBeGreaterThan(4);
      for (const box of boxes) {
        expect(box.height, `${box.text} at ${width}px`).toBeGreaterThanOrEqual(24);
        expect(box.width, `${box.text} at ${width}px`).toBeGreaterThanOrEqual(24);
      }
      await page.close();
    }
  });

  it('offers "Cỡ chữ A- A A+" by keyboard, keeps the choice from page to page without moving anything, and is absent without JavaScript', async () => {
    const { page } = await openPage({ path: `/tin-tuc/${SEED_SLUG}/` });
    const control = page.getByRole('group', { name: 'Cỡ chữ' });
    expect(await control.isVisible()).toBe(true);
    const rootPx = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await rootPx()).toBe(16);
    await control.getByRole('button', { name: 'A+ tăng cỡ chữ' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await rootPx()).toBe(20);
    expect(await control.locator('output').textContent()).toBe('Cỡ chữ 125%');
    // The next page opens at that size, with no layout shift at all.
    await page.goto(`${base}/tin-tuc/`);
    expect(await rootPx()).toBe(20);
    expect(await layoutShift(page)).toBe(0);
    await page.getByRole('button', { name: 'A- giảm cỡ chữ' }).click();
    expect(await rootPx()).toBe(18);
    await page.getByRole('button', { name: 'A cỡ chữ mặc định' }).click();
    expect(await rootPx()).toBe(16);
    expect(await page.evaluate(() => localStorage.getItem('co-chu'))).toBeNull();
    await page.close();

    // Without JavaScript: no control that cannot work, and the page reads at the browser's size.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const plain = await context.newPage();
    await plain.goto(`${base}/tin-tuc/${SEED_SLUG}/`);
    expect(await plain.getByRole('group', { name: 'Cỡ chữ' }).isVisible()).toBe(false);
    expect(await plain.locator('h1').isVisible()).toBe(true);
    expect(await plain.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('prints an article without navigation, footer, share links or controls, with its address at the end; "In bài" opens the print dialog', async () => {
    const { page } = await openPage({ path: `/tin-tuc/${SEED_SLUG}/` });
    const printButton = page.getByRole('button', { name: 'In bài' });
    expect(await printButton.isVisible()).toBe(true);
    // The button calls the browser's print(); a stand-in records the call instead of opening the dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await printButton.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      'nav[aria-label="Chuyên trang"]',
      'footer',
      'nav[aria-label="Chia sẻ bài viết"]',
      'nav[aria-label="Đường dẫn"]',
      '[data-text-size]',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await printButton.isVisible()).toBe(false);
    for (const shown of ['h1', 'main time', 'main figure img', 'main figcaption']) expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    expect(await page.locator('main').innerText()).toContain('Kim Quế');
    expect(await page.locator('main').innerText()).toContain(`Bài viết: https://phunu.example.vn/tin-tuc/${SEED_SLUG}/`);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByText('Bài viết: https://phunu.example.vn').isVisible()).toBe(false);
    await page.close();
  });

  it('shows a skip link that moves focus to the content', async () => {
    const { page } = await openPage({ path: `/tin-tuc/${SEED_SLUG}/` });
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Bỏ qua, đến nội dung chính');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await page.close();
  });
});
