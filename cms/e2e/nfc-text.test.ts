import { beforeAll, describe, expect, it } from 'vitest';
import { imageBytes } from './fixtures/upload-files';
import { adminSession, contentManager } from './harness/admin-session';
import { graphql } from './harness/http';
import { startTestServer } from './harness/strapi-server';

// What some keyboards and macOS send: "à" as "a" + U+0300, "ạ" as "a" + U+0323.
const TITLE = 'Phụ nữ Đà Bắc học làm kinh tế số'.normalize('NFD');
const LEAD = 'Hội viên được hướng dẫn bán hàng trực tuyến.'.normalize('NFD');
const BODY_TEXT = 'Chị Hoà chia sẻ kinh nghiệm.'.normalize('NFD');
const CAPTION = 'Lớp tập huấn tại xã Tú Lý'.normalize('NFD');
const ALT = 'Chị em hội viên xã Hiền Lương bên khung dệt'.normalize('NFD');
const FILE_CAPTION = 'Ảnh: Hội LHPN huyện Đà Bắc'.normalize('NFD');

let token: string;
let url: string;

beforeAll(async () => {
  ({ url, token } = await adminSession());
});

async function articles(method: string, path: string, body?: unknown) {
  const response = await contentManager(url, token, method, `/collection-types/api::article.article${path}`, body);
  if (response.status >= 400) throw new Error(`${method} ${path}: HTTP ${response.status} ${JSON.stringify(response.json)}`);
  return response.json;
}

const isNfc = (text: string) => text === text.normalize('NFC');

describe('text typed in the admin is stored as NFC', () => {
  it('the test text really is decomposed (guard against a vacuous pass)', () => {
    expect(isNfc(TITLE)).toBe(false);
    expect(isNfc(BODY_TEXT)).toBe(false);
  });

  it('normalises fields, rich-text text nodes and components on create and update, through the content manager', async () => {
    const { strapi } = await startTestServer();
    const created = await articles('POST', '', {
      title: TITLE,
      lead: LEAD,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: BODY_TEXT }] }],
      figures: [{ caption: CAPTION, afterParagraph: 1 }],
    });
    const documentId: string = created.data.documentId;
    await articles('POST', `/${documentId}/actions/publish`, {});

    const stored = await strapi.documents('api::article.article').findOne({ documentId, status: 'published', populate: ['figures'] } as any);
    const record = stored as any;
    expect(record.title).toBe(TITLE.normalize('NFC'));
    expect(record.lead).toBe(LEAD.normalize('NFC'));
    expect(record.body[0].children[0].text).toBe(BODY_TEXT.normalize('NFC'));
    expect(record.figures[0].caption).toBe(CAPTION.normalize('NFC'));
    expect(record.slug).toBe('phu-nu-da-bac-hoc-lam-kinh-te-so');

    const edited = 'Đã sửa: chị Hoà'.normalize('NFD');
    await articles('PUT', `/${documentId}`, { lead: edited });
    const draft = (await strapi.documents('api::article.article').findOne({ documentId, status: 'draft' } as any)) as any;
    expect(draft.lead).toBe(edited.normalize('NFC'));

    // Readers search and compare NFC: the NFC title finds the article.
    const found = await graphql(`{ articles(filters: { title: { eq: "${TITLE.normalize('NFC')}" } }) { slug } }`);
    expect(found.data.articles).toEqual([{ slug: 'phu-nu-da-bac-hoc-lam-kinh-te-so' }]);
  });

  /*
   * Media files are saved by the upload plugin with db.query, past the
   * document service: sent as the admin's media library sends them, upload
   * (multipart `fileInfo`) and then "Edit" (POST /upload?id=…).
   */
  it("normalises a media file's alternative text and caption on upload and on edit, through the admin upload API", async () => {
    const { strapi } = await startTestServer();
    expect(isNfc(ALT)).toBe(false);
    const upload = async (query: string, fileInfo: Record<string, string>, bytes?: Buffer) => {
      const form = new FormData();
      if (bytes) form.append('files', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'det-tho-cam.png');
      form.append('fileInfo', JSON.stringify(fileInfo));
      const response = await fetch(`${url}/upload${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      const body = (await response.json()) as any;
      if (!response.ok) throw new Error(`POST /upload${query}: HTTP ${response.status} ${JSON.stringify(body)}`);
      return Array.isArray(body) ? body[0] : body;
    };
    const stored = async (id: number) =>
      (await strapi.db.query('plugin::upload.file').findOne({ where: { id } })) as { alternativeText: string; caption: string; name: string };

    const file = await upload('', { name: 'det-tho-cam.png', alternativeText: ALT, caption: FILE_CAPTION }, await imageBytes('png', 16, 16));
    try {
      expect(await stored(file.id)).toMatchObject({ alternativeText: ALT.normalize('NFC'), caption: FILE_CAPTION.normalize('NFC') });

      const renamed = 'Khung dệt của chị Hoà'.normalize('NFD');
      const editedAlt = 'Đã sửa: khung dệt thổ cẩm'.normalize('NFD');
      await upload(`?id=${file.id}`, { name: renamed, alternativeText: editedAlt, caption: FILE_CAPTION });
      expect(await stored(file.id)).toMatchObject({
        name: renamed.normalize('NFC'),
        alternativeText: editedAlt.normalize('NFC'),
        caption: FILE_CAPTION.normalize('NFC'),
      });
    } finally {
      // cms/public/uploads is shared with other runs: take the file away again.
      await fetch(`${url}/upload/files/${file.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    }
  });
});
