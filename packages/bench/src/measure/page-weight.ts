import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/*
 * What a reader downloads for one page of each template: the HTML document
 * (with the CSS Astro inlines), the stylesheets, scripts and fonts it links,
 * raw and gzipped (zlib level 6, what static servers commonly use). Images
 * are left out: they depend on the photos editors upload, not on the site.
 */

export const TEMPLATES = ['home', 'article', 'news list', 'category', 'project', 'video', 'training', 'cadre', 'award', 'search'] as const;
export type Template = (typeof TEMPLATES)[number];

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  template: Template;
  /** The page measured, as a site path. */
  path: string;
  /** Pages of this template in the build (the median-sized one is measured). */
  pages: number;
  /** The HTML document as served, inline CSS and scripts included. */
  html: Bytes;
  /** Inline <style> plus linked stylesheets. */
  css: Bytes;
  /** Inline and linked scripts that run (JSON-LD data is not script). */
  js: Bytes;
  fonts: Bytes & { files: number };
  /** HTML document + linked stylesheets, gzipped: what the page needs before it can render. */
  htmlCssGzip: number;
  /** Everything above, gzipped. */
  totalGzip: number;
}

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 6 }).byteLength;
const bytesOf = (content: string | Buffer): Bytes => ({ raw: Buffer.byteLength(content), gzip: gzipSize(content) });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/* Script types that hold data, not code. */
const DATA_SCRIPT = /type\s*=\s*["']?(application\/(ld\+)?json|importmap|speculationrules)/i;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

export interface PageAssets {
  inlineCss: string[];
  inlineJs: string[];
  stylesheets: string[];
  scripts: string[];
  fonts: string[];
}

/** The CSS, scripts and fonts an HTML document carries or links (hrefs as written). */
export function findAssets(html: string): PageAssets {
  const assets: PageAssets = { inlineCss: [], inlineJs: [], stylesheets: [], scripts: [], fonts: [] };
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) assets.inlineCss.push(match[1]!);
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = match[1]!;
    if (DATA_SCRIPT.test(tag)) continue;
    const src = attribute(tag, 'src');
    if (src !== null) assets.scripts.push(src);
    else if (match[2]!.trim()) assets.inlineJs.push(match[2]!);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (href === null) continue;
    if (rel.includes('stylesheet')) assets.stylesheets.push(href);
    else if (rel.includes('modulepreload')) assets.scripts.push(href);
    else if (rel.includes('preload') && attribute(tag, 'as') === 'font') assets.fonts.push(href);
  }
  for (const css of assets.inlineCss) assets.fonts.push(...fontUrls(css));
  return assets;
}

