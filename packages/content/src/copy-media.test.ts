import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { copyMedia } from './copy-media.js';
import { applyMediaMap, webpKey } from './media-map.js';
import type { MediaAsset, SiteData } from './model/types.js';
import { mediaAsset } from './test-support/media-asset.js';

/* A real HTTP server standing in for the CMS's /uploads: the bytes of each file can be replaced under the same URL, as Strapi's "replace media" does. */
const files = new Map<string, string | Buffer>();
const requests: string[] = [];
let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url!);
    const body = files.get(request.url!);
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'image/png' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-copy-media-'));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const asset = (name: string, fileUpdatedAt: string | null): MediaAsset =>
  mediaAsset({
    src: `${base}/uploads/${name}`,
    sourceUrl: `${base}/uploads/${name}`,
    name,
    variants: [{ src: `${base}/uploads/small_${name}`, width: 5, height: 5, webp: null }],
    fileUpdatedAt,
  });
const site = (...media: MediaAsset[]) => ({ media }) as unknown as SiteData;

describe('copyMedia', () => {
  it('downloads a file again only when it is new or changed in the media library since it was copied', async () => {
    files.set('/uploads/a.png', 'first a');
    files.set('/uploads/small_a.png', 'first small a');
    files.set('/uploads/b.png', 'b');
    files.set('/uploads/small_b.png', 'small b');
    const copied = new Map<string, { name: string; bytes: number }>();

    const first = await copyMedia(site(asset('a.png', '2026-01-01T00:00:00.000Z'), asset('b.png', null)), { dir, copied });
    expect(first.downloaded).toBe(4);
    requests.length = 0;

    // Same files, same times: only the file without a time is downloaded again.
    const again = await copyMedia(site(asset('a.png', '2026-01-01T00:00:00.000Z'), asset('b.png', null)), { dir, copied });
    expect(requests.sort()).toEqual(['/uploads/b.png', '/uploads/small_b.png']);
    expect(again.map).toEqual(first.map);
    expect(again.bytes).toBe(first.bytes);
    requests.length = 0;

    // Replaced under the same URL: a new time, new bytes, a new name in the site.
    files.set('/uploads/a.png', 'second a');
    const replaced = await copyMedia(site(asset('a.png', '2026-02-01T00:00:00.000Z')), { dir, copied });
    expect(requests.sort()).toEqual(['/uploads/a.png', '/uploads/small_a.png']);
    const copy = replaced.map[`${base}/uploads/a.png`]!;
    expect(copy).not.toBe(first.map[`${base}/uploads/a.png`]);
    expect(readFileSync(path.join(dir, path.basename(copy)), 'utf8')).toBe('second a');
  });

  it('downloads everything without a record of earlier copies', async () => {
    requests.length = 0;
    const result = await copyMedia(site(asset('a.png', '2026-02-01T00:00:00.000Z')), { dir });
    expect(result.downloaded).toBe(2);
    expect(requests).toHaveLength(2);
  });

  it('writes a WebP sibling of each JPEG or PNG picture and its renditions, and points the page data at it', async () => {
    const photo = (width: number) =>
      sharp({
        create: {
          width,
          height: Math.round((width * 2) / 3),
          channels: 3,
          background: { r: 40, g: 90, b: 160 },
          noise: { type: 'gaussian', mean: 120, sigma: 40 },
        },
      })
        .png()
        .toBuffer();
    files.set('/uploads/photo.png', await photo(900));
    files.set('/uploads/small_photo.png', await photo(500));
    files.set('/uploads/doc.pdf', '%PDF-1.4 not a picture');
    const picture = asset('photo.png', '2026-03-01T00:00:00.000Z');
    const pdf = { ...asset('doc.pdf', null), mime: 'application/pdf', variants: [] };
    const data = site(picture, pdf);
    const copied = new Map();
    const result = await copyMedia(data, { dir, copied });

    for (const url of [`${base}/uploads/photo.png`, `${base}/uploads/small_photo.png`]) {
      const webp = result.map[webpKey(url)]!;
      expect(webp).toMatch(/^\/media\/[a-z0-9-]+\.[0-9a-f]{10}\.webp$/);
      const bytes = readFileSync(path.join(dir, path.basename(webp)));
      expect(bytes.subarray(8, 12).toString()).toBe('WEBP');
      // Smaller than the PNG it stands for.
      expect(bytes.byteLength).toBeLessThan((files.get(new URL(url).pathname) as Buffer).byteLength);
    }
    expect((await sharp(path.join(dir, path.basename(result.map[webpKey(`${base}/uploads/photo.png`)]!))).metadata()).width).toBe(900);
    expect(result.map[webpKey(`${base}/uploads/doc.pdf`)]).toBeUndefined();
    expect(picture.webp).toBe(result.map[webpKey(`${base}/uploads/photo.png`)]);
    expect(picture.variants[0]!.webp).toBe(result.map[webpKey(`${base}/uploads/small_photo.png`)]);
    expect(pdf.webp).toBeNull();

    // A later build that copies nothing again still knows the WebP files.
    requests.length = 0;
    const again = await copyMedia(site(asset('photo.png', '2026-03-01T00:00:00.000Z')), { dir, copied });
    expect(requests).toEqual([]);
    expect(again.map[webpKey(`${base}/uploads/photo.png`)]).toBe(result.map[webpKey(`${base}/uploads/photo.png`)]);

    // The incremental renderer applies the build's map to freshly mapped data the same way.
    const fresh = asset('photo.png', null);
    applyMediaMap(site(fresh), result.map);
    expect(fresh.webp).toBe(picture.webp);
  });
});
