import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { constants } from 'node:zlib';
import compression from 'compression';
import sirv, { type RequestHandler } from 'sirv';

/*
 * Readers' pages are served by sirv (files, content types, ranges for video)
 * behind the compression middleware (brotli or gzip by Accept-Encoding, with
 * Vary). What is ours: which release is live, the cache rule for hashed names,
 * the 404 page, directory redirects and the page shown before the first build.
 */

/** On the fly, brotli's quality 5 is nearly as small as 11 and many times faster. */
const BROTLI_QUALITY = 5;

/* Names with a content hash never change: cache them for a year. Everything else revalidates. */
const HASHED = /(^\/_astro\/|^\/media\/|^\/pagefind\/.*\.(pf_|pagefind))/;
const REVALIDATE = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** What mrmime (sirv's type table) lacks: Office documents editors attach, the favicon, Pagefind's index files, and a charset for plain text. */
const EXTRA_TYPES: Record<string, string> = {
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const NOT_BUILT_YET =
  '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Đang dựng trang</title><p>Trang đang được dựng lần đầu, xin quay lại sau ít giây.</p></html>';

export interface StaticServerOptions {
  /** Called on every request: the rebuild service points it at whatever release is live now (null: none yet). */
  getRoot?: () => string | null;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * One sirv per release folder. `dev` mode looks files up on each request
 * instead of walking the whole release when the handler is made: a release
 * holds tens of thousands of files and goes live after every publish.
 */
function releaseHandler(root: string): Handler {
  const serveFile: RequestHandler = sirv(root, {
    dev: true,
    etag: true,
    setHeaders(response, pathname) {
      response.setHeader('cache-control', HASHED.test(pathname) ? IMMUTABLE : REVALIDATE);
      response.setHeader('x-content-type-options', 'nosniff');
      const extra = EXTRA_TYPES[path.extname(pathname).toLowerCase()];
      if (extra) response.setHeader('content-type', extra);
    },
  });
  const notFound: Handler = (request, response) => void sendNotFound(root, response).catch((error: unknown) => serverError(request, response, error));
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const folder = resolveInside(root, url.pathname);
    // Nothing outside the release, and no dotfile (sirv's own filter applies only when it lists the folder up front).
    if (!folder || /(^|[\\/])\.(?!well-known([\\/]|$))/.test(path.relative(root, folder))) return notFound(request, response);
    // Directory URLs end in "/": redirect "/tin-tuc" to "/tin-tuc/" like any static host, so relative links resolve alike.
    // The address is rebuilt from the folder found, never echoed ("/.//evil.com/…" would leave the site).
    if (!url.pathname.endsWith('/') && path.extname(url.pathname) === '' && isFile(path.join(folder, 'index.html'))) {
      const location = `/${path.relative(root, folder).split(path.sep).map(encodeURIComponent).join('/')}/`;
      return void response.writeHead(301, { location: `${location}${url.search}` }).end();
    }
    dropUnusableRange(request);
    serveFile(request, response, () => notFound(request, response));
  };
}

/**
 * The release's 404 page, or a line of text where it has none. Read on each
 * answer, off the event loop: one folder name can hold another build's files
 * later (site/dist, which each build swaps in), so a copy kept from an
 * earlier answer could be another build's page.
 */
async function sendNotFound(root: string, response: ServerResponse): Promise<void> {
  let body: Buffer;
  try {
    body = await readFile(path.join(root, '404.html'));
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang.');
    return;
  }
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.byteLength, 'cache-control': REVALIDATE }).end(body);
}

/** One odd request must never stop the process that also builds the site: it is logged and answered 500. */
function serverError(request: IncomingMessage, response: ServerResponse, error: unknown): void {
  console.error(`static server: ${request.url}: ${(error as Error).stack ?? String(error)}`);
  if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Lỗi máy chủ.');
}

/** The file or folder a URL path names inside `root`, or null when it cannot be decoded or leaves the release. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.resolve(root, `.${decoded}`);
  return candidate === root || candidate.startsWith(`${root}${path.sep}`) ? candidate : null;
}

/** Never throws: a name too long, or a "folder" that is a file (ENAMETOOLONG, ENOTDIR), is simply not a file. */
function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/**
 * sirv reads any Range header as "bytes=start-end" and hands it to
 * createReadStream, which throws on a reversed range and misreads a suffix
 * ("bytes=-500"). Only a plain, ordered range is kept; any other is ignored,
 * as RFC 9110 allows, and the whole file is sent.
 */
function dropUnusableRange(request: IncomingMessage): void {
  const range = request.headers.range;
  if (range === undefined) return;
  const match = /^bytes=(\d+)-(\d*)$/.exec(range.trim());
  if (!match || (match[2] !== '' && Number(match[2]) < Number(match[1]))) delete request.headers.range;
}

/** The static server for the built site: the live release, compressed text, cache headers, the 404 page, no listing. */
export function createStaticServer(rootDir: string, { getRoot }: StaticServerOptions = {}): Server {
  const compress = compression({
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
    // A byte range is a slice of the file as stored: compressing it would break Content-Range.
    filter: (request, response) => !request.headers.range && compression.filter(request, response),
  });
  let current: { root: string; handle: Handler } | null = null;
  return http.createServer((request, response) => {
    const live = getRoot ? getRoot() : rootDir;
    if (!live) {
      response.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '10' }).end(NOT_BUILT_YET);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const root = path.resolve(live);
    if (current?.root !== root) current = { root, handle: releaseHandler(root) };
    const { handle } = current;
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
      try {
        handle(request, response);
      } catch (error) {
        serverError(request, response, error);
      }
    });
  });
}
