import {
  rawArticle,
  rawCadre,
  rawCategory,
  rawLegalDocument,
  rawProject,
  rawSettings,
  rawSiteData,
  rawTag,
  type RawSample,
} from '@hoilhpn/testing/raw-site-data';
import { describe, expect, it } from 'vitest';
import { mapSiteData, type RawSiteData } from '@hoilhpn/content';
import { computeRoutes, paramsOf, type RouteTable } from './index';
import { canonicalJson, fingerprint, routesManifest, sameJson } from './fingerprint';

const SITE = 'https://phunu.example.vn';

const article = (index: number, extra: RawSample = {}) =>
  rawArticle({
    documentId: `a${index}`,
    title: `Tin số ${index}`,
    slug: `tin-so-${index}`,
    lead: `Sapo ${index}`,
    publishedDate: `2023-01-${String(index).padStart(2, '0')}T08:00:00.000Z`,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: `Nội dung ${index}` }] }],
    ...extra,
  });

/**
 * 26 articles: 25 in category c1 and tag t1 (two list pages each: 13 on the first, the oldest 12 on
 * the second), article 26 alone in category c2 and in project p1.
 */
function raw(change: (articles: RawSample[]) => void = () => {}): RawSiteData {
  const articles = Array.from({ length: 25 }, (_, index) => article(index + 1, { category: { documentId: 'c1' }, tags: [{ documentId: 't1' }] }));
  articles.push(article(26, { category: { documentId: 'c2' }, projects: [{ documentId: 'p1' }] }));
  change(articles);
  return rawSiteData<RawSiteData>({
    articles,
    categories: [rawCategory(), rawCategory({ documentId: 'c2', name: 'Gương điển hình', slug: 'guong-dien-hinh', order: 2 })],
    tags: [rawTag()],
    projects: [rawProject()],
    cadres: [rawCadre()],
    legalDocuments: [
      rawLegalDocument({ number: '1/KH-HPN', projects: [{ documentId: 'p1' }], articles: [{ documentId: 'a26' }] }),
      rawLegalDocument({ documentId: 'd2', title: 'Nghị quyết số 2', slug: 'nghi-quyet-so-2', kind: 'nghi_quyet', issuedDate: '2023-05-01' }),
    ],
    settings: rawSettings({ socialLinks: [{ label: 'Độc', url: 'javascript:alert(1)' }] }),
  });
}

const table = (input = raw()) => computeRoutes(mapSiteData(input, 'http://cms.local'), SITE);
const OPTIONS = { codeVersion: 'code-1', site: SITE };
const fingerprints = (routes: RouteTable) => routesManifest(routes.routes, OPTIONS).routes;

