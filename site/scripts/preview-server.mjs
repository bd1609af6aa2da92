#!/usr/bin/env node
// @ts-check
// The draft preview server: checks a signed link from the CMS admin, reads the
// draft with the preview token, and renders it with the site's own components
// (the preview build in dist-preview). Nothing it serves is cached or indexed.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ContentClient, ContentFetchError, DEFAULT_CMS_URL, fetchRawSiteData, mapSiteData, withPreviewDraft } from '@hoilhpn/content';
import { MIN_SECRET_LENGTH, verifyPreviewPath } from '@hoilhpn/preview-link';

/** @typedef {import('@hoilhpn/content').RawSiteData} RawSiteData */
/** @typedef {import('../src/preview/preview-locals').PreviewLocals} PreviewLocals */
/**
 * The preview build's Node middleware (@astrojs/node, mode 'middleware'); its
 * `locals` are what the preview page reads.
 * @typedef {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void, locals: PreviewLocals) => Promise<void>} PreviewHandler
 */
/**
 * @typedef {{ secret: string, token: string, cmsUrl: string, port: number, host: string, adminOrigins: string[], cacheSeconds: number }} PreviewConfig
 */
/** @typedef {{ status: number, body: string }} Page */

const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PREVIEW_ENTRY = path.join(SITE_DIR, 'dist-preview', 'server', 'entry.mjs');

/** @type {Record<Extract<import('@hoilhpn/preview-link').PreviewLinkCheck, { ok: false }>['reason'], string>} */
const REFUSED_MESSAGES = {
  expired: 'Liên kết xem trước đã hết hạn.',
  'bad-signature': 'Liên kết xem trước không hợp lệ.',
  malformed: 'Liên kết xem trước không hợp lệ.',
  'unknown-type': 'Loại nội dung này không có trang xem trước.',
};

/**
 * @param {number} status
 * @param {string} title
 * @param {string} message
 * @returns {Page}
 */
function page(status, title, message) {
  return {
    status,
    body:
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${message}</p>` +
      '<p>Mở lại bằng nút <strong>Xem trước / Preview</strong> trong trang quản trị.</p></body></html>',
  };
}

/**
 * Reads the settings; names every missing or bad one at once.
 * @param {NodeJS.ProcessEnv} env
 * @returns {PreviewConfig}
 */
export function readPreviewConfig(env) {
  /** @type {string[]} */
  const problems = [];
  const secret = env.PREVIEW_SECRET ?? '';
  if (secret.length < MIN_SECRET_LENGTH) problems.push(`PREVIEW_SECRET (at least ${MIN_SECRET_LENGTH} characters, the same as the CMS's)`);
  let token = env.PREVIEW_CMS_TOKEN ?? '';
  if (!token && env.PREVIEW_TOKEN_FILE) {
    if (existsSync(env.PREVIEW_TOKEN_FILE)) token = readFileSync(env.PREVIEW_TOKEN_FILE, 'utf8').trim();
    else problems.push(`PREVIEW_TOKEN_FILE (${env.PREVIEW_TOKEN_FILE} does not exist; the CMS writes it at start-up)`);
  }
  if (!token && !env.PREVIEW_TOKEN_FILE) problems.push('PREVIEW_CMS_TOKEN (the CMS\'s "site-preview" API token) or PREVIEW_TOKEN_FILE');
  const cmsUrl = (env.CMS_URL ?? DEFAULT_CMS_URL).replace(/\/+$/, '');
  const port = Number(env.PREVIEW_PORT ?? 4323);
  if (!Number.isInteger(port) || port < 0) problems.push(`PREVIEW_PORT (a port number, got "${env.PREVIEW_PORT}")`);
  const cacheSeconds = Number(env.PREVIEW_PUBLISHED_CACHE_SECONDS ?? 15);
  if (problems.length > 0) throw new Error(`preview server: missing or bad settings:\n  - ${problems.join('\n  - ')}`);
  return {
    secret,
    token,
    cmsUrl,
    port,
    host: env.PREVIEW_HOST ?? '127.0.0.1',
    // The admin shows previews in an iframe: only its own origins may frame them.
    adminOrigins: [...new Set([env.CMS_PUBLIC_URL, cmsUrl].flatMap((url) => (url ? [new URL(url).origin] : [])))],
    cacheSeconds: Number.isFinite(cacheSeconds) && cacheSeconds >= 0 ? cacheSeconds : 15,
  };
}

/**
 * The published entries around a draft (navigation, related lists) change
 * rarely and cost the most to fetch, so they are kept for a few seconds; the
 * draft itself is read on every request.
 * @param {ContentClient} client
 * @param {number} seconds
 * @returns {() => Promise<RawSiteData>}
 */
function publishedDataCache(client, seconds) {
  /** @type {{ at: number, data: RawSiteData } | undefined} */
  let entry;
  return async () => {
    if (entry && Date.now() - entry.at < seconds * 1000) return entry.data;
    const data = await fetchRawSiteData(client);
    entry = { at: Date.now(), data };
    return data;
  };
}

/**
 * @param {PreviewConfig} config
 * @param {{ entry?: string, log?: (message: string) => void }} [options]
 */
export async function createPreviewServer(config, { entry = PREVIEW_ENTRY, log = console.log } = {}) {
  if (!existsSync(entry)) throw new Error(`preview server: ${path.relative(process.cwd(), entry)} is missing; run \`pnpm --dir site build:preview\` first`);
  /** @type {{ handler: PreviewHandler }} */
  const { handler } = await import(pathToFileURL(entry).href);
  const client = new ContentClient({ url: config.cmsUrl, token: config.token, retries: 1, log });
  const published = publishedDataCache(client, config.cacheSeconds);

  return http.createServer(async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    // The signed link must not leak to other sites through Referer.
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Security-Policy', `frame-ancestors 'self' ${config.adminOrigins.join(' ')}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const send = (/** @type {Page} */ { status, body }) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(page(405, 'Không hỗ trợ', 'Máy chủ xem trước chỉ trả lời yêu cầu GET.'));
      const url = req.url ?? '/';
      if (url === '/healthz') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"ok":true}');
      }
      if (!url.startsWith('/preview/')) return send(page(404, 'Không có trang này', 'Máy chủ này chỉ hiển thị bản xem trước.'));
      const check = verifyPreviewPath(url, config.secret);
      if (!check.ok) {
        log(`preview: refused ${url.split('?')[0]} (${check.reason})`);
        return send(page(403, 'Không xem được bản nháp', REFUSED_MESSAGES[check.reason]));
      }
      const raw = await withPreviewDraft(client, await published(), check.target);
      if (!raw) return send(page(404, 'Không tìm thấy bản nháp', 'Mục này không còn trong CMS (có thể đã bị xoá).'));
      // The page computes the draft's route from this model with the site's own routing code (src/routing).
      const previewModel = mapSiteData(raw, config.cmsUrl);
      await handler(req, res, () => send(page(404, 'Không có trang này', '')), { preview: check.target, previewModel });
    } catch (error) {
      const reason = error instanceof ContentFetchError ? error.message : error instanceof Error ? error.stack : String(error);
      log(`preview: failed ${req.url?.split('?')[0]}: ${reason}`);
      if (!res.headersSent) send(page(502, 'Chưa xem trước được', 'Không đọc được bản nháp từ CMS. Thử lại sau ít phút.'));
      else res.end();
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const config = readPreviewConfig(process.env);
    const server = await createPreviewServer(config);
    server.listen(config.port, config.host, () => {
      const address = server.address();
      console.log(`PREVIEW_READY http://${config.host}:${typeof address === 'object' && address ? address.port : config.port}`);
    });
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
