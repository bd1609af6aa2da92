import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http, { type Server } from 'node:http';
import path from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

/* Text is sent compressed to browsers that ask: pages are 12–46 KB of HTML and inline CSS before it. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.vtt']);
/** Below this, compressing saves less than the header costs. */
const COMPRESS_FROM_BYTES = 1024;
/** Brotli's quality 11 is for files compressed once; on the fly, 5 is nearly as small and many times faster. */
const BROTLI_QUALITY = 5;

/** The encoding to send `file` in for a request's Accept-Encoding: br before gzip, none when not asked or not worth it. */
export function contentEncoding(acceptEncoding: string | undefined, file: string, size: number): 'br' | 'gzip' | null {
  if (!COMPRESSIBLE.has(path.extname(file).toLowerCase()) || size < COMPRESS_FROM_BYTES) return null;
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, quality]) => !quality || !/^q=0(\.0*)?$/.test(quality.trim()))
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/* Names with a content hash never change: cache them for a year. Everything else revalidates. */
const HASHED = /(^\/_astro\/|^\/media\/|^\/pagefind\/.*\.(pf_|pagefind))/;

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.resolve(root, `.${decoded}`);
  if (candidate !== root && !candidate.startsWith(`${root}${path.sep}`)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = path.join(candidate, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

export interface StaticServerOptions {
  /** Called on every request: the rebuild service points it at whatever release is live now (null: none yet). */
  getRoot?: () => string | null;
}

/** A small static server for the built site: content types, cache headers, compression, 404 page, no directory listing. */
export function createStaticServer(rootDir: string, { getRoot }: StaticServerOptions = {}): Server {
  return http.createServer(async (request, response) => {
    const current = getRoot ? getRoot() : rootDir;
    if (!current) {
      response.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '10' });
      response.end('<!doctype html><html lang="vi"><meta charset="utf-8"><title>Đang dựng trang</title><p>Trang đang được dựng lần đầu, xin quay lại sau ít giây.</p></html>');
      return;
    }
    const root = path.resolve(current);
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    // Directory URLs end in "/": redirect "/tin-tuc" to "/tin-tuc/" like any static host.
    const file = await resolveFile(root, url.pathname);
    if (file && file.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const target = file ?? path.join(root, '404.html');
    const status = file ? 200 : 404;
    const info = await stat(target).catch(() => null);
    if (!info) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang.');
      return;
    }
    const encoding = contentEncoding(request.headers['accept-encoding'], target, info.size);
    response.writeHead(status, {
      'content-type': TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
      ...(encoding ? { 'content-encoding': encoding } : { 'content-length': info.size }),
      ...(COMPRESSIBLE.has(path.extname(target).toLowerCase()) ? { vary: 'accept-encoding' } : {}),
      'cache-control': file && HASHED.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else if (encoding === 'br') createReadStream(target).pipe(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })).pipe(response);
    else if (encoding === 'gzip') createReadStream(target).pipe(createGzip()).pipe(response);
    else createReadStream(target).pipe(response);
  });
}
