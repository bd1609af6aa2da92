/*
 * Runs inside the CMS (cms/scripts/serve.ts, CMS_SETUP_MODULE) right after the
 * demo seed, with webhooks paused: puts the synthetic content in through
 * Strapi's own document and upload services, as an import would, and reports
 * how long each part took.
 */
import { writeFileSync } from 'node:fs';
import { LIST_TYPES } from '@hoilhpn/content';
import { readLegacyParagraphs } from '../synthetic/legacy-paragraphs.js';
import { generateSyntheticContent, type SlugKind, type SyntheticArticle } from '../synthetic/synthetic-content.js';
import type { CmsSetupTools } from '@hoilhpn/testing/cms-process';
import { makePng } from '@hoilhpn/testing/png';
import { BENCH_EDITOR, SEED_ENV, type SeedReport } from './seed-contract.js';

/* The slice of Strapi this module uses; the CMS passes its real instance. */
interface Strapi {
  documents(uid: string): {
    create(params: Record<string, unknown>): Promise<{ documentId: string }>;
  };
  db: {
    transaction<T>(work: () => Promise<T>): Promise<T>;
    query(uid: string): { findMany(params: Record<string, unknown>): Promise<{ slug: string; documentId: string }[]> };
  };
  service(name: 'admin::role'): { getSuperAdmin(): Promise<{ id: number }> };
  service(name: 'admin::user'): { create(params: Record<string, unknown>): Promise<unknown> };
}

// The content type behind each list, as the site's content client names them.
const UIDS: Record<SlugKind, string> = LIST_TYPES;

const IMAGE_COLOURS: [number, number, number][] = [
  [20, 80, 160],
  [160, 60, 40],
  [30, 120, 60],
  [150, 40, 110],
  [200, 140, 30],
  [60, 60, 60],
  [10, 130, 140],
  [120, 90, 200],
];

/** Reads a positive integer from the environment. */
function intFromEnv(name: string, fallback?: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (value === undefined || !Number.isInteger(value) || value < 1) throw new Error(`bench seed: ${name} must be a positive integer, got "${raw}"`);
  return value;
}

async function uploadImagePool({ uploadFromMemory }: CmsSetupTools, count: number): Promise<{ ids: number[]; files: string[] }> {
  const ids: number[] = [];
  const files: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = `anh-hoat-dong-${index + 1}.png`;
    const bytes = makePng(index % 2 === 0 ? 1200 : 900, index % 2 === 0 ? 800 : 600, IMAGE_COLOURS[index % IMAGE_COLOURS.length]!);
    const fileInfo = { alternativeText: `Ảnh hoạt động của Hội số ${index + 1}`, caption: `Ảnh hoạt động ${index + 1}` };
    const file = await uploadFromMemory({ name, mime: 'image/png', bytes, fileInfo });
    ids.push(file.id);
    files.push(file.url, ...Object.values(file.formats ?? {}).map((format) => format.url));
  }
  return { ids, files };
}

/** Creates each entry (published unless it says draft) and returns their document ids in order. */
async function createAll<T>(
  strapi: Strapi,
  uid: string,
  items: T[],
  toData: (item: T) => Record<string, unknown>,
  isDraft: (item: T) => boolean = () => false,
): Promise<string[]> {
  return strapi.db.transaction(async () => {
    const ids: string[] = [];
    for (const item of items) {
      const created = await strapi.documents(uid).create({ data: toData(item), ...(isDraft(item) ? {} : { status: 'published' }) });
      ids.push(created.documentId);
    }
    return ids;
  });
}

/** Reuses the demo's entries with the same slug (its categories), creates the others. */
async function ensureBySlug<T extends { slug: string }>(strapi: Strapi, uid: string, items: T[]): Promise<string[]> {
  const rows = await strapi.db.query(uid).findMany({ select: ['slug', 'documentId'] });
  const existing = new Map(rows.map((row) => [row.slug, row.documentId]));
  const missing = items.filter((item) => !existing.has(item.slug));
  const created = await createAll(strapi, uid, missing, (item) => ({ ...item }));
  missing.forEach((item, index) => existing.set(item.slug, created[index]!));
  return items.map((item) => existing.get(item.slug)!);
}