describe('the route table', () => {
  const routes = table();
  const paths = routes.routes.map((route) => route.path);

  it('has every page once, list pages 2 and later included', () => {
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of [
      '/',
      '/tin-tuc/',
      '/tin-tuc/trang/2/',
      '/tin-tuc/tin-so-1/',
      '/chuyen-muc/tin-hoat-dong/trang/2/',
      '/the/boi-duong/',
      '/the/boi-duong/trang/2/',
      '/de-an/de-an-939/',
      '/can-bo/dia-ban/huyen-lac-son/',
      '/can-bo/chuc-danh/chu-tich/',
      '/tim-kiem/',
      '/404.html',
      '/rss.xml',
      '/sitemap.xml',
    ]) {
      expect(paths).toContain(path);
    }
    expect(paths).not.toContain('/the/boi-duong/trang/3/');
  });

  it('lists in the sitemap every page but 404 and search, and nothing else', () => {
    const sitemap = routes.get('/sitemap.xml');
    if (sitemap?.template !== 'sitemap') throw new Error('no sitemap route');
    const pages = routes.routes.filter((route) => route.path.endsWith('/')).map((route) => route.path);
    expect(sitemap.data.entries.map((entry) => entry.path)).toEqual(pages.filter((path) => path !== '/tim-kiem/'));
  });

  it('gives each page file the params of its path', () => {
    const tagPage = routes.get('/the/boi-duong/trang/2/')!;
    expect(tagPage.template).toBe('tag');
    expect(paramsOf(tagPage)).toEqual({ slug: 'boi-duong', page: 'trang/2' });
    expect(paramsOf(routes.get('/tin-tuc/')!)).toEqual({ page: undefined });
    expect(paramsOf(routes.get('/can-bo/chuc-danh/chu-tich/')!)).toEqual({ position: 'chu-tich' });
  });

  it('holds plain data: JSON gives it back unchanged, and lists hold cards, not whole articles', () => {
    for (const route of routes.routes) expect(JSON.parse(JSON.stringify(route.data)), route.path).toEqual(route.data);
    const news = routes.get('/tin-tuc/')!;
    if (news.template !== 'news') throw new Error('no news route');
    // 26 articles: the oldest 12 on page 2, the other 14 on page 1.
    expect(news.data.items).toHaveLength(14);
    expect(Object.keys(news.data.items[0]!).sort()).toEqual(['category', 'cover', 'lead', 'publishedDate', 'title', 'url']);
  });

  it('shows the same header and footer on every page, refused links left out', () => {
    const home = routes.get('/')!;
    if (home.template !== 'home') throw new Error('no home route');
    expect(home.data.chrome.social).toEqual([]);
    expect(home.data.chrome.navigation.map((link) => link.url)).toContain('/tin-tuc/');
  });

  it("gives the organisation's logo: Cài đặt trang's when set, else the site's default", () => {
    const home = routes.get('/')!;
    if (home.template !== 'home') throw new Error('no home route');
    expect(home.data.chrome.logo).toEqual({ src: '/logo.png', width: 512, height: 512 });
    const logo = {
      documentId: 'm1',
      url: '/uploads/logo_hoi.png',
      name: 'logo_hoi.png',
      alternativeText: 'Logo Hội',
      caption: null,
      width: 600,
      height: 600,
      mime: 'image/png',
      ext: '.png',
      size: 20,
      formats: null,
      updatedAt: null,
    };
    const withLogo = table({ ...raw(), settings: { ...raw().settings!, logo } as any }).get('/')!;
    if (withLogo.template !== 'home') throw new Error('no home route');
    expect(withLogo.data.chrome.logo).toEqual({ src: 'http://cms.local/uploads/logo_hoi.png', width: 600, height: 600 });
  });
});

