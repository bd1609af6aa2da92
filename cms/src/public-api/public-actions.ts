/** Content types the public site reads. Everything else (users, admin, uploads listing) stays closed. */
export const PUBLIC_COLLECTION_TYPES = [
  'api::article.article',
  'api::category.category',
  'api::tag.tag',
  'api::training-course.training-course',
  'api::cadre.cadre',
  'api::award.award',
  'api::project.project',
  'api::video.video',
  'api::legal-document.legal-document',
] as const;

export const PUBLIC_SINGLE_TYPES = ['api::site-setting.site-setting', 'api::introduction.introduction'] as const;

/*
 * Strapi checks these before it populates a media field (cover, photo, …);
 * without them every populate of media answers 400 "Invalid key". The media
 * library's own listing (/api/upload/files) stays closed: see
 * src/middlewares/read-only-public-api.ts.
 */
export const MEDIA_READ_ACTIONS = ['plugin::upload.content-api.find', 'plugin::upload.content-api.findOne'] as const;

/** The only actions the public role and the site's build token hold. */
export const PUBLIC_ACTIONS: readonly string[] = [
  ...PUBLIC_COLLECTION_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  ...PUBLIC_SINGLE_TYPES.map((uid) => `${uid}.find`),
  ...MEDIA_READ_ACTIONS,
];
