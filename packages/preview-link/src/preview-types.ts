/** The types an editor can preview, by the name used in preview URLs, with their CMS model. */
export const PREVIEW_TYPES = {
  article: 'api::article.article',
  project: 'api::project.project',
  video: 'api::video.video',
  'training-course': 'api::training-course.training-course',
  award: 'api::award.award',
  cadre: 'api::cadre.cadre',
  'legal-document': 'api::legal-document.legal-document',
} as const;

export type PreviewType = keyof typeof PREVIEW_TYPES;

export function isPreviewType(value: string): value is PreviewType {
  return Object.prototype.hasOwnProperty.call(PREVIEW_TYPES, value);
}

/** The preview type of a CMS model, or null when it has no page of its own. */
export function previewTypeOf(uid: string): PreviewType | null {
  const entry = Object.entries(PREVIEW_TYPES).find(([, model]) => model === uid);
  return entry ? (entry[0] as PreviewType) : null;
}
