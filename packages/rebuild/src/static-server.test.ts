import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentEncoding, createStaticServer } from './static-server.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-static-'));
const page = `<!doctype html><html lang="vi"><title>Tin tức</title>${'<p>Hội Liên hiệp Phụ nữ tỉnh Hoà Bình tổ chức hội nghị.</p>'.repeat(200)}</html>`;
const server = createStaticServer(root);
let base: string;

beforeAll(async () => {
  writeFileSync(path.join(root, 'index.html'), page);
  writeFileSync(path.join(root, 'small.txt'), 'ngắn');
  writeFileSync(path.join(root, 'anh.png'), Buffer.alloc(4096, 7));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

/** The raw answer: node's http does not decode, so the bytes are what travelled. */
function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${urlPath}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server', () => {
  it('sends pages brotli-compressed to browsers that accept it, gzip to the others, whole to the rest', async () => {
    const br = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
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
    expect(contentEncoding('br;q=0, gzip;q=0.5', 'a.html', 5000)).toBe('gzip');
    expect(contentEncoding('br;q=0.0', 'a.css', 5000)).toBeNull();
    expect(contentEncoding('*', 'a.js', 5000)).toBeNull();
  });

  it('answers HEAD with the headers a GET would have and no body', async () => {
    const head = await get('/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.byteLength).toBe(0);
  });
});
