import { mapArticle } from './map/article.js';
import { awardOrder, mapAward } from './map/award.js';
import { cadreOrder, mapCadre } from './map/cadre.js';
import { categoryOrder, mapCategory } from './map/category.js';
import { mapContext } from './map/collector.js';
import { newestFirst } from './map/dates.js';
import { mapIntroduction } from './map/introduction.js';
import { legalDocumentOrder, mapLegalDocument } from './map/legal-document.js';
import { normalizeToNfc } from './map/normalize.js';
import { mapProject, projectOrder } from './map/project.js';
import type { RawSiteData } from './map/raw.js';
import { mapSiteSettings } from './map/site-settings.js';
import { mapTag, tagOrder } from './map/tag.js';
import { mapTrainingCourse, trainingCourseOrder } from './map/training-course.js';
import { mapVideo } from './map/video.js';
import type { SiteData } from './types.js';

export type { RawSiteData } from './map/raw.js';
export { RELATION_LIMIT } from './map/related-ids.js';

export interface MapOptions {
  /**
   * Entries whose text is known to be NFC already: skipped by the
   * normalisation, and the entries normalised now are added. A build server
   * keeps one between builds, since a patched snapshot keeps its unchanged
   * entries (the same objects) from one publish to the next.
   */
  normalized?: WeakSet<object>;
}

/* An id listed twice keeps its last entry at its first place: the model's lists are these maps' values. */
const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));

/**
 * Turns the CMS's shapes into the site's flat model: text in Unicode NFC,
 * media URLs made absolute, relations de-duplicated and kept as ids of
 * published entries, labels in Vietnamese, editors' mistakes collected as
 * warnings. Reverse relations are relationsOf's (relations.ts).
 *
 * `raw`'s strings are normalised to NFC in place (nfcInPlace, @hoilhpn/vietnamese).
 * The mappers run in a fixed order, linked entries first; `media` and
 * `warnings` list what they met in that order.
 */
export function mapSiteData(raw: RawSiteData, cmsUrl: string, { normalized }: MapOptions = {}): SiteData {
  normalizeToNfc(raw, normalized);
  const context = mapContext(cmsUrl);

  const categories = byId(raw.categories.map(mapCategory));
  const tags = byId(raw.tags.map(mapTag));
  const projects = byId(raw.projects.map((node) => mapProject(node, context)));
  const videos = byId(raw.videos.map((node) => mapVideo(node, { projects }, context)));
  const trainingCourses = byId(raw.trainingCourses.map((node) => mapTrainingCourse(node, context)));
  const awards = byId(raw.awards.map(mapAward));
  const cadres = byId(raw.cadres.map((node) => mapCadre(node, { trainingCourses, awards }, context)));
  const articles = raw.articles.map((node) => mapArticle(node, { categories, tags, trainingCourses, awards, projects, videos }, context)).sort(newestFirst);
  const articleById = byId(articles);
  const legalDocuments = raw.legalDocuments.map((node) => mapLegalDocument(node, { projects, articles: articleById }, context));
  const introduction = raw.introduction ? mapIntroduction(raw.introduction, { cadres }, context) : null;
  const settings = mapSiteSettings(raw.settings, { articles: articleById }, context);

  return {
    introduction,
    settings,
    articles,
    categories: [...categories.values()].sort(categoryOrder),
    tags: [...tags.values()].sort(tagOrder),
    projects: [...projects.values()].sort(projectOrder),
    videos: [...videos.values()].sort(newestFirst),
    trainingCourses: [...trainingCourses.values()].sort(trainingCourseOrder),
    cadres: [...cadres.values()].sort(cadreOrder),
    awards: [...awards.values()].sort(awardOrder),
    legalDocuments: legalDocuments.sort(legalDocumentOrder),
    media: context.collector.media,
    warnings: context.collector.warnings,
  };
}
