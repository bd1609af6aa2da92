import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_KINDS, MAX_IMAGE_SIDE } from '../src/uploads/allowed-uploads';
import {
  OLD_OFFICE_STREAMS,
  compoundFileBytes,
  exeBytes,
  imageBytes,
  mp4Bytes,
  noisePngBytes,
  officeOpenXmlBytes,
  openDocumentBytes,
  pdfBytes,
  svgWithScriptBytes,
  vttBytes,
} from './fixtures/upload-files';
import { type TestServer, startTestServer } from './harness/strapi-server';

const FILE = 'plugin::upload.file';
// A newsroom editor (Strapi's Editor role), not a super administrator: the account that uploads every day.
const EDITOR = { email: 'bien-tap-tep@example.vn', password: 'BienTap-Tep-2026!' };
// cms/public/uploads is shared with every other run on this machine: this run's files carry this mark.
const RUN = randomBytes(3).toString('hex');

let server: TestServer;
let token: string;

interface Part {
  name: string;
  bytes: Buffer;
  /** What the browser claims; the CMS must not believe it. */
  type: string;
}

async function editorToken(): Promise<string> {
  const { strapi, url } = server;
  if (!(await strapi.db.query('admin::user').findOne({ where: { email: EDITOR.email } }))) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await (strapi.service('admin::user') as any).create({ ...EDITOR, firstname: 'Biên', lastname: 'Tập', isActive: true, roles: [role.id] });
  }
  const response = await fetch(`${url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(EDITOR) });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!response.ok || !body.data?.token) throw new Error(`editor login failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body.data.token;
}