describe('the introduction and the English page', () => {
  const cadre = (documentId: string, fullName: string, position: string, extra: RawSample = {}) =>
    rawCadre({ documentId, fullName, slug: documentId, position, unit: 'Hội LHPN tỉnh', district: null, province: null, ...extra });
  const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
  const withIntroduction = (introduction: unknown): RawSiteData => ({
    ...raw(),
    cadres: [
      cadre('k2', 'Trần Thị Minh Hằng', 'chu_tich', {
        positionTitle: 'Chủ tịch Hội LHPN tỉnh',
        officePhone: ' 0218 3000 001 ',
        officialEmail: 'chutich@hoi.example.vn',
      }),
      cadre('k3', 'Lê Thị Vân', 'pho_chu_tich'),
    ] as any,
    settings: { ...raw().settings!, address: 'Số 1 đường Mẫu', phone: '0218 3000 000', email: 'lienhe@hoi.example.vn' } as any,
    introduction: introduction as any,
  });
  const published = {
    functions: paragraph('Chức năng'),
    structure: paragraph('Cơ cấu'),
    leaders: [{ documentId: 'k3' }, { documentId: 'gone' }, { documentId: 'k2' }],
    workingHours: 'Thứ Hai đến thứ Sáu',
    nameEn: null,
    introductionEn: paragraph('About'),
    structureEn: null,
    addressEn: 'No. 1 Mau Street',
    workingHoursEn: null,
    updatedAt: '2026-12-01T00:00:00.000Z',
  };

  it('exist only once Giới thiệu is published, and the header links to the English page only then', () => {
    const without = table();
    expect(without.get('/gioi-thieu/')).toBeUndefined();
    expect(without.get('/en/')).toBeUndefined();
    expect((without.get('/')!.data as { chrome: { english: string | null } }).chrome.english).toBeNull();
    const routes = table(withIntroduction(published));
    expect(routes.get('/gioi-thieu/')?.template).toBe('introduction');
    expect(routes.get('/en/')?.template).toBe('english');
    expect((routes.get('/tin-tuc/')!.data as { chrome: { english: string | null } }).chrome.english).toBe('/en/');
    expect(paramsOf(routes.get('/en/')!)).toEqual({});
  });

  it("shows the leaders in the editors' order with official contacts only, unpublished ones left out", () => {
    const page = table(withIntroduction(published)).get('/gioi-thieu/')!;
    if (page.template !== 'introduction') throw new Error('no introduction route');
    expect(page.data.leaders).toEqual([
      { url: '/can-bo/k3/', fullName: 'Lê Thị Vân', title: 'Phó Chủ tịch', photo: null, officePhone: null, officialEmail: null },
      {
        url: '/can-bo/k2/',
        fullName: 'Trần Thị Minh Hằng',
        title: 'Chủ tịch Hội LHPN tỉnh',
        photo: null,
        officePhone: '0218 3000 001',
        officialEmail: 'chutich@hoi.example.vn',
      },
    ]);
    expect(page.data.contact).toEqual({ address: 'Số 1 đường Mẫu', phone: '0218 3000 000', email: 'lienhe@hoi.example.vn' });
    expect(page.data.workingHours).toBe('Thứ Hai đến thứ Sáu');
  });

  it('gives the English page English titles and falls back to the Vietnamese name and address where no English is given', () => {
    const page = table(withIntroduction(published)).get('/en/')!;
    if (page.template !== 'english') throw new Error('no English route');
    expect(page.data.name).toBe('Hội LHPN');
    expect(page.data.leaders.map((leader) => leader.title)).toEqual(['Vice President', 'President']);
    expect(page.data.contact.address).toBe('No. 1 Mau Street');
    expect(page.data.structure).toEqual([]);
    const noEnglishAddress = table(withIntroduction({ ...published, addressEn: '  ', nameEn: "Hoa Binh Provincial Women's Union" })).get('/en/')!;
    if (noEnglishAddress.template !== 'english') throw new Error('no English route');
    expect(noEnglishAddress.data.contact.address).toBe('Số 1 đường Mẫu');
    expect(noEnglishAddress.data.name).toBe("Hoa Binh Provincial Women's Union");
  });
});

