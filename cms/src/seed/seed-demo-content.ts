import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { importLegacyFile } from '../legacy-import/import-legacy-articles';
import { samplePdf } from './sample-pdf';
import { uploadFromMemory, type StrapiUploads } from '../uploads/upload-from-memory';
import { slugify } from '@hoilhpn/vietnamese';
import {
  AWARD,
  CADRES,
  CATEGORIES,
  DRAFT_ARTICLE,
  DRAFT_VIDEO,
  INTRODUCTION,
  LEADERS,
  LEGAL_DOCUMENTS,
  PROJECTS,
  SEED_ARTICLE_FILE,
  SITE_SETTINGS,
  TAGS,
  TRAINING_COURSES,
  VIDEOS,
} from './demo-content';

type Uid = Parameters<Core.Strapi['documents']>[0];

export interface SeedReport {
  created: string[];
  updated: string[];
}

/** Where the demo's legacy article lives inside the CMS app (cms/data/legacy-articles). */
export function seedArticlesDir(appDir: string): string {
  return path.join(appDir, 'data', 'legacy-articles');
}

/**
 * Fills an empty CMS with the Union's demo content. Idempotent: an entry that
 * already exists (by slug, or code for projects) is left exactly as it is, so
 * a second run changes nothing and never overwrites an editor's work.
 */
export async function seedDemoContent(strapi: Core.Strapi, appDir: string): Promise<SeedReport> {
  const report: SeedReport = { created: [], updated: [] };

  /** `data` may be a function, for data that costs something to make (an upload): it runs only when the entry is new. */
  async function ensure(uid: Uid, where: Record<string, unknown>, data: Record<string, unknown> | (() => Promise<Record<string, unknown>>), publish = true) {
    const documents = strapi.documents(uid);
    const existing = await documents.findFirst({ filters: where, status: 'draft' } as any);
    if (existing) return existing.documentId as string;
    const created = await documents.create({ data: typeof data === 'function' ? await data() : data, ...(publish ? { status: 'published' } : {}) } as any);
    report.created.push(`${uid} ${Object.values(where).join(',')}`);
    return created.documentId as string;
  }

  const categoryIds = new Map<string, string>();
  for (const category of CATEGORIES) categoryIds.set(category.slug, await ensure('api::category.category', { slug: category.slug }, category));

  const tagIds: string[] = [];
  for (const tag of TAGS) tagIds.push(await ensure('api::tag.tag', { slug: tag.slug }, tag));

  const projectIds = new Map<string, string>();
  for (const project of PROJECTS) projectIds.set(project.code, await ensure('api::project.project', { code: project.code }, project));

  for (const video of VIDEOS) {
    await ensure('api::video.video', { slug: video.slug }, { ...video, project: projectIds.get(video.project) });
  }
  await ensure('api::video.video', { slug: DRAFT_VIDEO.slug }, { ...DRAFT_VIDEO, project: projectIds.get(DRAFT_VIDEO.project) }, false);

  const courseIds: string[] = [];
  for (const course of TRAINING_COURSES) courseIds.push(await ensure('api::training-course.training-course', { slug: course.slug }, course));

  const cadreIds: string[] = [];
  for (const cadre of CADRES) cadreIds.push(await ensure('api::cadre.cadre', { slug: cadre.slug }, cadre));

  const leaderIds = new Map<string, string>();
  for (const leader of LEADERS) leaderIds.set(leader.slug, await ensure('api::cadre.cadre', { slug: leader.slug }, leader));

  const awardId = await ensure('api::award.award', { slug: AWARD.slug }, { ...AWARD, recipients: cadreIds });

  const imported = await importLegacyFile(strapi, path.join(seedArticlesDir(appDir), SEED_ARTICLE_FILE), SEED_ARTICLE_FILE);
  if (imported.status === 'failed') throw new Error(`Seed article could not be imported: ${imported.error}`);
  if (imported.status === 'created') report.created.push(`api::article.article ${imported.slug}`);
  if (imported.status === 'updated') report.updated.push(`api::article.article ${imported.slug}`);

  const linked = await linkArticle(strapi, imported.documentId, {
    category: categoryIds.get('xay-dung-to-chuc-hoi')!,
    tags: tagIds,
    trainingCourses: courseIds,
    awards: [awardId],
  });
  if (linked) report.updated.push(`api::article.article ${imported.slug} relations`);

  const { category, project, ...draft } = DRAFT_ARTICLE;
  await ensure(
    'api::article.article',
    { slug: DRAFT_ARTICLE.slug },
    { ...draft, category: categoryIds.get(category), projects: [projectIds.get(project)] },
    false,
  );

  for (const { file, project, article, ...document } of LEGAL_DOCUMENTS) {
    await ensure('api::legal-document.legal-document', { slug: document.slug }, async () => ({
      ...document,
      ...(file ? { file: await uploadSamplePdf(strapi, `${document.number ? slugify(document.number) : document.slug}.pdf`, document.title) } : {}),
      projects: project ? [projectIds.get(project)] : [],
      articles: article ? [imported.documentId] : [],
    }));
  }

  const settings = strapi.documents('api::site-setting.site-setting');
  const existingSettings = await settings.findFirst({ status: 'draft' } as any);
  if (!existingSettings) {
    await settings.create({ data: { ...SITE_SETTINGS, featuredArticles: [imported.documentId] }, status: 'published' } as any);
    report.created.push('api::site-setting.site-setting');
  }

  const introduction = strapi.documents('api::introduction.introduction');
  if (!(await introduction.findFirst({ status: 'draft' } as any))) {
    await introduction.create({ data: { ...INTRODUCTION, leaders: INTRODUCTION.leaders.map((slug) => leaderIds.get(slug)) }, status: 'published' } as any);
    report.created.push('api::introduction.introduction');
  }
  return report;
}

