import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { copyMedia } from '@hoilhpn/content/copy-media';
import { CMS_DIR, startCms, type RunningCms } from '@hoilhpn/testing/cms-process';
import { EDITOR, EDITOR_ACCOUNT_SETUP } from '@hoilhpn/testing/editor-account';
import { EditorClient } from '@hoilhpn/testing/editor-client';
import { freePort } from '@hoilhpn/testing/free-port';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noisePngBytes, pdfBytes } from './fixtures/upload-files';

/*
 * The CMS with UPLOAD_PROVIDER=s3 against a real S3 server (s3rver, from npm, on loopback), in a
 * child process of its own: the shared in-process CMS of the other files keeps the local disk.
 * Readers and the site build reach the bucket through S3_PUBLIC_URL, here a small proxy standing
 * in for a CDN on another origin, so a URL built from the endpoint instead would be seen.
 */

const BUCKET = 'hoilhpn-media-test';
const FORMATS = ['thumbnail', 'small', 'medium', 'large'];

let dir: string;
let s3: S3rver;
let endpoint: string;
let cdn: Server;
let publicUrl: string;
const cdnRequests: string[] = [];
let cms: RunningCms;
let editor: EditorClient;
let adminToken: string;

interface UploadedFile {
  id: number;
  name: string;
  hash: string;
  ext: string;
  mime: string;
  url: string;
  formats: Record<string, { url: string; hash: string; ext: string; width: number; height: number }> | null;
}

let png: { bytes: Buffer; file: UploadedFile };
let pdf: { bytes: Buffer; file: UploadedFile };

/** Every key in the bucket, as an S3 client lists it (ListObjectsV2; s3rver answers it without credentials). */
async function bucketKeys(): Promise<string[]> {
  const response = await fetch(`${endpoint}/${BUCKET}?list-type=2&max-keys=1000`);
  expect(response.status).toBe(200);
  const xml = await response.text();
  expect(xml).toContain('<IsTruncated>false</IsTruncated>');
  return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1]!);
}

