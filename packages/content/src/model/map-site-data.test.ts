import { rawArticle, rawCadre, rawCategory, rawLegalDocument, rawProject, rawSettings, rawSiteData, rawTag } from '@hoilhpn/testing/raw-site-data';
import { describe, expect, it } from 'vitest';
import { ContentFetchError } from '../client/errors.js';
import { mapSiteData, RELATION_LIMIT, type RawSiteData } from './map-site-data.js';
import { relationsOf } from './relations.js';
import { articleSearchText } from './article-search-text.js';

const media = (name: string, alternativeText: string | null = null) => ({
  documentId: `m-${name}`,
  url: `/uploads/${name}`,
  name,
  alternativeText,
  caption: null,
  width: 1200,
  height: 800,
  mime: 'image/png',
  ext: '.png',
  size: 10,
  formats: { small: { url: `/uploads/small_${name}`, width: 500, height: 333 }, thumbnail: { url: `/uploads/thumbnail_${name}`, width: 234, height: 156 } },
});

function raw(overrides: Partial<RawSiteData> = {}): RawSiteData {
  const article = rawArticle({
    title: 'Hoà Bình: tin',
    slug: 'hoa-binh-tin',
    lead: 'Sapo',
    author: 'Kim Quế',
    publishedDate: '2023-11-20T17:00:00.000Z',
    publishedAt: '2023-11-20T18:00:00.000Z',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Đoạn một' }] }],
    cover: media('cover.png'),
    coverCaption: 'Hội nghị',
    category: { documentId: 'c1' },
    tags: [{ documentId: 't1' }, { documentId: 't1' }, null],
    awards: [{ documentId: 'w1' }],
    projects: [{ documentId: 'p1' }],
  });
  return rawSiteData<RawSiteData>({
    articles: [
      article,
      { ...article, documentId: 'a2', slug: 'tin-hai', title: 'Tin hai', publishedDate: '2023-12-01T00:00:00.000Z', cover: null, awards: [], projects: [] },
    ],
    categories: [rawCategory()],
    tags: [rawTag()],
    projects: [rawProject({ period: '2017–2025', startYear: 2017, endYear: 2025 })],
    videos: [
      {
        documentId: 'v1',
        title: 'Video',
        slug: 'video',
        youtubeUrl: 'https://evil.example/x',
        file: null,
        poster: null,
        captions: null,
        durationSeconds: null,
        publishedDate: '2023-01-01T00:00:00Z',
        description: null,
        project: { documentId: 'p1' },
        updatedAt: null,
      },
    ],
    cadres: [rawCadre({ awards: [{ documentId: 'w1' }] })],
    awards: [
      {
        documentId: 'w1',
        title: 'Biểu dương',
        slug: 'bieu-duong',
        level: 'tinh',
        period: '2021–2023',
        date: null,
        decisionNumber: null,
        issuer: null,
        description: null,
        tally: [
          { label: 'A', count: 27 },
          { label: 'B', count: 68 },
        ],
        updatedAt: null,
      },
    ],
    legalDocuments: [
      rawLegalDocument({
        title: 'Kế hoạch tổ chức Ngày Phụ nữ Việt Nam',
        slug: 'ke-hoach-20-10',
        number: ' 15/KH-HPN ',
        issuer: 'Ban Thường vụ',
        issuedDate: '2024-09-20',
        file: { ...media('ke-hoach.pdf'), mime: 'application/pdf', width: null, height: null },
        projects: [{ documentId: 'p1' }, { documentId: 'unpublished' }],
        articles: [{ documentId: 'a2' }],
      }),
      rawLegalDocument({
        documentId: 'd2',
        title: 'Nghị quyết Đại hội',
        slug: 'nghi-quyet-dai-hoi',
        kind: 'nghi_quyet',
        issuedDate: '2021-05-10',
        effectiveDate: '2021-06-01',
        summary: 'Tóm tắt',
      }),
    ],
    settings: rawSettings({ featuredArticles: [{ documentId: 'a1' }] }),
    ...overrides,
  });
}

