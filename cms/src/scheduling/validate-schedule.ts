import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isScheduledType, PUBLISH_AT, UNPUBLISH_AT } from './scheduled-types';

/** The problem with a publish/unpublish pair, in the editor's words, or null. */
export function scheduleProblem(publishAt: unknown, unpublishAt: unknown): string | null {
  if (!publishAt || !unpublishAt) return null;
  const publish = new Date(publishAt as string).getTime();
  const unpublish = new Date(unpublishAt as string).getTime();
  if (Number.isNaN(publish) || Number.isNaN(unpublish)) return null;
  return unpublish <= publish ? '"Hẹn giờ gỡ bài" phải sau "Hẹn giờ xuất bản".' : null;
}

/** Refuses a save whose unpublish time is not after its publish time, naming the field. */
export function validateSchedulesOnSave(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.action !== 'create' && context.action !== 'update') || !isScheduledType(context.uid)) return next();
    const { data, documentId } = (context.params ?? {}) as { data?: Record<string, unknown>; documentId?: string };
    if (!data || (!(PUBLISH_AT in data) && !(UNPUBLISH_AT in data))) return next();
    let stored: Record<string, unknown> | null = null;
    if (documentId && (!(PUBLISH_AT in data) || !(UNPUBLISH_AT in data))) {
      stored = await strapi.db.query(context.uid).findOne({ where: { documentId, publishedAt: null }, select: [PUBLISH_AT, UNPUBLISH_AT] });
    }
    const publishAt = PUBLISH_AT in data ? data[PUBLISH_AT] : stored?.[PUBLISH_AT];
    const unpublishAt = UNPUBLISH_AT in data ? data[UNPUBLISH_AT] : stored?.[UNPUBLISH_AT];
    const problem = scheduleProblem(publishAt, unpublishAt);
    if (problem) {
      throw new errors.ValidationError(problem, { errors: [{ path: [UNPUBLISH_AT], message: problem, name: 'ValidationError' }] });
    }
    return next();
  });
}
