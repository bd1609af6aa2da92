import { ContentFetchError } from '../client/errors.js';
import { uniqueByDocumentId } from '../client/unique-by-document-id.js';
import type {
  ArticlesPageQuery,
  AwardsPageQuery,
  CadresPageQuery,
  CategoriesPageQuery,
  IntroductionQuery,
  LegalDocumentsPageQuery,
  MediaFragment,
  ProjectsPageQuery,
  SiteSettingsQuery,
  TagsPageQuery,
  TrainingCoursesPageQuery,
  VideosPageQuery,
} from '../generated/graphql.js';
import { asBlocks } from './block-text.js';
import { DOCUMENT_KIND_LABELS, LEVEL_LABELS, POSITION_LABELS, PROJECT_STATUS_LABELS, TRAINING_KIND_LABELS, labelOf } from './labels.js';
import { routes } from './routes.js';
import type { Article, Award, Block, Cadre, Category, LegalDocument, MediaAsset, Project, SiteData, Tag, TrainingCourse, Video } from './types.js';
import { youtubeId } from './youtube-id.js';
import { nfcInPlace } from '@hoilhpn/vietnamese';

type NodeOf<Q> = Q extends { page: { nodes: Array<infer N> } | null } ? N : never;

/** Everything the CMS gave, one array per type (see load-site-data.ts). */
export interface RawSiteData {
  articles: NodeOf<ArticlesPageQuery>[];
  categories: NodeOf<CategoriesPageQuery>[];
  tags: NodeOf<TagsPageQuery>[];
  projects: NodeOf<ProjectsPageQuery>[];
  videos: NodeOf<VideosPageQuery>[];
  trainingCourses: NodeOf<TrainingCoursesPageQuery>[];
  cadres: NodeOf<CadresPageQuery>[];
  awards: NodeOf<AwardsPageQuery>[];
  legalDocuments: NodeOf<LegalDocumentsPageQuery>[];
  settings: SiteSettingsQuery['siteSetting'];
  /** Null until editors publish Giới thiệu; hand-made data (tests, the benchmark's) may leave it out. */
  introduction?: IntroductionQuery['introduction'];
}

/** The relation limit in the queries: a full list may have been cut. */
export const RELATION_LIMIT = 100;

/** "Ngày đăng" may be left empty; the CMS fills it on publish, and the publish time stands in for older entries. */
function dateShown(node: { publishedDate: string | null; publishedAt: string | null; slug: string }, kind: string): string {
  const date = node.publishedDate ?? node.publishedAt;
  if (!date) throw new ContentFetchError('graphql', `${kind} "${node.slug}" has neither publishedDate nor publishedAt: is it really published?`);
  return date;
}

const byDate = (a: { publishedDate: string }, b: { publishedDate: string }) => b.publishedDate.localeCompare(a.publishedDate);

export interface MapOptions {
  /**
   * Entries whose text is known to be NFC already: skipped by the
   * normalisation, and the entries normalised now are added. A build server
   * keeps one between builds, since a patched snapshot keeps its unchanged
   * entries (the same objects) from one publish to the next.
   */
  normalized?: WeakSet<object>;
}

/** nfcInPlace over every entry of `raw`, but the entries `normalized` holds. */
function normalizeToNfc(raw: RawSiteData, normalized: WeakSet<object> | undefined): void {
  if (!normalized) {
    nfcInPlace(raw);
    return;
  }
  for (const value of Object.values(raw) as unknown[]) {
    const entries = Array.isArray(value) ? value : [value];
    for (const entry of entries) {
      if (entry === null || typeof entry !== 'object' || normalized.has(entry)) continue;
      nfcInPlace(entry);
      normalized.add(entry);
    }
  }
}

/**
 * Turns the CMS's shapes into the site's flat model: text in Unicode NFC,
 * media URLs made absolute, relations de-duplicated and kept as ids of
 * published entries, labels in Vietnamese, editors' mistakes collected as
 * warnings. Reverse relations are relationsOf's (relations.ts).
 *
 * `raw`'s strings are normalised to NFC in place (nfcInPlace, @hoilhpn/vietnamese).
 */
