import { beforeAll, describe, expect, it } from 'vitest';
import { adminSession, contentManager } from './harness/admin-session';
import { startTestServer } from './harness/strapi-server';

let token: string;
let url: string;

beforeAll(async () => {
  ({ url, token } = await adminSession());
});

const paragraphWithLink = (href: string) => [
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Xem ' },
      { type: 'link', url: href, children: [{ type: 'text', text: 'tại đây' }] },
    ],
  },
];

describe('links editors save', () => {
  it.each(['/\\evil.example/x', '//evil.example/y', '/%2f%2fevil.example/z', 'javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<b>x</b>'])(
    'refuses the rich-text link %j with a Vietnamese message naming the field, and stores nothing',
    async (href) => {
      const { strapi } = await startTestServer();
      const before = await strapi.db.query('api::article.article').count();
      const response = await contentManager(url, token, 'POST', '/collection-types/api::article.article', {
        title: `Bài có liên kết xấu ${before}`,
        body: paragraphWithLink(href),
      });
      expect(response.status).toBe(400);
      expect(response.json.error.message).toContain(`Liên kết "${href}" ở trường "body" không dùng được`);
      expect(response.json.error.details.errors[0].path).toEqual(['body']);
      expect(await strapi.db.query('api::article.article').count()).toBe(before);
    },
  );

  it('accepts http(s), mailto, tel and paths on the site', async () => {
    for (const href of ['https://phunu.example.vn/tin-tuc/', 'mailto:hoi@example.vn', 'tel:+842183852000', '/de-an/']) {
      const response = await contentManager(url, token, 'POST', '/collection-types/api::article.article', {
        title: `Bài có liên kết tốt ${href}`,
        body: paragraphWithLink(href),
      });
      expect(response.status, href).toBe(201);
    }
  });

  it('refuses an unsafe menu link in the site settings and keeps the menu as it was', async () => {
    const before = await contentManager(url, token, 'GET', '/single-types/api::site-setting.site-setting');
    const navigation = before.json.data.navigation.map(({ label, url: href }: { label: string; url: string }) => ({ label, url: href }));
    const response = await contentManager(url, token, 'PUT', '/single-types/api::site-setting.site-setting', {
      ...pick(before.json.data, ['siteName', 'shortName']),
      navigation: [...navigation, { label: 'Lừa', url: '/\\evil.example' }],
    });
    expect(response.status).toBe(400);
    expect(response.json.error.details.errors[0].path).toEqual(['navigation', String(navigation.length), 'url']);
    const after = await contentManager(url, token, 'GET', '/single-types/api::site-setting.site-setting');
    expect(after.json.data.navigation.map((link: { url: string }) => link.url)).toEqual(navigation.map((link: { url: string }) => link.url));
  });
});

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]));
}
