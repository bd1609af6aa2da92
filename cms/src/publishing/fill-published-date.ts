import type { Core } from '@strapi/strapi';

/** Types whose readers see a "Ngày đăng" that editors may leave empty. */
const DATED_TYPES = new Set(['api::article.article', 'api::video.video']);

/**
 * An editor who writes a title and presses "Xuất bản" expects the article to
 * carry today's date; one who typed a date keeps it. Filling the draft just
 * before publishing means the draft and the published version agree, so the
 * entry does not show as "modified" afterwards.
 */
export function fillPublishedDateOnPublish(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'publish' || !DATED_TYPES.has(context.uid)) return next();
    const { documentId, locale } = (context.params ?? {}) as { documentId?: string; locale?: string };
    if (!documentId) return next();
    const documents = strapi.documents(context.uid as 'api::article.article');
    const draft = await documents.findOne({ documentId, status: 'draft', ...(locale ? { locale } : {}), fields: ['publishedDate'] });
    if (draft && !draft.publishedDate) {
      await documents.update({ documentId, status: 'draft', ...(locale ? { locale } : {}), data: { publishedDate: new Date().toISOString() } as never });
    }
    return next();
  });
}