/** An object's bytes straight from the S3 server, not through the public URL. */
async function objectBytes(key: string): Promise<Buffer> {
  const response = await fetch(`${endpoint}/${BUCKET}/${key}`);
  expect(response.status, key).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function fetchBytes(url: string): Promise<{ status: number; bytes: Buffer; type: string | null }> {
  const response = await fetch(url);
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') };
}

async function admin(method: string, route: string, body?: unknown): Promise<any> {
  const response = await fetch(`${cms.url}${route}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** What the admin's media library sends: multipart `files` and `fileInfo`, the editor's bearer token. */
async function upload(name: string, bytes: Buffer, type: string): Promise<UploadedFile> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  form.append('fileInfo', JSON.stringify({ name, alternativeText: `Ảnh thử ${name}` }));
  const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: form });
  const text = await response.text();
  expect(response.status, text).toBe(201);
  return (JSON.parse(text) as UploadedFile[])[0]!;
}

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const keysOf = (file: UploadedFile) => [`${file.hash}${file.ext}`, ...Object.values(file.formats ?? {}).map((format) => `${format.hash}${format.ext}`)];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-uploads-s3-'));
  const s3Port = await freePort();
  s3 = new S3rver({ address: '127.0.0.1', port: s3Port, silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: BUCKET, configs: [] }] });
  await s3.run();
  endpoint = `http://127.0.0.1:${s3Port}`;

  // The "CDN": passes GET and HEAD through to the S3 server, as a public bucket behind a CDN answers.
  cdn = createServer((request, response) => {
    cdnRequests.push(request.url!);
    fetch(`${endpoint}${request.url}`, { method: request.method })
      .then(async (upstream) => {
        response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
        response.end(Buffer.from(await upstream.arrayBuffer()));
      })
      .catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  publicUrl = `http://127.0.0.1:${(cdn.address() as { port: number }).port}/${BUCKET}`;

  cms = await startCms({
    databaseFile: path.join(dir, 'cms.db'),
    setupModule: EDITOR_ACCOUNT_SETUP,
    env: {
      UPLOAD_PROVIDER: 's3',
      S3_BUCKET: BUCKET,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      // s3rver's own credentials: it checks every signed request's signature against them.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PUBLIC_URL: `${publicUrl}/`,
    },
  });
  editor = new EditorClient(cms.url);
  await editor.login(EDITOR.email, EDITOR.password);
  const login = await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(EDITOR) });
  adminToken = ((await login.json()) as { data: { token: string } }).data.token;
}, 240_000);

afterAll(async () => {
  await cms?.stop();
  await s3?.close().catch(() => undefined);
  await new Promise((resolve) => (cdn ? cdn.close(resolve) : resolve(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('with UPLOAD_PROVIDER=s3', () => {
  it('the seed’s documents went to the bucket, and the public GraphQL gives their public URLs, which serve them', async () => {
    const { legalDocuments } = await graphql('{ legalDocuments(pagination: { limit: 100 }) { number file { url mime } } }');
    const files = legalDocuments.map((document: { file: { url: string; mime: string } | null }) => document.file).filter(Boolean);
    expect(files.length).toBeGreaterThan(0);
    const keys = await bucketKeys();
    for (const file of files) {
      expect(file.url.startsWith(`${publicUrl}/`), file.url).toBe(true);
      expect(keys).toContain(file.url.slice(publicUrl.length + 1));
      const served = await fetchBytes(file.url);
      expect(served.status, file.url).toBe(200);
      expect(served.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });

  it('an editor’s PNG (with its four formats) and PDF land in the bucket, byte for byte, and nothing on the CMS’s disk', async () => {
    // Strapi's size optimisation would store its own re-encoding of the PNG (see uploads.test.ts): off, the original is stored as uploaded.
    const settings = (await admin('GET', '/upload/settings')).data;
    await admin('PUT', '/upload/settings', { ...settings, sizeOptimization: false, responsiveDimensions: true });

    // Over 5 MB: the provider sends it as a multipart upload.
    const pngBytes = await noisePngBytes(6 * 1024 * 1024);
    png = { bytes: pngBytes, file: await upload('anh-s3.png', pngBytes, 'image/png') };
    const pdfContent = pdfBytes('Báo cáo lưu trong kho S3');
    pdf = { bytes: pdfContent, file: await upload('bao-cao-s3.pdf', pdfContent, 'application/pdf') };

    expect(Object.keys(png.file.formats ?? {}).sort()).toEqual([...FORMATS].sort());
    expect(pdf.file.formats).toBeNull();
    const keys = await bucketKeys();
    for (const key of [...keysOf(png.file), ...keysOf(pdf.file)]) expect(keys, key).toContain(key);

    expect((await objectBytes(`${png.file.hash}${png.file.ext}`)).equals(pngBytes)).toBe(true);
    expect((await objectBytes(`${pdf.file.hash}${pdf.file.ext}`)).equals(pdfContent)).toBe(true);
    for (const [name, format] of Object.entries(png.file.formats!)) {
      const bytes = await objectBytes(`${format.hash}${format.ext}`);
      expect(await sharp(bytes).metadata(), name).toMatchObject({ format: 'png', width: format.width, height: format.height });
    }

    expect(png.file.url).toBe(`${publicUrl}/${png.file.hash}${png.file.ext}`);
    expect(pdf.file.url).toBe(`${publicUrl}/${pdf.file.hash}${pdf.file.ext}`);
    for (const format of Object.values(png.file.formats!)) expect(format.url).toBe(`${publicUrl}/${format.hash}${format.ext}`);

    const localUploads = path.join(CMS_DIR, 'public', 'uploads');
    const local = existsSync(localUploads) ? readdirSync(localUploads) : [];
    expect(local.filter((name) => name.includes(png.file.hash) || name.includes(pdf.file.hash))).toEqual([]);
  });

  it('the public GraphQL gives an article’s cover and its formats at public URLs that serve the bytes, and the site build copies them', async () => {
    const slug = 'anh-bia-trong-kho-s3';
    await editor.publish(await editor.createDraft({ title: 'Ảnh bìa trong kho S3', slug, cover: png.file.id }));
    const { articles } = await graphql(
      'query ($slug: String!) { articles(filters: { slug: { eq: $slug } }) { cover { url name mime width height formats updatedAt } } }',
      {
        slug,
      },
    );
    const cover = articles[0].cover;
    expect(cover.url).toBe(png.file.url);
    const formats = cover.formats as Record<string, { url: string; width: number; height: number }>;
    expect(Object.keys(formats).sort()).toEqual([...FORMATS].sort());

    cdnRequests.length = 0;
    const original = await fetchBytes(cover.url);
    expect([original.status, original.type]).toEqual([200, 'image/png']);
    expect(original.bytes.equals(png.bytes)).toBe(true);
    for (const format of Object.values(formats)) {
      expect(format.url.startsWith(`${publicUrl}/`), format.url).toBe(true);
      const served = await fetchBytes(format.url);
      expect(served.status).toBe(200);
      expect((await sharp(served.bytes).metadata()).width).toBe(format.width);
    }
    expect(cdnRequests).toHaveLength(1 + FORMATS.length);

    // What the site build does with each media file it uses (packages/content's copyMedia), on these URLs.
    const variants = Object.values(formats).map((format) => ({ src: format.url, width: format.width, height: format.height, webp: null }));
    const media = [
      {
        src: cover.url,
        sourceUrl: cover.url,
        name: cover.name,
        alt: 'Ảnh',
        altMissing: false,
        width: cover.width,
        height: cover.height,
        mime: cover.mime,
        size: 0,
        variants,
        webp: null,
        fileUpdatedAt: cover.updatedAt,
      },
    ];
    const siteMedia = path.join(dir, 'site-media');
    const copied = await copyMedia({ media } as any, { dir: siteMedia });
    expect(copied.downloaded).toBe(1 + FORMATS.length);
    const copy = readdirSync(siteMedia).find((name) => `/media/${name}` === copied.map[cover.url]);
    expect(readFileSync(path.join(siteMedia, copy!)).equals(png.bytes)).toBe(true);
  });

  it('the admin’s Content-Security-Policy lets it show, play and fetch media from the public URL’s origin', async () => {
    // strapi::security sets the same policy on every response (this CMS serves no admin build to ask for).
    const response = await fetch(`${cms.url}/_health`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const origin = new URL(publicUrl).origin;
    for (const directive of ['img-src', 'media-src', 'connect-src']) {
      const sources =
        policy
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .find(([name]) => name === directive) ?? [];
      expect(sources, `${directive} in ${policy}`).toEqual(expect.arrayContaining(["'self'", origin]));
    }
    expect(policy).toContain('https://market-assets.strapi.io');
  });

  it('deleting a file through the admin API removes its object and every format from the bucket', async () => {
    const before = await bucketKeys();
    await editor.deleteFile(png.file.id);
    await editor.deleteFile(pdf.file.id);
    const after = await bucketKeys();
    for (const key of [...keysOf(png.file), ...keysOf(pdf.file)]) {
      expect(before, key).toContain(key);
      expect(after, key).not.toContain(key);
    }
    expect((await fetchBytes(png.file.url)).status).toBe(404);
    // The seed's documents are still there.
    expect(after.length).toBe(before.length - keysOf(png.file).length - keysOf(pdf.file).length);
  });
});
