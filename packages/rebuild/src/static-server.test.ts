import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { rawRequest } from '@hoilhpn/testing/raw-http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStaticServer } from './static-server.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-static-'));
const page = `<!doctype html><html lang="vi"><title>Tin tức</title>${'<p>Hội Liên hiệp Phụ nữ tỉnh Hoà Bình tổ chức hội nghị.</p>'.repeat(200)}</html>`;
const server = createStaticServer(root);
let port: number;

beforeAll(async () => {
  writeFileSync(path.join(root, 'index.html'), page);
  writeFileSync(path.join(root, 'small.txt'), 'ngắn');
  writeFileSync(path.join(root, 'anh.png'), Buffer.alloc(4096, 7));
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Không tìm thấy</title>');
  mkdirSync(path.join(root, 'tin-tuc'));
  writeFileSync(path.join(root, 'tin-tuc', 'index.html'), page);
  mkdirSync(path.join(root, '_astro'));
  writeFileSync(path.join(root, '_astro', 'app.1a2b3c.css'), 'body{color:#111}'.repeat(200));
  writeFileSync(path.join(root, 'ke-hoach.docx'), Buffer.alloc(2048, 1));
  writeFileSync(path.join(root, '.env.local'), 'SECRET=khong-duoc-lo');
  writeFileSync(path.join(root, 'tin-tuc', '.hidden'), 'an');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

const get = (urlPath: string, headers?: Record<string, string>, method?: string) => rawRequest(port, urlPath, headers, method);

describe('the static server', () => {
  it('sends pages brotli-compressed to browsers that accept it, gzip to the others, whole to the rest', async () => {
    const br = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary).toLowerCase()).toBe('accept-encoding');
    expect(br.body.byteLength).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(page);

    const gzip = await get('/', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(page);

    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(page)));
    expect(plain.body.toString()).toBe(page);
  });

  it('leaves pictures and tiny files as they are, and honours q=0', async () => {
    const picture = await get('/anh.png', { 'accept-encoding': 'br, gzip' });
    expect(picture.headers['content-encoding']).toBeUndefined();
    expect(picture.body.byteLength).toBe(4096);
    expect((await get('/small.txt', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
    const refused = await get('/', { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refused.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(refused.body).toString()).toBe(page);
  });

  it('answers HEAD with no body', async () => {
    const head = await get('/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(head.body.byteLength).toBe(0);
  });

  it('caches hashed names for a year and revalidates pages; types Office files', async () => {
    const css = await get('/_astro/app.1a2b3c.css', { 'accept-encoding': 'gzip' });
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['content-type']).toBe('text/css');
    expect(gunzipSync(css.body).toString()).toBe('body{color:#111}'.repeat(200));
    const home = await get('/');
    expect(home.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/ke-hoach.docx')).headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('redirects a folder without its slash, serves its page with it, and answers 404 with the 404 page', async () => {
    const bare = await get('/tin-tuc?trang=2');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/tin-tuc/?trang=2');
    expect((await get('/tin-tuc/')).body.toString()).toBe(page);
    const missing = await get('/khong-co/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Không tìm thấy');
    expect((await get('/../../../etc/passwd')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get('/', {}, 'POST')).status).toBe(405);
  });

  it('survives odd paths: a file taken for a folder, a name too long, a bad escape; serves no dotfile', async () => {
    expect((await get('/tin-tuc/index.html/x')).status).toBe(404);
    expect((await get(`/${'a'.repeat(300)}`)).status).toBe(404);
    expect((await get(`/${'a'.repeat(300)}/b`)).status).toBe(404);
    expect((await get('/%E0%A4%A')).status).toBe(404);
    expect((await get('/.env.local')).status).toBe(404);
    expect((await get('/tin-tuc/.hidden')).status).toBe(404);
    // Still up.
    expect((await get('/')).status).toBe(200);
  });

  it('never redirects off the site: the folder redirect is built from the folder found', async () => {
    const sneaky = await get('/.//evil.com/x%2F%2E%2E%2F%2E%2E%2Ftin-tuc');
    expect(String(sneaky.headers.location ?? '')).not.toMatch(/^\/\//);
    const plain = await get('//tin-tuc');
    if (plain.status === 301) expect(plain.headers.location).toBe('/tin-tuc/');
  });

  it('sends byte ranges as stored, and ignores ranges it cannot honour instead of failing', async () => {
    const bytes = Buffer.from(page);
    const middle = await get('/', { range: 'bytes=10-19', 'accept-encoding': 'br, gzip' });
    expect(middle.status).toBe(206);
    expect(middle.headers['content-encoding']).toBeUndefined();
    expect(middle.headers['content-range']).toBe(`bytes 10-19/${bytes.byteLength}`);
    expect(middle.body.equals(bytes.subarray(10, 20))).toBe(true);
    for (const range of ['bytes=5-2', 'bytes=-3', 'bytes=0-1,4-5', 'lines=1-2']) {
      const whole = await get('/', { range });
      expect(whole.status, range).toBe(200);
      expect(whole.body.equals(bytes), range).toBe(true);
    }
  });

  it("answers a missing page with the live release's own 404 page, read afresh: never another build's", async () => {
    const releases = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-404-'));
    const release = (id: string, notFoundPage?: string) => {
      mkdirSync(path.join(releases, id));
      if (notFoundPage !== undefined) writeFileSync(path.join(releases, id, '404.html'), notFoundPage);
      return path.join(releases, id);
    };
    const first = release('1', '<!doctype html><title>Không tìm thấy: bản 1</title>');
    const second = release('2', '<!doctype html><title>Không tìm thấy: bản 2</title>');
    const bare = release('3');
    const broken = release('4');
    mkdirSync(path.join(broken, '404.html'));
    let live = first;
    const switching = createStaticServer('', { getRoot: () => live });
    await new Promise<void>((resolve) => switching.listen(0, '127.0.0.1', resolve));
    const missing = (method?: string) => rawRequest((switching.address() as AddressInfo).port, '/khong-co/', {}, method);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const page = async (html: string) => {
        const answer = await missing();
        expect(answer.status).toBe(404);
        expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(answer.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
        expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(html)));
        expect(answer.body.toString()).toBe(html);
      };
      await page('<!doctype html><title>Không tìm thấy: bản 1</title>');
      const head = await missing('HEAD');
      expect(head.status).toBe(404);
      expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(head.body.byteLength).toBe(0);
      // Another build's files under the same folder name (site/dist), then another release gone live.
      writeFileSync(path.join(first, '404.html'), '<!doctype html><title>Không tìm thấy: bản 1, dựng lại</title>');
      await page('<!doctype html><title>Không tìm thấy: bản 1, dựng lại</title>');
      live = second;
      await page('<!doctype html><title>Không tìm thấy: bản 2</title>');

      live = bare;
      const plain = await missing();
      expect(plain.status).toBe(404);
      expect(plain.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(plain.body.toString()).toBe('Không tìm thấy trang.');

      // A 404.html that cannot be read is the server's fault, said and logged; the server goes on.
      live = broken;
      const failed = await missing();
      expect(failed.status).toBe(500);
      expect(failed.body.toString()).toBe('Lỗi máy chủ.');
      expect(String(logged.mock.calls[0]?.[0])).toMatch(/^static server: \/khong-co\/: .*EISDIR/);
      live = second;
      await page('<!doctype html><title>Không tìm thấy: bản 2</title>');
    } finally {
      logged.mockRestore();
      await new Promise((resolve) => switching.close(resolve));
      rmSync(releases, { recursive: true, force: true });
    }
  });

  it('says the site is being built while no release is live, then serves the one that is', async () => {
    let live: string | null = null;
    const switching = createStaticServer('', { getRoot: () => live });
    await new Promise<void>((resolve) => switching.listen(0, '127.0.0.1', resolve));
    const at = `http://127.0.0.1:${(switching.address() as AddressInfo).port}/`;
    try {
      const before = await fetch(at);
      expect(before.status).toBe(503);
      expect(await before.text()).toContain('Trang đang được dựng');
      live = root;
      expect(await (await fetch(at)).text()).toBe(page);
    } finally {
      await new Promise((resolve) => switching.close(resolve));
    }
  });
});