/** Uploads a sample PDF through Strapi's upload service (the same checks as an editor's upload); returns the file's id. */
async function uploadSamplePdf(strapi: Core.Strapi, name: string, title: string): Promise<number> {
  const bytes = samplePdf(['VAN BAN MAU - SAMPLE DOCUMENT', title, "Demo content of the Women's Union portal; not a real document."]);
  const file = await uploadFromMemory(strapi as unknown as StrapiUploads, { name, mime: 'application/pdf', bytes, fileInfo: { alternativeText: title } });
  return file.id;
}

interface ArticleLinks {
  category: string;
  tags: string[];
  trainingCourses: string[];
  awards: string[];
}

/* Links the imported seed article to what it reports, once; returns whether anything changed. */
async function linkArticle(strapi: Core.Strapi, documentId: string, links: ArticleLinks): Promise<boolean> {
  const articles = strapi.documents('api::article.article');
  const current = (await articles.findOne({
    documentId,
    status: 'draft',
    populate: {
      category: { fields: ['documentId'] },
      tags: { fields: ['documentId'] },
      trainingCourses: { fields: ['documentId'] },
      awards: { fields: ['documentId'] },
    },
  } as any)) as any;
  const ids = (items: { documentId: string }[] | null | undefined) =>
    (items ?? [])
      .map((item) => item.documentId)
      .sort()
      .join(',');
  const same =
    current?.category?.documentId === links.category &&
    ids(current?.tags) === [...links.tags].sort().join(',') &&
    ids(current?.trainingCourses) === [...links.trainingCourses].sort().join(',') &&
    ids(current?.awards) === [...links.awards].sort().join(',');
  if (same) return false;
  await articles.update({ documentId, data: links } as any);
  await articles.publish({ documentId } as any);
  return true;
}

/** True when nobody has written anything yet: no article and no category, draft or published. */
export async function isDatabaseEmpty(strapi: Core.Strapi): Promise<boolean> {
  const [articles, categories] = await Promise.all([strapi.db.query('api::article.article').count(), strapi.db.query('api::category.category').count()]);
  return articles === 0 && categories === 0;
}
