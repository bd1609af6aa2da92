import { existsSync, readFileSync, statSync } from 'node:fs';
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
    dotfiles: false,
    setHeaders(response, pathname) {
      response.setHeader('cache-control', HASHED.test(pathname) ? IMMUTABLE : REVALIDATE);
      response.setHeader('x-content-type-options', 'nosniff');
      const extra = EXTRA_TYPES[path.extname(pathname).toLowerCase()];
      if (extra) response.setHeader('content-type', extra);
    },
  });
  const notFound: Handler = (_request, response) => {
    const page = path.join(root, '404.html');
    if (!existsSync(page)) return void response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang.');
    const body = readFileSync(page);
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.byteLength, 'cache-control': REVALIDATE }).end(body);
  };
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Directory URLs end in "/": redirect "/tin-tuc" to "/tin-tuc/" like any static host, so relative links resolve alike.
    if (!url.pathname.endsWith('/') && path.extname(url.pathname) === '' && isFile(root, `${url.pathname}/index.html`)) {
      return void response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    }
    serveFile(request, response, () => notFound(request, response));
  };
}

function isFile(root: string, urlPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  const candidate = path.resolve(root, `.${decoded}`);
  if (!candidate.startsWith(`${root}${path.sep}`)) return false;
  return statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The static server for the built site: the live release, compressed text, cache headers, the 404 page, no listing. */
export function createStaticServer(rootDir: string, { getRoot }: StaticServerOptions = {}): Server {
  const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } } });
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
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => handle(request, response));
  });
}
