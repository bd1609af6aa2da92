import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { ContentFetchError } from './client/errors.js';
import { mapWithConcurrency } from './client/map-with-concurrency.js';
import { withRetries } from './client/retry.js';
import type { SiteData } from './model/types.js';
import { applyMediaMap, webpKey } from './media-map.js';

export interface CopyMediaOptions {
  /** Folder the files go to, e.g. <site>/.cache/media; served under `publicPath`. */
  dir: string;
  publicPath?: string;
  concurrency?: number;
  fetchFile?: (url: string) => Promise<Uint8Array>;
  /**
   * What earlier calls copied, kept by the caller (a build server) and filled
   * here: a file already copied at the same URL and media-library time is not
   * downloaded again. Without it every file is downloaded.
   */
  copied?: Map<string, CopiedFile>;
}

/** A file copied into the site, and its WebP sibling when it is a picture. */
export interface CopiedFile {
  name: string;
  bytes: number;
  webp?: string | null;
}

/** Pictures get a WebP sibling: smaller than JPEG or PNG at the same look, and read by every browser the site supports. */
const WEBP_SOURCES = new Set(['.jpg', '.jpeg', '.png']);
const WEBP_QUALITY = 75;

/**
 * The WebP sibling of `content` under `name`'s stem and hash, written into
 * `dir`; null for files that are not JPEG or PNG, or that sharp cannot read
 * (the page then keeps the original only).
 */
async function writeWebp(dir: string, name: string, content: Uint8Array): Promise<string | null> {
  if (!WEBP_SOURCES.has(path.extname(name))) return null;
  const webpName = `${name.slice(0, -path.extname(name).length)}.webp`;
  const target = path.join(dir, webpName);
  if (existsSync(target)) return webpName;
  try {
    await writeFile(target, await sharp(content).webp({ quality: WEBP_QUALITY }).toBuffer());
    return webpName;
  } catch {
    return null;
  }
}

async function fetchFile(url: string): Promise<Uint8Array> {
  return withRetries(
    async () => {
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (!response.ok) throw new ContentFetchError('graphql', `media ${url}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    (error) => !(error instanceof ContentFetchError),
    { retries: 3, baseDelayMs: 250 },
  );
}

function hashedName(url: string, bytes: Uint8Array): string {
  const { pathname } = new URL(url);
  const ext = path
    .extname(pathname)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '');
  const stem =
    path
      .basename(pathname, path.extname(pathname))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-|-$/g, '') || 'file';
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  return `${stem}.${hash}${ext}`;
}

/**
 * Copies every media file (and its smaller renditions) the pages use into the
 * build, under content-hashed names, and points the view models at the
 * copies: the built site keeps working when the CMS is down.
 */
export async function copyMedia(
  data: SiteData,
  { dir, publicPath = '/media/', concurrency = 4, fetchFile: fetchBytes = fetchFile, copied }: CopyMediaOptions,
): Promise<{ files: number; bytes: number; downloaded: number; map: Record<string, string> }> {
  await mkdir(dir, { recursive: true });
  // URL → the media-library time of the file it belongs to (a rendition shares its original's).
  const urls = new Map<string, string | null>();
  for (const asset of data.media) {
    urls.set(asset.sourceUrl, asset.fileUpdatedAt);
    for (const variant of asset.variants) urls.set(variant.src, asset.fileUpdatedAt);
  }
  const local = new Map<string, string>();
  let bytes = 0;
  let downloaded = 0;
  await mapWithConcurrency([...urls], concurrency, async ([url, updatedAt]) => {
    const key = updatedAt ? `${url}\n${updatedAt}` : null;
    const known = key ? copied?.get(key) : undefined;
    if (known && existsSync(path.join(dir, known.name)) && (!known.webp || existsSync(path.join(dir, known.webp)))) {
      bytes += known.bytes;
      local.set(url, `${publicPath}${known.name}`);
      if (known.webp) local.set(webpKey(url), `${publicPath}${known.webp}`);
      return;
    }
    const content = await fetchBytes(url).catch((error: unknown) => {
      throw new ContentFetchError('unreachable', `media ${url} could not be copied into the site: ${(error as Error).message}`, { cause: error });
    });
    downloaded += 1;
    const name = hashedName(url, content);
    const target = path.join(dir, name);
    const existing = await readFile(target).catch(() => null);
    if (!existing) await writeFile(target, content);
    bytes += content.byteLength;
    local.set(url, `${publicPath}${name}`);
    const webp = await writeWebp(dir, name, content);
    if (webp) local.set(webpKey(url), `${publicPath}${webp}`);
    if (key) copied?.set(key, { name, bytes: content.byteLength, webp });
  });
  const map = Object.fromEntries(local);
  applyMediaMap(data, map);
  return { files: urls.size, bytes, downloaded, map };
}
