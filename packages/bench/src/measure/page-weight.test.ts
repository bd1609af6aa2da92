import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { findAssets, fontUrls, measurePageWeights, weighPage } from './page-weight.js';

const PAGE = `<!doctype html><html lang="vi"><head>
<style>@font-face{font-family:X;src:url(/_astro/x.woff2) format("woff2")}body{color:#222}</style>
<link rel="stylesheet" href="/_astro/site.css">
<link rel="preload" as="font" href="/_astro/x.woff2" crossorigin>
<link rel="modulepreload" href="/_astro/chunk.js">
<link rel="icon" href="/favicon.svg">
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script type="module" src="/_astro/app.js"></script>
<script>console.log("xin chào")</script>
</head><body><h1>Tin tức</h1><script src="https://www.youtube.com/iframe_api"></script></body></html>`;

describe('findAssets', () => {
  it('finds inline and linked CSS, scripts that run and fonts; JSON-LD is data, not script', () => {
    expect(findAssets(PAGE)).toEqual({
      inlineCss: ['@font-face{font-family:X;src:url(/_astro/x.woff2) format("woff2")}body{color:#222}'],
      inlineJs: ['console.log("xin chào")'],
      stylesheets: ['/_astro/site.css'],
      scripts: ['/_astro/app.js', 'https://www.youtube.com/iframe_api', '/_astro/chunk.js'],
      fonts: ['/_astro/x.woff2', '/_astro/x.woff2'],
    });
  });

  it('reads font URLs in any quoting, not images', () => {
    expect(fontUrls(`src:url('a.woff2?v=1'),url("b.ttf"),url(c.png)`)).toEqual(['a.woff2?v=1', 'b.ttf']);
  });
});

describe('weighing pages', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-bench-weight-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), content);
  };
  write('index.html', PAGE);
  write('_astro/site.css', 'main{margin:0 auto}'.repeat(50));
  write('_astro/app.js', 'export const a = 1;');
  write('_astro/chunk.js', 'export const b = 2;');
  write('_astro/x.woff2', 'FONTDATA');
  for (const slug of ['ngan', 'vua', 'dai']) {
    write(`tin-tuc/${slug}/index.html`, `<html><body>${'Phụ nữ '.repeat({ ngan: 10, vua: 100, dai: 1000 }[slug]!)}</body></html>`);
  }
  write('tin-tuc/index.html', '<html><body>Danh sách</body></html>');
  write('tin-tuc/trang/2/index.html', '<html><body>Trang 2</body></html>');

  it('counts the document, its stylesheets, local scripts and fonts, raw and gzipped', async () => {
    const weight = await weighPage(out, '/');
    const gzip = (text: string) => gzipSync(text, { level: 6 }).byteLength;
    const css = 'main{margin:0 auto}'.repeat(50);
    expect(weight.html).toEqual({ raw: Buffer.byteLength(PAGE), gzip: gzip(PAGE) });
    expect(weight.js.raw).toBe(Buffer.byteLength('console.log("xin chào")') + 19 + 19);
    expect(weight.fonts).toMatchObject({ raw: 8, files: 1 });
    expect(weight.htmlCssGzip).toBe(gzip(PAGE) + gzip(css));
  });

  it('weighs the median-sized page of each template that has pages', async () => {
    const weights = await measurePageWeights(out);
    expect(weights.map((weight) => weight.template)).toEqual(['home', 'article', 'news list']);
    expect(weights[1]).toMatchObject({ path: '/tin-tuc/vua/', pages: 3 });
  });
});
