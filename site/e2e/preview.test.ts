import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { PREVIEW_TYPES, signPreviewPath, type PreviewType } from '@hoilhpn/preview-link';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPreviewServer, readPreviewConfig } from '../scripts/preview-server.mjs';
import { listFiles } from './harness/output';

const { cmsUrl, token, previewToken, outDir } = inject('site');
const SECRET = 'preview-secret-for-e2e-0123456789';
const DRAFT_TITLE = 'Bản nháp: Kế hoạch tập huấn cán bộ Hội năm 2024';
const DRAFT_SLUG = 'ban-nhap-ke-hoach-tap-huan-can-bo-hoi-nam-2024';
let server: Server;
let base: string;

async function documentId(collection: string, slug: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${previewToken}` },
    body: JSON.stringify({ query: `{ ${collection}(status: DRAFT, filters: { slug: { eq: "${slug}" } }) { documentId } }` }),
  });
  const body = (await response.json()) as { data: Record<string, { documentId: string }[]> };
  const id = body.data[collection]?.[0]?.documentId;
  if (!id) throw new Error(`no ${collection} with slug ${slug}`);
  return id;
}

const link = (type: PreviewType, id: string, expiresAt = new Date(Date.now() + 600_000)) =>
  `${base}${signPreviewPath({ type, documentId: id }, SECRET, expiresAt)}`;

beforeAll(async () => {
  const config = readPreviewConfig({
    PREVIEW_SECRET: SECRET,
    PREVIEW_CMS_TOKEN: previewToken,
    CMS_URL: cmsUrl,
    PREVIEW_PORT: '0',
    PREVIEW_PUBLISHED_CACHE_SECONDS: '0',
  });
  server = await createPreviewServer(config, { log: () => {} });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe('draft preview', () => {
  it('shows a draft article as the site renders it, marked as a draft, not indexed and not cached', async () => {
    const response = await fetch(link('article', await documentId('articles', DRAFT_SLUG)));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain(`<h1 class="text-3xl mb-2">${DRAFT_TITLE}</h1>`);
    expect(html).toContain('Bản nháp — chưa xuất bản');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toBe(`frame-ancestors 'self' ${new URL(cmsUrl).origin}`);
    // The site's own layout and styles: header, navigation, Tailwind CSS.
    expect(html).toContain('Bỏ qua, đến nội dung chính');
    expect(html).toMatch(/<style>[^<]*\.container-page/);
  });

  it('shows the current draft of a published entry of every previewable type', async () => {
    const entries: [PreviewType, string, string][] = [
      ['project', 'projects', 'de-an-938'],
      ['video', 'videos', 'ban-nhap-video-tong-ket-de-an-939'],
    ];
    for (const [type, collection, slug] of entries) {
      const response = await fetch(link(type, await documentId(collection, slug)));
      expect(response.status, `${type} ${slug}`).toBe(200);
      expect(await response.text()).toContain('Bản nháp — chưa xuất bản');
    }
    for (const [type, collection] of [
      ['training-course', 'trainingCourses'],
      ['award', 'awards'],
      ['cadre', 'cadres'],
      ['legal-document', 'legalDocuments'],
    ] as const) {
      const list = await fetch(`${cmsUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${previewToken}` },
        body: JSON.stringify({ query: `{ ${collection}(status: DRAFT, pagination: { limit: 1 }) { documentId } }` }),
      });
      const id = ((await list.json()) as any).data[collection][0].documentId as string;
      const response = await fetch(link(type, id));
      expect(response.status, type).toBe(200);
      expect(await response.text()).toContain('Bản nháp — chưa xuất bản');
    }
    // Every previewable type is among the ones above: a new type gets its preview checked.
    expect(Object.keys(PREVIEW_TYPES).sort()).toEqual(['article', 'award', 'cadre', 'legal-document', 'project', 'training-course', 'video']);
  });

  it('refuses forged, tampered and expired links with 403 and shows nothing of the draft', async () => {
    const id = await documentId('articles', DRAFT_SLUG);
    const valid = link('article', id);
    const forged = `${base}${signPreviewPath({ type: 'article', documentId: id }, 'someone-elses-secret-0123456789', new Date(Date.now() + 600_000))}`;
    const tampered = valid.replace(/expires=(\d+)/, (_, value: string) => `expires=${Number(value) + 3600}`);
    const expired = link('article', id, new Date(Date.now() - 1000));
    const unsigned = `${base}/preview/article/${id}`;
    for (const url of [forged, tampered, expired, unsigned]) {
      const response = await fetch(url);
      const html = await response.text();
      expect(response.status, url).toBe(403);
      expect(html).not.toContain('Kế hoạch tập huấn');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers 404 for an entry the CMS does not have, and serves nothing but previews', async () => {
    expect((await fetch(link('article', 'nosuchdocument000000000'))).status).toBe(404);
    expect((await fetch(`${base}/tin-tuc/`)).status).toBe(404);
  });

  it('keeps drafts and the preview token out of the static build', () => {
    expect(previewToken).not.toBe(token);
    for (const file of listFiles(outDir, (name) => /\.(html|xml|json|txt|js|css)$/.test(name))) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes(previewToken), file).toBe(false);
      expect(text.includes(DRAFT_TITLE), file).toBe(false);
      expect(text.includes('Bản nháp — chưa xuất bản'), file).toBe(false);
    }
  });
});
