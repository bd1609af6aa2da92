import type { Core } from '@strapi/strapi';
import { formatVietnameseDateTime } from '@hoilhpn/vietnamese';
import { PUBLISH_AT, SCHEDULED_TYPES, UNPUBLISH_AT, type ScheduledType } from './scheduled-types';

export interface ScheduleOutcome {
  uid: ScheduledType;
  documentId: string;
  action: 'publish' | 'unpublish';
  /** When it was due (ISO, UTC). */
  dueAt: string;
}

interface DraftRow {
  documentId: string;
  scheduledPublishAt?: string | Date | null;
  scheduledUnpublishAt?: string | Date | null;
  publishedDate?: string | Date | null;
}

const iso = (value: string | Date) => new Date(value).toISOString();

/**
 * Publishes and unpublishes what is due at `now`. The schedule lives on the
 * draft (that is what editors edit); it is cleared once carried out, without
 * touching updatedAt, so the entry does not look "modified" afterwards. Due
 * publishes run before due unpublishes, so an entry whose whole window passed
 * while the CMS was down ends up unpublished, as planned. Each entry is done
 * on its own: one that fails is logged and retried on the next pass.
 */
export async function runDueSchedules(strapi: Core.Strapi, now: Date = new Date()): Promise<ScheduleOutcome[]> {
  const outcomes: ScheduleOutcome[] = [];
  for (const uid of SCHEDULED_TYPES) {
    const rows = strapi.db.query(uid);
    const hasPublishedDate = 'publishedDate' in (strapi.getModel(uid) as { attributes: Record<string, unknown> }).attributes;

    const duePublishes = (await rows.findMany({
      where: { publishedAt: null, [PUBLISH_AT]: { $lte: now } },
      select: ['documentId', PUBLISH_AT, ...(hasPublishedDate ? ['publishedDate'] : [])],
    })) as DraftRow[];
    for (const draft of duePublishes) {
      const dueAt = iso(draft.scheduledPublishAt!);
      try {
        // "Ngày đăng" left empty shows the scheduled time, not the moment the scheduler came round.
        if (hasPublishedDate && !draft.publishedDate) {
          await rows.updateMany({ where: { documentId: draft.documentId, publishedAt: null }, data: { publishedDate: new Date(dueAt) } });
        }
        await strapi.documents(uid).publish({ documentId: draft.documentId });
        await rows.updateMany({ where: { documentId: draft.documentId }, data: { [PUBLISH_AT]: null } });
        outcomes.push({ uid, documentId: draft.documentId, action: 'publish', dueAt });
        strapi.log.info(`Hẹn giờ: đã xuất bản ${uid} ${draft.documentId} (hẹn ${formatVietnameseDateTime(dueAt)} giờ Việt Nam)`);
      } catch (error) {
        strapi.log.error(`Hẹn giờ: không xuất bản được ${uid} ${draft.documentId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }

    const dueUnpublishes = (await rows.findMany({
      where: { publishedAt: null, [UNPUBLISH_AT]: { $lte: now } },
      select: ['documentId', UNPUBLISH_AT],
    })) as DraftRow[];
    for (const draft of dueUnpublishes) {
      const dueAt = iso(draft.scheduledUnpublishAt!);
      try {
        const published = await rows.findOne({ where: { documentId: draft.documentId, publishedAt: { $notNull: true } }, select: ['id'] });
        if (published) await strapi.documents(uid).unpublish({ documentId: draft.documentId });
        await rows.updateMany({ where: { documentId: draft.documentId }, data: { [UNPUBLISH_AT]: null } });
        if (published) {
          outcomes.push({ uid, documentId: draft.documentId, action: 'unpublish', dueAt });
          strapi.log.info(`Hẹn giờ: đã gỡ ${uid} ${draft.documentId} (hẹn ${formatVietnameseDateTime(dueAt)} giờ Việt Nam)`);
        }
      } catch (error) {
        strapi.log.error(`Hẹn giờ: không gỡ được ${uid} ${draft.documentId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return outcomes;
}
