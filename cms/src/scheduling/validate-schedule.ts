import type { Core } from '@strapi/strapi';
import { formatVietnameseDateTime } from '@hoilhpn/vietnamese';
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

/** How far in the past a newly set time may be: the seconds it takes to pick it and press Lưu. */
export const PAST_TOLERANCE_MS = 60_000;

const FIELD_LABELS = { [PUBLISH_AT]: 'Hẹn giờ xuất bản', [UNPUBLISH_AT]: 'Hẹn giờ gỡ bài' } as const;

/**
 * The problem with a time an editor has just set (`value`, where it was
 * `stored`), or null: one already past would be carried out at once by the
 * scheduler, which is rarely what was meant (a wrong day, AM for PM).
 */
export function pastTimeProblem(field: typeof PUBLISH_AT | typeof UNPUBLISH_AT, value: unknown, stored: unknown, now = Date.now()): string | null {
  if (!value) return null;
  const time = new Date(value as string).getTime();
  if (Number.isNaN(time) || time >= now - PAST_TOLERANCE_MS) return null;
  if (stored && new Date(stored as string).getTime() === time) return null;
  const shown = formatVietnameseDateTime(new Date(time));
  const instead = field === PUBLISH_AT ? 'hoặc xoá hẹn giờ và bấm Xuất bản để đăng ngay' : 'hoặc xoá hẹn giờ và bấm Gỡ xuất bản để gỡ ngay';
  return `"${FIELD_LABELS[field]}" (${shown}, giờ Việt Nam) đã qua. Hãy chọn một thời điểm sau bây giờ, ${instead}.`;
}

/** True while serving the admin panel (the content manager), not the CMS's own code or the content API. */
function isAdminRequest(strapi: Core.Strapi): boolean {
  const requestContext = strapi.requestContext.get() as { state?: { route?: { info?: { type?: string } } } } | undefined;
  return requestContext?.state?.route?.info?.type === 'admin';
}

/**
 * Refuses a save whose unpublish time is not after its publish time, and an
 * editor's save that sets a time already past, naming the field. The CMS's
 * own code (the importer, the seed, the scheduler's catch-up) may store past
 * times.
 */
export function validateSchedulesOnSave(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.action !== 'create' && context.action !== 'update') || !isScheduledType(context.uid)) return next();
    const { data, documentId } = (context.params ?? {}) as { data?: Record<string, unknown>; documentId?: string };
    if (!data || (!(PUBLISH_AT in data) && !(UNPUBLISH_AT in data))) return next();
    const byEditor = isAdminRequest(strapi);
    let stored: Record<string, unknown> | null = null;
    if (documentId && (byEditor || !(PUBLISH_AT in data) || !(UNPUBLISH_AT in data))) {
      stored = await strapi.db.query(context.uid).findOne({ where: { documentId, publishedAt: null }, select: [PUBLISH_AT, UNPUBLISH_AT] });
    }
    if (byEditor) {
      for (const field of [PUBLISH_AT, UNPUBLISH_AT] as const) {
        const past = field in data ? pastTimeProblem(field, data[field], stored?.[field]) : null;
        if (past) throw new errors.ValidationError(past, { errors: [{ path: [field], message: past, name: 'ValidationError' }] });
      }
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