/** Font files a stylesheet's url()s point at. */
export function fontUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+?\.(?:woff2?|ttf|otf)(?:[?#][^"')]*)?)["']?\s*\)/gi)].map((match) => match[1]!);
}

/** A local file for an href on `pagePath`, or null for another origin or a data: URL. */
function localFile(outDir: string, pageFile: string, href: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(href) || href.startsWith('data:')) return null;
  const clean = href.split(/[?#]/)[0]!;
  return clean.startsWith('/') ? path.join(outDir, clean) : path.resolve(path.dirname(pageFile), clean);
}

/** Weighs one built page and what it links. */
export async function weighPage(outDir: string, pagePath: string): Promise<Omit<PageWeight, 'template' | 'pages'>> {
  const pageFile = path.join(outDir, pagePath, 'index.html');
  const html = await readFile(pageFile, 'utf8');
  const assets = findAssets(html);
  const read = async (href: string) => {
    const file = localFile(outDir, pageFile, href);
    return file && existsSync(file) ? { file, content: await readFile(file) } : null;
  };

  let linkedCss = ZERO;
  const fontHrefs = new Set(assets.fonts.map((href) => localFile(outDir, pageFile, href)).filter((file): file is string => file !== null));
  for (const href of new Set(assets.stylesheets)) {
    const sheet = await read(href);
    if (!sheet) continue;
    linkedCss = add(linkedCss, bytesOf(sheet.content));
    for (const font of fontUrls(sheet.content.toString('utf8'))) {
      const file = font.startsWith('/') ? path.join(outDir, font.split(/[?#]/)[0]!) : path.resolve(path.dirname(sheet.file), font.split(/[?#]/)[0]!);
      fontHrefs.add(file);
    }
  }
  let js = assets.inlineJs.reduce((sum, code) => add(sum, bytesOf(code)), ZERO);
  for (const href of new Set(assets.scripts)) {
    const script = await read(href);
    if (script) js = add(js, bytesOf(script.content));
  }
  let fonts = { ...ZERO, files: 0 };
  for (const file of fontHrefs) {
    if (!existsSync(file)) continue;
    const content = await readFile(file);
    fonts = { ...add(fonts, bytesOf(content)), files: fonts.files + 1 };
  }
  const document = bytesOf(html);
  const inlineCss = assets.inlineCss.reduce((sum, css) => add(sum, bytesOf(css)), ZERO);
  const linkedJsGzip = js.gzip - assets.inlineJs.reduce((sum, code) => sum + gzipSize(code), 0);
  return {
    path: pagePath,
    html: document,
    css: add(inlineCss, linkedCss),
    js,
    fonts,
    htmlCssGzip: document.gzip + linkedCss.gzip,
    totalGzip: document.gzip + linkedCss.gzip + linkedJsGzip + fonts.gzip,
  };
}

/** Site paths of every page in `dir` (one level of sub-folders holding an index.html), minus `exclude`. */
async function pagesUnder(outDir: string, dir: string, exclude: string[] = []): Promise<string[]> {
  const base = path.join(outDir, dir);
  if (!existsSync(base)) return [];
  const entries = await readdir(base, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !exclude.includes(entry.name) && existsSync(path.join(base, entry.name, 'index.html')))
    .map((entry) => `/${dir}/${entry.name}/`);
}

/** The page of median size among `paths`: a typical page of its template, not the lightest or the heaviest. */
async function medianPage(outDir: string, paths: string[]): Promise<string | null> {
  if (paths.length === 0) return null;
  const sized = await Promise.all(paths.map(async (page) => ({ page, size: (await stat(path.join(outDir, page, 'index.html'))).size })));
  sized.sort((a, b) => a.size - b.size || a.page.localeCompare(b.page));
  return sized[Math.floor((sized.length - 1) / 2)]!.page;
}

/** Which pages belong to which template, by their URL scheme (packages/content/src/model/routes.ts). */
async function templatePages(outDir: string): Promise<Record<Template, string[]>> {
  const single = (page: string) => (existsSync(path.join(outDir, page, 'index.html')) ? [page] : []);
  return {
    home: single('/'),
    article: await pagesUnder(outDir, 'tin-tuc', ['trang']),
    'news list': single('/tin-tuc/'),
    category: await pagesUnder(outDir, 'chuyen-muc'),
    project: await pagesUnder(outDir, 'de-an'),
    video: await pagesUnder(outDir, 'video'),
    training: await pagesUnder(outDir, 'dao-tao'),
    cadre: await pagesUnder(outDir, 'can-bo', ['dia-ban', 'chuc-danh']),
    award: await pagesUnder(outDir, 'khen-thuong'),
    search: single('/tim-kiem/'),
  };
}

/** One typical page per template, weighed. Templates without pages in this build are left out. */
export async function measurePageWeights(outDir: string): Promise<PageWeight[]> {
  const byTemplate = await templatePages(outDir);
  const weights: PageWeight[] = [];
  for (const template of TEMPLATES) {
    const pages = byTemplate[template];
    const page = await medianPage(outDir, pages);
    if (page) weights.push({ template, pages: pages.length, ...(await weighPage(outDir, page)) });
  }
  return weights;
}