describe('route fingerprints', () => {
  it('are the same for the same data whatever the order of its keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
    const route = table().get('/tin-tuc/tin-so-1/')!;
    const reordered = { ...route, data: Object.fromEntries(Object.entries(route.data).reverse()) } as typeof route;
    expect(fingerprint(reordered, OPTIONS)).toBe(fingerprint(route, OPTIONS));
    expect(fingerprints(table())).toEqual(fingerprints(table()));
  });

  it('are taken over from the last build exactly when sameJson says the data is the same', () => {
    const shared = { body: [{ type: 'paragraph', children: [{ text: 'Chung' }] }] };
    const pairs: Array<[unknown, unknown]> = [
      [
        { a: 1, b: 'x' },
        { b: 'x', a: 1 },
      ],
      [{ a: 1, b: undefined }, { a: 1 }],
      [{ a: 1 }, { a: 1, b: null }],
      [
        [1, undefined],
        [1, null],
      ],
      [
        [1, 2],
        [1, 2, 3],
      ],
      [{ a: 'Hòa' }, { a: 'Hoà' }],
      [{ a: 0 }, { a: '0' }],
      [{ a: Number.NaN }, { a: null }],
      [{ list: [] }, { list: {} }],
      [{ shared }, { shared }],
      [{ shared }, { shared: structuredClone(shared) }],
      [{ shared }, { shared: { body: [{ type: 'paragraph', children: [{ text: 'Khác' }] }] } }],
    ];
    for (const [a, b] of pairs) expect(sameJson(a, b), JSON.stringify([a, b])).toBe(canonicalJson(a) === canonicalJson(b));
    // Every route of the table against itself, a fresh copy and its neighbour.
    const routes = table().routes;
    const again = table().routes;
    routes.forEach((route, index) => {
      expect(sameJson(route.data, again[index]!.data)).toBe(true);
      const next = routes[(index + 1) % routes.length]!;
      expect(sameJson(route.data, next.data)).toBe(canonicalJson(route.data) === canonicalJson(next.data));
    });
    // What a reuse function gives is used; the rest is hashed.
    const reused = routesManifest(routes, OPTIONS, (route) => (route.path === '/' ? 'kept' : undefined)).routes;
    expect(reused['/']!.fingerprint).toBe('kept');
    expect(reused['/tin-tuc/']!.fingerprint).toBe(
      fingerprint(
        routes.find((route) => route.path === '/tin-tuc/')!,
        OPTIONS,
      ),
    );
  });

  it('change with the code version and the site address', () => {
    const route = table().get('/')!;
    expect(fingerprint(route, { ...OPTIONS, codeVersion: 'code-2' })).not.toBe(fingerprint(route, OPTIONS));
    expect(fingerprint(route, { ...OPTIONS, site: 'https://other.example' })).not.toBe(fingerprint(route, OPTIONS));
  });

  it("change for an edited article's page and the lists that show it, not for unrelated pages", () => {
    const before = fingerprints(table());
    const after = fingerprints(table(raw((articles) => (articles[0]!.title = 'Tin số 1, sửa lại'))));
    const changed = Object.keys(before)
      .filter((path) => before[path]!.fingerprint !== after[path]!.fingerprint)
      .sort();
    // Article 1 is the oldest of c1/t1: on page 2 of the news, its category and its tag, in the feed, and
    // among the related articles of the four published just after it (related lists hold earlier articles).
    expect(changed).toEqual([
      '/chuyen-muc/tin-hoat-dong/trang/2/',
      '/rss.xml',
      '/the/boi-duong/trang/2/',
      '/tin-tuc/tin-so-1/',
      '/tin-tuc/tin-so-2/',
      '/tin-tuc/tin-so-3/',
      '/tin-tuc/tin-so-4/',
      '/tin-tuc/tin-so-5/',
      '/tin-tuc/trang/2/',
    ]);
  });

  it('change for no other article page when a new article is published: only its own page, the lists’ first pages, home, feed and sitemap', () => {
    const before = fingerprints(table());
    const after = fingerprints(table(raw((articles) => articles.push(article(27, { category: { documentId: 'c1' }, tags: [{ documentId: 't1' }] })))));
    const changed = Object.keys(after)
      .filter((path) => before[path]?.fingerprint !== after[path]!.fingerprint)
      .sort();
    // Pages 2 and later hold the oldest articles in fixed cuts: a new one does not move them.
    expect(changed).toEqual(['/', '/chuyen-muc/tin-hoat-dong/', '/rss.xml', '/sitemap.xml', '/the/boi-duong/', '/tin-tuc/', '/tin-tuc/tin-so-27/']);
  });

  it('change for the project page when an article is linked to it, and for the related pages of a new neighbour', () => {
    const before = fingerprints(table());
    const after = fingerprints(table(raw((articles) => (articles[12]!.projects = [{ documentId: 'p1' }]))));
    const changed = Object.keys(before)
      .filter((path) => before[path]!.fingerprint !== after[path]!.fingerprint)
      .sort();
    expect(changed).toEqual(['/de-an/de-an-939/', '/tin-tuc/tin-so-13/']);
  });

  it('change for every page when the site name changes (it is in the header)', () => {
    const before = fingerprints(table());
    const after = fingerprints(table({ ...raw(), settings: { ...raw().settings!, siteName: 'Hội LHPN tỉnh' } }));
    const unchanged = Object.keys(before).filter((path) => before[path]!.fingerprint === after[path]!.fingerprint);
    expect(unchanged).toEqual(['/sitemap.xml']);
  });
});