describe('mapSiteData', () => {
  const data = mapSiteData(raw(), 'http://cms.local:1337/');

  it('keeps relations as ids of published entries, de-duplicated; relationsOf resolves them the other way', () => {
    const [newest, seed] = data.articles;
    const relations = relationsOf(data);
    const slugs = (list: readonly { slug: string }[]) => list.map((entry) => entry.slug);
    expect(newest!.slug).toBe('tin-hai');
    expect(seed!.tagIds.map((id) => data.tags.find((tag) => tag.id === id)!.slug)).toEqual(['boi-duong']);
    expect(slugs(relations.articlesByTag(data.tags[0]!.id))).toEqual(['tin-hai', 'hoa-binh-tin']);
    expect(relations.articlesByCategory(data.categories[0]!.id)).toHaveLength(2);
    expect(relations.recipientsByAward(data.awards[0]!.id).map((cadre) => cadre.fullName)).toEqual(['Bùi Thị Hoa']);
    expect(slugs(relations.articlesByAward(data.awards[0]!.id))).toEqual(['hoa-binh-tin']);
    expect(slugs(relations.videosByProject(data.projects[0]!.id))).toEqual(['video']);
    expect(slugs(relations.articlesByProject(data.projects[0]!.id))).toEqual(['hoa-binh-tin']);
    expect(data.settings.featuredArticleIds).toEqual([seed!.id]);
    // Related articles are the ones published before: the older article lists none, the newer lists it.
    expect(slugs(relations.relatedArticles(seed!))).toEqual([]);
    expect(slugs(relations.relatedArticles(newest!))).toEqual(['hoa-binh-tin']);
    expect(relations.articlesByTag('no-such-tag')).toEqual([]);
  });

  it('maps documents (Văn bản): labelled kind, year, trimmed number, the file as media, links to published entries only, newest first', () => {
    const [plan, resolution] = data.legalDocuments;
    expect(plan).toMatchObject({
      url: '/van-ban/ke-hoach-20-10/',
      kindLabel: 'Kế hoạch',
      number: '15/KH-HPN',
      year: 2024,
      projectIds: ['p1'],
      articleIds: ['a2'],
    });
    expect(plan!.file).toMatchObject({ src: 'http://cms.local:1337/uploads/ke-hoach.pdf', mime: 'application/pdf' });
    expect(data.media).toContain(plan!.file);
    expect(resolution).toMatchObject({ kindLabel: 'Nghị quyết', number: null, year: 2021, effectiveDate: '2021-06-01', summary: 'Tóm tắt', file: null });
    const relations = relationsOf(data);
    expect(relations.legalDocumentsByProject('p1').map((document) => document.slug)).toEqual(['ke-hoach-20-10']);
    expect(relations.legalDocumentsByArticle('a2').map((document) => document.slug)).toEqual(['ke-hoach-20-10']);
  });

  it('leaves out a figure that has a caption but no picture, and tells the editors', () => {
    const base = raw();
    const figures = [
      { image: null, caption: 'Ảnh: Hội nghị tổng kết', alt: null, afterParagraph: 1 },
      { image: media('hoi-nghi.png', 'Đại biểu dự hội nghị'), caption: 'Đại biểu dự hội nghị', alt: null, afterParagraph: 2 },
    ];
    const mapped = mapSiteData(raw({ articles: [{ ...base.articles[0]!, figures }] as any }), 'http://cms.local/');
    expect(mapped.articles[0]!.figures.map((figure) => figure.caption)).toEqual(['Đại biểu dự hội nghị']);
    expect(mapped.warnings).toContain(
      'figure without image: "Ảnh: Hội nghị tổng kết" in article "Hoà Bình: tin" is not shown; add the picture or remove the figure',
    );
  });

  it('shows the publish time when "Ngày đăng" is empty, and refuses an entry with neither', () => {
    const base = raw();
    const undated = { ...base.articles[0]!, publishedDate: null };
    expect(mapSiteData(raw({ articles: [undated] as any }), 'http://cms.local/').articles[0]!.publishedDate).toBe('2023-11-20T18:00:00.000Z');
    expect(() => mapSiteData(raw({ articles: [{ ...undated, publishedAt: null }] as any }), 'http://cms.local/')).toThrow(
      /^article "hoa-binh-tin" has neither publishedDate nor publishedAt/,
    );
  });

  it('sums the award tally, labels enumerations in Vietnamese and builds readable URLs', () => {
    expect(data.awards[0]!.total).toBe(95);
    expect(data.awards[0]!.levelLabel).toBe('Cấp tỉnh');
    expect(data.cadres[0]!.positionLabel).toBe('Chủ tịch');
    expect(data.projects[0]!.statusLabel).toBe('Đã kết thúc');
    expect(data.articles[1]!.url).toBe('/tin-tuc/hoa-binh-tin/');
  });

  it('makes media URLs absolute, keeps Strapi formats as variants and warns about missing alt text', () => {
    const cover = data.articles[1]!.cover!;
    expect(cover.sourceUrl).toBe('http://cms.local:1337/uploads/cover.png');
    expect(cover.variants.map((variant) => variant.width)).toEqual([234, 500]);
    expect(cover.alt).toBe('Hội nghị');
    expect(data.warnings).toContain('missing alt text: image "cover.png" in article "Hoà Bình: tin" (showing "Hội nghị" instead)');
  });

  it('refuses a video URL outside the allow-list with a warning naming the entry', () => {
    expect(data.videos[0]!.youtubeId).toBeNull();
    expect(data.warnings).toContain('refused video URL: "https://evil.example/x" in video "Video" (video) is not an allowed YouTube address');
  });

  it('gives every text in NFC, also what the CMS holds decomposed (NFD)', () => {
    const input = raw();
    const article = input.articles[0] as any;
    Object.assign(article, { title: 'Hoà Bình: tin'.normalize('NFD'), author: 'Kim Quế'.normalize('NFD'), coverCaption: 'Hội nghị'.normalize('NFD') });
    article.body[0].children[0].text = 'Đoạn một'.normalize('NFD');
    const mapped = mapSiteData(input, 'http://cms.local/');
    const seed = mapped.articles.find((item) => item.id === 'a1')!;
    expect(seed.title).toBe('Hoà Bình: tin');
    expect(seed.author).toBe('Kim Quế');
    expect(seed.coverCaption).toBe('Hội nghị');
    expect(seed.cover!.alt).toBe('Hội nghị');
    expect(JSON.stringify(seed.body)).toContain('Đoạn một');
    expect(mapped.warnings.every((warning) => warning === warning.normalize('NFC'))).toBe(true);
  });

  it('with a set of normalised entries, normalises only entries it has not seen, and remembers them', () => {
    const normalized = new WeakSet<object>();
    const input = raw();
    const article = input.articles[0] as any;
    article.title = 'Hoà Bình: tin'.normalize('NFD');
    expect(mapSiteData(input, 'http://cms.local/', { normalized }).articles.find((item) => item.id === 'a1')!.title).toBe('Hoà Bình: tin');
    expect(normalized.has(article)).toBe(true);
    expect(normalized.has(input.settings as object)).toBe(true);
    // A patched snapshot: the same entry object, and a new one fetched again with decomposed text.
    const refetched = { ...article, documentId: 'a9', slug: 'moi', title: 'Phụ nữ Đà Bắc'.normalize('NFD') };
    const next = { ...input, articles: [...input.articles, refetched] } as RawSiteData;
    const mapped = mapSiteData(next, 'http://cms.local/', { normalized });
    expect(mapped.articles.find((item) => item.id === 'a9')!.title).toBe('Phụ nữ Đà Bắc');
    expect(normalized.has(refetched)).toBe(true);
  });

  it('folds the search text', () => {
    expect(articleSearchText(data.articles[1]!)).toContain('hoa binh: tin');
  });

  it('fails when a relation list reaches the query limit and may have been cut', () => {
    const many = Array.from({ length: RELATION_LIMIT }, (_, index) => ({ documentId: `t${index}` }));
    const input = raw();
    (input.articles[0] as any).tags = many;
    expect(() => mapSiteData(input, 'http://cms')).toThrow(ContentFetchError);
    expect(() => mapSiteData(input, 'http://cms')).toThrow(/article "Hoà Bình: tin" tags: 100 related entries/);
  });
});
