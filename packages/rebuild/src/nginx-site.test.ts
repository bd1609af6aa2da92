import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@hoilhpn/testing/free-port';
import { rawRequest } from '@hoilhpn/testing/raw-http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * docker-compose's readers' server is nginx with packages/rebuild/nginx/site.conf.
 * This runs the machine's nginx with that file as compose mounts it, changing
 * only the port it listens on and the folder of releases, over releases laid
 * out as the rebuild service writes them.
 */
const CONF = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'nginx', 'site.conf');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
const required = process.env.REQUIRE_NGINX === '1';

const work = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-nginx-'));
// Started as root, nginx reads files as its worker user (nobody): mkdtemp's 0700 would hide them.
chmodSync(work, 0o755);
const site = path.join(work, 'site');
const page = `<!doctype html><html lang="vi"><title>Tin tức</title>${'<p>Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị.</p>'.repeat(100)}</html>`;
let nginx: ChildProcess | undefined;
let port = 0;

function release(id: string, home: string): void {
  const dir = path.join(site, 'releases', id);
  const files: Record<string, string> = {
    'index.html': home,
    '404.html': '<!doctype html><title>Không tìm thấy trang</title>',
    'tin-tuc/index.html': page,
    '_astro/app.1a2b.css': 'body{color:#111}'.repeat(100),
    'pagefind/index/vi_1.pf_index': 'x'.repeat(2000),
    '.env': 'SECRET=khong-duoc-lo',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/** As ReleaseStore.activate does: a fresh relative symlink renamed over the live one. */
function activate(id: string): void {
  const temporary = path.join(site, `live.${Date.now()}`);
  symlinkSync(path.join('releases', id), temporary);
  renameSync(temporary, path.join(site, 'live'));
}

const get = (urlPath: string, headers?: Record<string, string>) => rawRequest(port, urlPath, headers);

describe.runIf(NGINX || required)("docker-compose's nginx (packages/rebuild/nginx/site.conf) in front of the live release", () => {
  beforeAll(async () => {
    if (!NGINX) throw new Error('nginx is required here (REQUIRE_NGINX=1): apt-get install nginx-light');
    port = await freePort();
    const conf = readFileSync(CONF, 'utf8');
    expect(conf).toContain('listen 80;');
    expect(conf).toContain('root /data/site/live;');
    writeFileSync(
      path.join(work, 'server.conf'),
      conf.replace('listen 80;', `listen 127.0.0.1:${port};`).replace('root /data/site/live;', `root ${site}/live;`),
    );
    mkdirSync(path.join(work, 'tmp'));
    // What the nginx image's own nginx.conf holds around conf.d/*.conf, with every path inside this folder.
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${work}/tmp;`).join(' ');
    writeFileSync(
      path.join(work, 'nginx.conf'),
      `worker_processes 1; pid ${work}/nginx.pid; error_log stderr; events {} http { default_type application/octet-stream; access_log off; ${temp} include ${work}/server.conf; }`,
    );
    release('r1', page);
    activate('r1');
    nginx = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    nginx.stderr!.on('data', (chunk) => (errors += chunk));
    for (let tries = 0; ; tries++) {
      if (
        await get('/').then(
          () => true,
          () => false,
        )
      )
        break;
      if (tries > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${errors}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(() => {
    nginx?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  it('sends pages gzip-compressed to browsers that ask, in UTF-8, revalidated on every visit', async () => {
    const compressed = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(compressed.status).toBe(200);
    expect(compressed.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(compressed.headers.vary).toBe('Accept-Encoding');
    expect(compressed.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(compressed.headers['x-content-type-options']).toBe('nosniff');
    expect(gunzipSync(compressed.body).toString()).toBe(page);
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it("caches hashed names for a year, and leaves Pagefind's compressed index as it is", async () => {
    const css = await get('/_astro/app.1a2b.css', { 'accept-encoding': 'gzip' });
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(gunzipSync(css.body).toString()).toBe('body{color:#111}'.repeat(100));
    const index = await get('/pagefind/index/vi_1.pf_index', { 'accept-encoding': 'gzip' });
    expect(index.headers['content-type']).toBe('application/octet-stream');
    expect(index.headers['content-encoding']).toBeUndefined();
    expect(index.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("redirects a folder to its slash with a relative address, and answers 404 with the site's 404 page", async () => {
    const bare = await get('/tin-tuc');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/tin-tuc/');
    expect((await get('/.env')).status).toBe(404);
    const missing = await get('/khong-co-trang-nay/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Không tìm thấy trang');
  });

  it('serves the new release as soon as the live link is switched', async () => {
    const next = page.replace('Tin tức', 'Bản mới');
    release('r2', next);
    activate('r2');
    expect((await get('/')).body.toString()).toBe(next);
  });
});