export default async function setup(strapi: Strapi, tools: CmsSetupTools): Promise<void> {
  const started = performance.now();
  const articles = intFromEnv(SEED_ENV.articles);
  const batchSize = intFromEnv(SEED_ENV.batchSize, 200);
  const reportFile = process.env[SEED_ENV.reportFile];
  if (!reportFile) throw new Error(`bench seed: ${SEED_ENV.reportFile} is not set`);

  // The demo content came first: its slugs are taken (its categories and tags are reused instead).
  const taken: Partial<Record<SlugKind, string[]>> = {};
  for (const kind of ['projects', 'videos', 'trainingCourses', 'cadres', 'awards', 'articles'] as const) {
    taken[kind] = (await strapi.db.query(UIDS[kind]).findMany({ select: ['slug'] })).map((row) => row.slug);
  }
  const content = generateSyntheticContent({ articles, seed: intFromEnv(SEED_ENV.seed, 20_231_121), legacyParagraphs: readLegacyParagraphs(), taken });
  const generated = performance.now();

  const images = await uploadImagePool(tools, content.plan.images);
  // Said at once, so the benchmark can remove the files even if a later step fails.
  writeFileSync(reportFile, JSON.stringify({ uploadedFiles: images.files }));
  const image = (index: number | null) => (index === null ? null : images.ids[index]!);
  const uploaded = performance.now();

  const categoryIds = await ensureBySlug(strapi, UIDS.categories, content.categories);
  const tagIds = await ensureBySlug(strapi, UIDS.tags, content.tags);
  const projectIds = await createAll(strapi, UIDS.projects, content.projects, ({ coverImage, ...project }) => ({ ...project, cover: image(coverImage) }));
  const videoIds = await createAll(
    strapi,
    UIDS.videos,
    content.videos,
    ({ project, draft: _draft, ...video }) => ({ ...video, project: project === null ? null : projectIds[project] }),
    (video) => video.draft,
  );
  const courseIds = await createAll(strapi, UIDS.trainingCourses, content.trainingCourses, (course) => ({ ...course }));
  const cadreIds = await createAll(strapi, UIDS.cadres, content.cadres, ({ photoImage, courses, ...cadre }) => ({
    ...cadre,
    photo: image(photoImage),
    courses: courses.map((index) => courseIds[index]!),
  }));
  const awardIds = await createAll(strapi, UIDS.awards, content.awards, ({ recipients, ...award }) => ({
    ...award,
    recipients: recipients.map((index) => cadreIds[index]!),
  }));
  const othersDone = performance.now();

  const articleData = (article: SyntheticArticle) => ({
    title: article.title,
    slug: article.slug,
    lead: article.lead,
    body: article.body,
    author: article.author,
    publishedDate: article.publishedDate,
    cover: image(article.coverImage),
    coverCaption: article.coverCaption,
    figures: article.figures.map((figure) => ({ caption: figure.caption, afterParagraph: figure.afterParagraph, image: image(figure.image) })),
    category: categoryIds[article.category],
    tags: article.tags.map((index) => tagIds[index]!),
    projects: article.projects.map((index) => projectIds[index]!),
    videos: article.videos.map((index) => videoIds[index]!),
    trainingCourses: article.trainingCourses.map((index) => courseIds[index]!),
    awards: article.awards.map((index) => awardIds[index]!),
  });
  // One transaction per batch: SQLite writes the journal once per batch instead of once per entry,
  // and a batch stays small enough for PostgreSQL to hold comfortably.
  const articleIds: string[] = [];
  for (let start = 0; start < content.articles.length; start += batchSize) {
    articleIds.push(...(await createAll(strapi, UIDS.articles, content.articles.slice(start, start + batchSize), articleData, (article) => article.draft)));
  }
  // An archive article, not one of the newest: the publish-to-live figure for a title edit uses it.
  const published = content.articles.map((article, index) => ({ article, index })).filter(({ article }) => !article.draft);
  const archived = published[Math.floor(published.length / 2)]!;
  const articlesDone = performance.now();

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({ ...BENCH_EDITOR, firstname: 'Đo', lastname: 'Hiệu năng', isActive: true, roles: [superAdmin.id] });

  const articlesMs = articlesDone - othersDone;
  const report: SeedReport = {
    articles: content.plan.articles,
    draftArticles: content.plan.draftArticles,
    counts: {
      categories: content.categories.length,
      tags: content.tags.length,
      projects: content.projects.length,
      videos: content.videos.length,
      trainingCourses: content.trainingCourses.length,
      cadres: content.cadres.length,
      awards: content.awards.length,
      images: content.plan.images,
    },
    generateMs: Math.round(generated - started),
    uploadMs: Math.round(uploaded - generated),
    otherTypesMs: Math.round(othersDone - uploaded),
    articlesMs: Math.round(articlesMs),
    articlesPerSecond: content.articles.length / (articlesMs / 1000),
    totalMs: Math.round(performance.now() - started),
    uploadedFiles: images.files,
    sampleCategory: { slug: content.categories[0]!.slug, documentId: categoryIds[0]! },
    sampleArticle: { slug: archived.article.slug, documentId: articleIds[archived.index]! },
  };
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
}
