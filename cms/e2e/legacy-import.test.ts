import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectLegacyFiles, importLegacyFiles } from '../src/legacy-import/import-legacy-articles';
import { SEED_ARTICLE_FILE, SEED_ARTICLE_SLUG } from '../src/seed/demo-content';
import { CMS_DIR, startTestServer } from './harness/strapi-server';

const SEED_FILE = path.join(CMS_DIR, 'data', 'legacy-articles', SEED_ARTICLE_FILE);
let dir: string;

beforeAll(async () => {
  await startTestServer();
  dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-import-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function articleRows() {
  const { strapi } = await startTestServer();
  return strapi.db.query('api::article.article').findMany({ select: ['id', 'documentId', 'slug', 'updatedAt', 'publishedAt'], orderBy: { id: 'asc' } });
}

async function run(files: string[]) {
  const { strapi } = await startTestServer();
  const lines: string[] = [];
  const outcomes = await importLegacyFiles(strapi, files, (line) => lines.push(line), dir);
  return { outcomes, lines };
}

describe('the imported seed article, field by field', () => {
  it('is stored as the legacy site showed it', async () => {
    const { strapi } = await startTestServer();
    const article: any = await strapi.documents('api::article.article').findFirst({
      filters: { slug: SEED_ARTICLE_SLUG },
      status: 'published',
      populate: ['figures'],
    } as any);
    expect(article.title).toBe('Hoà Bình: Chú trọng nâng cao năng lực cho cán bộ Hội Phụ nữ cơ sở');
    expect(new Date(article.publishedDate).toISOString()).toBe('2023-11-20T17:00:00.000Z');
    expect(article.lead).toMatch(/^Thực hiện chủ đề năm 2023/);
    expect(article.author).toBe('Kim Quế');
    expect(article.body.map((block: any) => block.type)).toEqual(Array(5).fill('paragraph'));
    expect(article.figures.map((figure: any) => [figure.caption, figure.afterParagraph])).toEqual([
      ['Hội nghị biểu dương cán bộ cơ sở giỏi cấp tỉnh', 0],
      ['Mô hình kết nạp hội viên danh dự xã Tân Lập, Lạc Sơn', 3],
    ]);
    for (const text of [article.title, article.lead, article.author, JSON.stringify(article.body)]) {
      expect(text).toBe(text.normalize('NFC'));
    }
  });
});

describe('pnpm --dir cms import-articles', () => {
  it('re-importing the seed article changes nothing', async () => {
    const before = await articleRows();
    const { outcomes } = await run([SEED_FILE]);
    expect(outcomes[0]!.status).toBe('unchanged');
    expect(await articleRows()).toEqual(before);
  });

  it('creates, then updates in place (never duplicates), one report line per file', async () => {
    const file = path.join(dir, 'bai-moi.txt');
    writeFileSync(
      file,
      'Hòa Bình: Hội thi cán bộ Hội giỏi\n\nThứ Năm, 7/12/2023 09:15\nSapo bài mới.\nĐoạn một.\n   Ảnh: Các thí sinh dự thi\nĐoạn hai.\nHà Linh\n\nCÁC ĐỀ ÁN\nVideo\n',
    );
    const first = await run([file]);
    expect(first.lines).toEqual([
      expect.stringMatching(
        /^✓ bai-moi\.txt: created \/hoa-binh-hoi-thi-can-bo-hoi-gioi \(\w+\)\n {4}title: Hòa Bình: Hội thi cán bộ Hội giỏi \| date: 2023-12-07T09:15:00\+07:00 \| author: Hà Linh \| captions: 1$/,
      ),
    ]);
    const count = (await articleRows()).length;

    writeFileSync(file, readFileSync(file, 'utf8').replace('Sapo bài mới.', 'Sapo đã sửa.'));
    const second = await run([file]);
    expect(second.outcomes[0]).toMatchObject({ status: 'updated', slug: 'hoa-binh-hoi-thi-can-bo-hoi-gioi' });
    expect((await articleRows()).length).toBe(count);

    // Same title with the other tone-mark placement: the same article.
    writeFileSync(file, readFileSync(file, 'utf8').replace('Hòa Bình', 'Hoà Bình'));
    const third = await run([file]);
    expect(third.outcomes[0]).toMatchObject({ status: 'updated', slug: 'hoa-binh-hoi-thi-can-bo-hoi-gioi' });
    expect((await articleRows()).length).toBe(count);

    const { strapi } = await startTestServer();
    const stored: any = await strapi.documents('api::article.article').findFirst({
      filters: { slug: 'hoa-binh-hoi-thi-can-bo-hoi-gioi' },
      status: 'published',
      populate: ['figures'],
    } as any);
    expect(stored.lead).toBe('Sapo đã sửa.');
    expect(stored.author).toBe('Hà Linh');
    expect(stored.figures.map((figure: any) => figure.caption)).toEqual(['Ảnh: Các thí sinh dự thi']);
    expect(new Date(stored.publishedDate).toISOString()).toBe('2023-12-07T02:15:00.000Z');
  });

  it('keeps bylines with an affiliation, a source or a date as the author, not as empty figures', async () => {
    const endings: Record<string, string> = {
      'affiliation.txt': 'Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn',
      'source.txt': 'Theo Báo Phụ nữ Việt Nam điện tử',
      'dated.txt': 'Bùi Thị Mai, Hội LHPN xã Tân Lập - 21/11/2023',
    };
    const files = Object.entries(endings).map(([name, ending], index) => {
      const file = path.join(dir, 'bylines', name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(
        file,
        `Tin có tác giả số ${index + 1}\n21/11/2023\nSapo.\nĐoạn một.\n   Ảnh: Hội viên dự hội nghị\nĐoạn hai.\n${ending}\n\nCÁC ĐỀ ÁN\nVideo\n`,
      );
      return file;
    });
    const { outcomes, lines } = await run(files);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['created', 'created', 'created']);
    expect(lines[0]).toContain('author: Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn | captions: 1');

    const { strapi } = await startTestServer();
    const stored: any[] = await strapi.documents('api::article.article').findMany({
      filters: { slug: { $startsWith: 'tin-co-tac-gia-so-' } },
      status: 'published',
      populate: ['figures'],
      sort: 'slug:asc',
    } as any);
    expect(stored.map((article) => [article.author, article.figures.map((figure: any) => figure.caption)])).toEqual([
      ['Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn', ['Ảnh: Hội viên dự hội nghị']],
      ['Theo Báo Phụ nữ Việt Nam điện tử', ['Ảnh: Hội viên dự hội nghị']],
      ['Bùi Thị Mai, Hội LHPN xã Tân Lập', ['Ảnh: Hội viên dự hội nghị']],
    ]);
  });

  it('reports each bad file with file and line, writes nothing for it, and still imports the good ones', async () => {
    const bad: Record<string, Uint8Array | string> = {
      'empty.txt': '',
      'no-date.txt': 'Tiêu đề không có ngày\nSapo.\nĐoạn.\n',
      'odd-date.txt': 'Tiêu đề ngày lạ\n2023-11-21\nSapo.\nĐoạn.\n',
      'garbage.txt': new Uint8Array(2048).map((_, index) => (index * 131 + 7) % 256),
      'huge.txt': `Tiêu đề rất dài\n21/11/2023\n${'Đoạn văn. '.repeat(600_000)}\n`,
    };
    for (const [name, content] of Object.entries(bad)) writeFileSync(path.join(dir, name), content);
    writeFileSync(path.join(dir, 'z-good.txt'), 'Phụ nữ Đà Bắc giữ nghề dệt\n21/11/2023\nSapo.\nĐoạn một.\nMinh Châu\n');
    const before = await articleRows();

    const { files } = await collectLegacyFiles([dir], dir);
    const { outcomes, lines } = await run(files.filter((file) => !file.endsWith('bai-moi.txt')));

    expect(lines).toHaveLength(6);
    const byFile = Object.fromEntries(outcomes.map((outcome) => [outcome.file, outcome]));
    expect(byFile['empty.txt']).toMatchObject({ status: 'failed', error: 'empty.txt:1: empty file' });
    expect(byFile['no-date.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/^no-date\.txt:2: expected the date line/) });
    expect(byFile['odd-date.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/^odd-date\.txt:2: .*found "2023-11-21"/) });
    expect(byFile['garbage.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/^garbage\.txt:\d+: (binary data|not valid UTF-8)/) });
    expect(byFile['huge.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/^huge\.txt:1: file is \d+ bytes/) });
    expect(byFile['z-good.txt']).toMatchObject({ status: 'created', slug: 'phu-nu-da-bac-giu-nghe-det' });
    expect(lines.filter((line) => line.startsWith('✗'))).toHaveLength(5);

    const after = await articleRows();
    expect(after.length).toBe(before.length + 2); // z-good.txt: its draft and its published row
    expect(after.slice(0, before.length)).toEqual(before);
  });

  it('rolls back everything for a file that fails while saving', async () => {
    const file = path.join(dir, 'too-long-author.txt');
    // Parses, but the author is longer than the schema allows: Strapi refuses the write.
    writeFileSync(file, `Tin có tác giả quá dài\n21/11/2023\nSapo.\nĐoạn một.\n${'Nguyễn '.repeat(5)}${'A'.repeat(200)}\n`);
    const before = await articleRows();
    const { outcomes } = await run([file]);
    expect(outcomes[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/^too-long-author\.txt: not saved: .*author/) });
    expect(await articleRows()).toEqual(before);
  });
});