/** What the admin's media library sends: multipart `files`, with the editor's bearer token. */
async function post(route: string, parts: Part[]): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const part of parts) form.append('files', new Blob([part.bytes], { type: part.type }), part.name);
  const response = await fetch(`${server.url}${route}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: await response.json() };
}

const named = (stem: string, extension: string) => `${stem}${RUN}${extension}`;

/** Rows and files in public/uploads whose name carries `stem` (Strapi names stored files after the uploaded name). */
async function storedTraces(stem: string): Promise<{ rows: number; files: string[] }> {
  const rows = await server.strapi.db.query(FILE).count({ where: { name: { $contains: `${stem}${RUN}` } } });
  const files = readdirSync(path.join(server.strapi.dirs.static.public, 'uploads')).filter((file) => file.includes(`${stem}${RUN}`));
  return { rows, files };
}

beforeAll(async () => {
  server = await startTestServer();
  token = await editorToken();
});

afterAll(async () => {
  if (!server) return;
  const uploads = server.strapi.plugin('upload').service('upload') as any;
  for (const file of await server.strapi.db.query(FILE).findMany({ where: { name: { $contains: RUN } } })) await uploads.remove(file);
});

describe('Strapi’s own upload security is configured', () => {
  it('from the allow-list: every allowed type, no SVG, and a 50 MB ceiling', () => {
    const config = server.strapi.config.get('plugin::upload') as { sizeLimit: number; security: { allowedTypes: string[] } };
    expect(config.sizeLimit).toBe(50 * 1024 * 1024);
    for (const kind of ALLOWED_KINDS) expect(config.security.allowedTypes).toContain(kind.mime);
    expect(config.security.allowedTypes).not.toContain('image/svg+xml');
  });
});

describe('the admin’s upload API refuses, in Vietnamese, and stores nothing', () => {
  it('a Windows program', async () => {
    const name = named('setup', '.exe');
    const { status, body } = await post('/upload', [{ name, bytes: exeBytes(), type: 'application/x-msdownload' }]);
    expect(status).toBe(400);
    expect(body.error.message).toBe(
      `Tệp "${name}" không được phép tải lên: chỉ nhận ảnh (JPG, PNG, WebP, GIF, AVIF), PDF, tài liệu Office (.doc, .docx, .xls, .xlsx, .ppt, .pptx, .odt, .ods, .odp), phụ đề .vtt và video .mp4.`,
    );
    expect(body.error.details.refused).toEqual([{ file: name, reason: body.error.message }]);
    expect(await storedTraces('setup')).toEqual({ rows: 0, files: [] });
  });

  it('a Windows program renamed .pdf and sent as application/pdf', async () => {
    const name = named('hoadon', '.pdf');
    const { status, body } = await post('/upload', [{ name, bytes: exeBytes(), type: 'application/pdf' }]);
    expect(status).toBe(400);
    expect(body.error.message).toBe(`Tệp "${name}" không được phép tải lên: tên tệp có đuôi .pdf nhưng nội dung không phải tệp PDF.`);
    expect(await storedTraces('hoadon')).toEqual({ rows: 0, files: [] });
  });

  it('an image over 10 MB (the 21.6 MB PNG that became a cover), with 413', async () => {
    const name = named('anhbia', '.png');
    const bytes = await noisePngBytes(11 * 1024 * 1024);
    const { status, body } = await post('/upload', [{ name, bytes, type: 'image/png' }]);
    expect(status).toBe(413);
    expect(body.error.message).toMatch(new RegExp(`^Tệp "${name}" quá lớn \\(11(,\\d)? MB\\): ảnh tối đa 10 MB\\.$`));
    expect(await storedTraces('anhbia')).toEqual({ rows: 0, files: [] });
  });

  it('an SVG carrying a script, under its own name and renamed .png', async () => {
    for (const [name, type] of [
      [named('logo', '.svg'), 'image/svg+xml'],
      [named('logo', '.png'), 'image/png'],
    ]) {
      const { status, body } = await post('/upload', [{ name, bytes: svgWithScriptBytes(), type }]);
      expect(status, name).toBe(400);
      expect(body.error.message).toBe(
        `Tệp "${name}" không được phép tải lên: không nhận ảnh SVG vì tệp SVG có thể chứa mã chạy trong trình duyệt của bạn đọc; hãy xuất ảnh sang PNG hoặc WebP rồi tải lên.`,
      );
    }
    expect(await storedTraces('logo')).toEqual({ rows: 0, files: [] });
  });

  it('the whole request when one of its files is refused, naming that file', async () => {
    const good = named('kemtheo', '.png');
    const bad = named('kemtheo', '.exe');
    const { status, body } = await post('/upload', [
      { name: good, bytes: await imageBytes('png', 320, 200), type: 'image/png' },
      { name: bad, bytes: exeBytes(), type: 'application/octet-stream' },
    ]);
    expect(status).toBe(400);
    expect(body.error.message).toContain(`Tệp "${bad}" không được phép tải lên`);
    expect(body.error.message).not.toContain(good);
    expect(await storedTraces('kemtheo')).toEqual({ rows: 0, files: [] });
  });

  it('through the single-file route and the replace route too, leaving the replaced file as it was', async () => {
    const single = await post('/upload/files', [{ name: named('motep', '.exe'), bytes: exeBytes(), type: 'application/x-msdownload' }]);
    expect(single.status).toBe(400);
    expect(single.body.error.message).toContain(`Tệp "${named('motep', '.exe')}" không được phép tải lên`);
    expect(await storedTraces('motep')).toEqual({ rows: 0, files: [] });

    const original = await post('/upload', [{ name: named('thaythe', '.pdf'), bytes: pdfBytes(), type: 'application/pdf' }]);
    expect(original.status).toBe(201);
    const [file] = original.body;
    for (const route of [`/upload?id=${file.id}`, `/upload/files/${file.id}/replace`]) {
      const replaced = await post(route, [{ name: named('thaythe', '.pdf'), bytes: exeBytes(), type: 'application/pdf' }]);
      expect(replaced.status, route).toBe(400);
      expect(replaced.body.error.message).toContain('nội dung không phải tệp PDF');
    }
    const after = await server.strapi.db.query(FILE).findOne({ where: { id: file.id } });
    expect([after.mime, after.hash, Number(after.size)]).toEqual([file.mime, file.hash, Number(file.size)]);
    const onDisk = readdirSync(path.join(server.strapi.dirs.static.public, 'uploads')).find((name) => name === `${file.hash}.pdf`);
    expect(onDisk).toBeDefined();
  });

  it('whatever way a file reaches Strapi’s upload service (scripts, uploads from a URL)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-upload-service-'));
    try {
      const filepath = path.join(dir, 'setup.exe');
      writeFileSync(filepath, exeBytes());
      const upload = (server.strapi.plugin('upload').service('upload') as any).upload({
        data: { fileInfo: { name: named('dichvu', '.exe') } },
        files: { filepath, originalFilename: named('dichvu', '.exe'), mimetype: 'application/x-msdownload', size: exeBytes().length },
      });
      await expect(upload).rejects.toMatchObject({
        name: 'ValidationError',
        message: expect.stringContaining(`Tệp "${named('dichvu', '.exe')}" không được phép tải lên`),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await storedTraces('dichvu')).toEqual({ rows: 0, files: [] });
  });
});

describe('the admin’s upload API accepts what editors need', () => {
  it('a PNG, a JPEG, a PDF, a DOCX and a .vtt, recording the type their content shows and serving them', async () => {
    const parts: (Part & { mime: string })[] = [
      { name: named('sodo', '.png'), bytes: await imageBytes('png', 800, 500), type: 'image/png', mime: 'image/png' },
      { name: named('hoinghi', '.jpg'), bytes: await imageBytes('jpeg', 800, 500), type: 'image/jpeg', mime: 'image/jpeg' },
      // The browser often sends no useful type; the content decides.
      { name: named('baocao', '.pdf'), bytes: pdfBytes(), type: 'application/octet-stream', mime: 'application/pdf' },
      {
        name: named('kehoach', '.docx'),
        bytes: officeOpenXmlBytes('docx'),
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      { name: named('phude', '.vtt'), bytes: vttBytes(), type: 'text/plain', mime: 'text/vtt' },
    ];
    for (const part of parts) {
      const { status, body } = await post('/upload', [part]);
      expect(status, `${part.name}: ${JSON.stringify(body)}`).toBe(201);
      expect(body[0]).toMatchObject({ name: part.name, mime: part.mime });
      const served = await fetch(`${server.url}${body[0].url}`);
      expect(served.status, part.name).toBe(200);
      // Strapi may re-encode images (its size optimisation); documents are stored byte for byte.
      if (!part.mime.startsWith('image/')) expect(Buffer.from(await served.arrayBuffer()).equals(part.bytes), part.name).toBe(true);
    }
  });

  it('every other allowed kind too: Strapi’s own check lets through what the allow-list allows', async () => {
    const others: Record<string, Buffer> = {
      webp: await imageBytes('webp', 320, 200),
      gif: await imageBytes('gif', 320, 200),
      avif: await imageBytes('avif', 320, 200),
      xlsx: officeOpenXmlBytes('xlsx'),
      pptx: officeOpenXmlBytes('pptx'),
      odt: openDocumentBytes('odt'),
      ods: openDocumentBytes('ods'),
      odp: openDocumentBytes('odp'),
      doc: compoundFileBytes([...OLD_OFFICE_STREAMS.doc]),
      xls: compoundFileBytes([...OLD_OFFICE_STREAMS.xls]),
      ppt: compoundFileBytes([...OLD_OFFICE_STREAMS.ppt]),
      mp4: mp4Bytes(),
    };
    for (const kind of ALLOWED_KINDS.filter((candidate) => others[candidate.format])) {
      const { status, body } = await post('/upload', [{ name: named('loai', kind.extensions[0]), bytes: others[kind.format], type: kind.mime }]);
      expect(status, `${kind.format}: ${JSON.stringify(body)}`).toBe(201);
      expect(body[0].mime, kind.format).toBe(kind.mime);
    }
  });

  it('and shrinks a very large image to 2560 px before making its formats', async () => {
    const name = named('toancanh', '.jpg');
    const { status, body } = await post('/upload', [{ name, bytes: await imageBytes('jpeg', 4000, 2500), type: 'image/jpeg' }]);
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body[0]).toMatchObject({ width: MAX_IMAGE_SIDE, height: 1600, mime: 'image/jpeg' });
    expect(Object.keys(body[0].formats ?? {})).toEqual(expect.arrayContaining(['thumbnail', 'large']));
    const stored = await fetch(`${server.url}${body[0].url}`);
    expect(await sharp(Buffer.from(await stored.arrayBuffer())).metadata()).toMatchObject({ format: 'jpeg', width: MAX_IMAGE_SIDE, height: 1600 });
  });
});
