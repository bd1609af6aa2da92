import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';

/** What readers see, as committed in site/docs/ for reviewers: the home page on a phone and a desktop, and the newer pages. */
export const READER_SCREENSHOTS = [
  { file: 'trang-chu-375.png', path: '/', width: 375 },
  { file: 'trang-chu-1280.png', path: '/', width: 1280 },
  { file: 'gioi-thieu-1280.png', path: '/gioi-thieu/', width: 1280 },
  { file: 'van-ban-375.png', path: '/van-ban/', width: 375 },
] as const;

/** Full-page PNGs of READER_SCREENSHOTS from the live site at `siteUrl`, in a Vietnamese browser; returns the files written. */
export async function takeReaderScreenshots(browser: Browser, siteUrl: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const screen of READER_SCREENSHOTS) {
    const context = await browser.newContext({ viewport: { width: screen.width, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${siteUrl}${screen.path}`, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`${siteUrl}${screen.path} answered ${response?.status()}`);
      // Lazy images below the fold load as the page scrolls: load them all before the full-page picture.
      await page.evaluate(async () => {
        for (const image of Array.from(document.images)) image.loading = 'eager';
        await Promise.all(
          Array.from(document.images).map((image) =>
            image.complete ? null : new Promise((resolve) => image.addEventListener('load', resolve, { once: true })),
          ),
        );
        await document.fonts.ready;
      });
      const file = path.join(outDir, screen.file);
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
    } finally {
      await context.close();
    }
  }
  return written;
}