export function mapSiteData(raw: RawSiteData, cmsUrl: string, { normalized }: MapOptions = {}): SiteData {
  normalizeToNfc(raw, normalized);
  const warnings: string[] = [];
  const media: MediaAsset[] = [];
  const base = cmsUrl.replace(/\/+$/, '');

  type MediaLike = Pick<MediaFragment, 'url' | 'name' | 'alternativeText' | 'width' | 'height' | 'mime' | 'size' | 'formats'> & { updatedAt?: string | null };

  /**
   * `alt` is what the editor wrote for this use (a figure's own alt); without
   * it and without the file's alternative text, `fallback` (a caption, a
   * title) stands in and the build warns, so editors can fix it.
   */
  function asset(file: MediaLike | null | undefined, usedBy: string, { alt: explicitAlt = '', fallback = '' }: { alt?: string | null; fallback?: string | null } = {}): MediaAsset | null {
    if (!file || typeof file.url !== 'string') return null;
    const sourceUrl = file.url.startsWith('/') ? `${base}${file.url}` : file.url;
    const given = (explicitAlt ?? '').trim() || (file.alternativeText ?? '').trim();
    const alt = given || (fallback ?? '').trim();
    if (!given && (file.mime ?? '').startsWith('image/')) {
      warnings.push(`missing alt text: image "${file.name}" in ${usedBy}${alt ? ` (showing "${alt.slice(0, 60)}" instead)` : ''}`);
    }
    const formats = (file.formats ?? {}) as Record<string, { url: string; width: number; height: number } | undefined>;
    const variants = Object.values(formats)
      .filter((format): format is { url: string; width: number; height: number } => Boolean(format?.url && format.width && format.height))
      .map((format) => ({ src: format.url.startsWith('/') ? `${base}${format.url}` : format.url, width: format.width, height: format.height, webp: null }))
      .sort((a, b) => a.width - b.width);
    const created: MediaAsset = {
      src: sourceUrl,
      sourceUrl,
      name: file.name,
      alt,
      altMissing: !given,
      width: file.width ?? null,
      height: file.height ?? null,
      mime: file.mime ?? 'application/octet-stream',
      size: file.size ?? 0,
      variants,
      webp: null,
      fileUpdatedAt: file.updatedAt ?? null,
    };
    media.push(created);
    return created;
  }

  /* Images inside rich text are media too: registered (so they are copied) with their caption kept. */
  function withBlockImages(blocks: Block[], usedBy: string): Block[] {
    return blocks.map((block) => {
      if (block.type !== 'image' || !block.image || typeof block.image !== 'object') return block;
      const image = block.image as MediaLike & { caption?: string | null };
      const mapped = asset(image, usedBy, { fallback: image.caption });
      return mapped ? { ...block, image: Object.assign(mapped, { caption: image.caption ?? null }) } : { ...block, type: 'paragraph', children: [] };
    });
  }

  function ids<T extends { documentId: string }>(list: readonly (T | null)[] | null | undefined, where: string): string[] {
    const items = list ?? [];
    if (items.length >= RELATION_LIMIT) {
      throw new ContentFetchError(
        'capped-relation',
        `CMS ${where}: ${items.length} related entries, the query's limit; the list may be cut. Raise the limit in packages/content/src/graphql/pages.graphql.`,
      );
    }
    return uniqueByDocumentId(items).map((item) => item.documentId);
  }

  /** Only ids of entries the site has: a link to an unpublished entry is no link. */
  const known = (list: string[], entries: ReadonlyMap<string, unknown>) => list.filter((id) => entries.has(id));

  const categories = new Map<string, Category>(
    raw.categories.map((node) => [
      node.documentId,
      { id: node.documentId, name: node.name, slug: node.slug, description: node.description ?? '', order: node.order ?? 0, url: routes.category(node.slug) },
    ]),
  );
  const tags = new Map<string, Tag>(raw.tags.map((node) => [node.documentId, { id: node.documentId, name: node.name, slug: node.slug, url: routes.tag(node.slug) }]));

  const projects = new Map<string, Project>(
    raw.projects.map((node) => [
      node.documentId,
      {
        id: node.documentId,
        code: node.code,
        title: node.title,
        shortTitle: node.shortTitle ?? `Đề án ${node.code}`,
        slug: node.slug,
        url: routes.project(node.slug),
        period: node.period,
        startYear: node.startYear,
        endYear: node.endYear,
        decision: node.decision,
        summary: node.summary ?? '',
        body: withBlockImages(asBlocks(node.body), `project "${node.title}"`),
        status: node.implementationStatus,
        statusLabel: labelOf(PROJECT_STATUS_LABELS, node.implementationStatus),
        cover: asset(node.cover, `project "${node.title}"`, { fallback: node.title }),
        documents: uniqueByDocumentId(node.documents).map((file) => asset(file, `project "${node.title}"`, { alt: file.name })!),
        updatedAt: node.updatedAt,
      },
    ]),
  );

  const videos = new Map<string, Video>();
  for (const node of raw.videos) {
    const id = youtubeId(node.youtubeUrl);
    if (node.youtubeUrl && !id) {
      warnings.push(`refused video URL: "${node.youtubeUrl}" in video "${node.title}" (${node.slug}) is not an allowed YouTube address`);
    }
    const video: Video = {
      id: node.documentId,
      title: node.title,
      slug: node.slug,
      url: routes.video(node.slug),
      youtubeId: id,
      file: asset(node.file, `video "${node.title}"`, { alt: node.title }),
      poster: asset(node.poster, `video "${node.title}"`, { alt: `Ảnh bìa video ${node.title}` }),
      captions: asset(node.captions, `video "${node.title}"`, { alt: 'Phụ đề' }),
      durationSeconds: node.durationSeconds,
      publishedDate: dateShown(node, 'video'),
      description: node.description ?? '',
      projectId: node.project && projects.has(node.project.documentId) ? node.project.documentId : null,
      updatedAt: node.updatedAt,
    };
    videos.set(video.id, video);
  }

  const trainingCourses = new Map<string, TrainingCourse>(
    raw.trainingCourses.map((node) => [
      node.documentId,
      {
        id: node.documentId,
        title: node.title,
        slug: node.slug,
        url: routes.course(node.slug),
        kind: node.kind,
        kindLabel: labelOf(TRAINING_KIND_LABELS, node.kind),
        level: node.level,
        levelLabel: labelOf(LEVEL_LABELS, node.level),
        organizer: node.organizer,
        partners: node.partners,
        location: node.location,
        startDate: node.startDate,
        endDate: node.endDate,
        year: Number(node.startDate.slice(0, 4)),
        classCount: node.classCount,
        participantCount: node.participantCount,
        audience: node.audience,
        description: withBlockImages(asBlocks(node.description), `course "${node.title}"`),
        updatedAt: node.updatedAt,
      },
    ]),
  );

  const awards = new Map<string, Award>(
    raw.awards.map((node) => {
      const tally = (node.tally ?? []).filter((item): item is { label: string; count: number } => Boolean(item));
      return [
        node.documentId,
        {
          id: node.documentId,
          title: node.title,
          slug: node.slug,
          url: routes.award(node.slug),
          level: node.level,
          levelLabel: labelOf(LEVEL_LABELS, node.level),
          period: node.period,
          date: node.date,
          decisionNumber: node.decisionNumber,
          issuer: node.issuer,
          description: node.description ?? '',
          tally,
          total: tally.reduce((sum, item) => sum + item.count, 0),
          updatedAt: node.updatedAt,
        },
      ];
    }),
  );

  const cadres = new Map<string, Cadre>();
  for (const node of raw.cadres) {
    const cadre: Cadre = {
      id: node.documentId,
      fullName: node.fullName,
      slug: node.slug,
      url: routes.cadre(node.slug),
      position: node.position,
      positionLabel: labelOf(POSITION_LABELS, node.position),
      positionTitle: node.positionTitle,
      unit: node.unit,
      district: node.district,
      province: node.province,
      photo: asset(node.photo, `cadre "${node.fullName}"`, { alt: `Ảnh ${node.fullName}` }),
      bio: node.bio ?? '',
      officePhone: node.officePhone?.trim() || null,
      officialEmail: node.officialEmail?.trim() || null,
      courseIds: known(ids(node.courses, `cadre "${node.fullName}" courses`), trainingCourses),
      awardIds: known(ids(node.awards, `cadre "${node.fullName}" awards`), awards),
      updatedAt: node.updatedAt,
    };
    cadres.set(cadre.id, cadre);
  }

  const articles: Article[] = [];
  for (const node of raw.articles) {
    const where = `article "${node.title}"`;
    const body = withBlockImages(asBlocks(node.body), where);
    const article: Article = {
      id: node.documentId,
      title: node.title,
      slug: node.slug,
      url: routes.article(node.slug),
      lead: node.lead ?? '',
      body,
      author: node.author,
      publishedDate: dateShown(node, 'article'),
      updatedAt: node.updatedAt,
      cover: asset(node.cover, where, { fallback: node.coverCaption }),
      coverCaption: node.coverCaption,
      figures: (node.figures ?? []).flatMap((figure) => {
        if (!figure) return [];
        const image = asset(figure.image, where, { alt: figure.alt, fallback: figure.caption });
        // A caption without its picture (an import that found "Ảnh: …" but no file) reads as a stray line: left out, and the editors told.
        if (!image) {
          warnings.push(`figure without image: "${figure.caption.slice(0, 60)}" in ${where} is not shown; add the picture or remove the figure`);
          return [];
        }
        return [{ image, caption: figure.caption, alt: (figure.alt ?? '').trim() || figure.caption, afterParagraph: figure.afterParagraph ?? 0 }];
      }),
      seo: {
        title: node.seo?.metaTitle || node.title,
        description: node.seo?.metaDescription || node.lead || '',
        image: asset(node.seo?.shareImage, where, { alt: node.title }),
      },
      categoryId: node.category && categories.has(node.category.documentId) ? node.category.documentId : null,
      tagIds: known(ids(node.tags, `${where} tags`), tags),
      trainingCourseIds: known(ids(node.trainingCourses, `${where} courses`), trainingCourses),
      awardIds: known(ids(node.awards, `${where} awards`), awards),
      projectIds: known(ids(node.projects, `${where} projects`), projects),
      videoIds: known(ids(node.videos, `${where} videos`), videos),
    };
    articles.push(article);
  }
  articles.sort(byDate);

  const articleById = new Map(articles.map((article) => [article.id, article]));
  const legalDocuments: LegalDocument[] = raw.legalDocuments.map((node) => {
    const where = `document "${node.title}"`;
    return {
      id: node.documentId,
      title: node.title,
      slug: node.slug,
      url: routes.legalDocument(node.slug),
      kind: node.kind,
      kindLabel: labelOf(DOCUMENT_KIND_LABELS, node.kind),
      number: node.number?.trim() || null,
      issuer: node.issuer?.trim() || null,
      issuedDate: node.issuedDate,
      year: Number(node.issuedDate.slice(0, 4)),
      effectiveDate: node.effectiveDate ?? null,
      summary: node.summary ?? '',
      file: asset(node.file, where, { alt: node.title }),
      projectIds: known(ids(node.projects, `${where} projects`), projects),
      articleIds: known(ids(node.articles, `${where} articles`), articleById),
      updatedAt: node.updatedAt,
    };
  });

  const settings = raw.settings;
  const featured = ids(settings?.featuredArticles, 'site settings featured articles');

  const about = raw.introduction;
  const introduction = about
    ? {
        functions: withBlockImages(asBlocks(about.functions), 'introduction'),
        structure: withBlockImages(asBlocks(about.structure), 'introduction'),
        leaderIds: known(ids(about.leaders, 'introduction leaders'), cadres),
        workingHours: about.workingHours?.trim() || null,
        english: {
          name: about.nameEn?.trim() || null,
          introduction: withBlockImages(asBlocks(about.introductionEn), 'English introduction'),
          structure: withBlockImages(asBlocks(about.structureEn), 'English introduction'),
          address: about.addressEn?.trim() || null,
          workingHours: about.workingHoursEn?.trim() || null,
        },
        updatedAt: about.updatedAt ?? null,
      }
    : null;

  return {
    introduction,
    settings: {
      siteName: settings?.siteName ?? 'Hội Liên hiệp Phụ nữ',
      shortName: settings?.shortName ?? settings?.siteName ?? 'Hội LHPN',
      description: settings?.description ?? '',
      logo: asset(settings?.logo, 'site settings logo', { fallback: settings?.siteName ?? null }),
      province: settings?.province ?? null,
      address: settings?.address ?? null,
      phone: settings?.phone ?? null,
      email: settings?.email ?? null,
      socialLinks: (settings?.socialLinks ?? []).flatMap((link) => (link ? [link] : [])),
      navigation: (settings?.navigation ?? []).flatMap((link) => (link ? [link] : [])),
      featuredArticleIds: featured.filter((id) => articleById.has(id)),
    },
    articles,
    categories: [...categories.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'vi')),
    tags: [...tags.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    projects: [...projects.values()].sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true })),
    videos: [...videos.values()].sort(byDate),
    trainingCourses: [...trainingCourses.values()].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title, 'vi')),
    cadres: [...cadres.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi')),
    awards: [...awards.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title, 'vi')),
    legalDocuments: legalDocuments.sort((a, b) => b.issuedDate.localeCompare(a.issuedDate) || a.title.localeCompare(b.title, 'vi')),
    media,
    warnings,
  };
}
