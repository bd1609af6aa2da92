import type { Core } from '@strapi/strapi';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '../public-api/public-actions';
import { recordChange, type ChangeAction } from './change-table';

/** The types the site reads: a change to any other type cannot change the site. */
const RECORDED_TYPES = new Set<string>([...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES]);

/*
 * Every document-service write. Drafts-only saves are recorded too: the row
 * says only that something changed, and a build that refetches the entry
 * finds nothing published and moves on.
 */
const RECORDED_ACTIONS = new Set<string>(['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft', 'clone']);

export const UPLOAD_FILE_UID = 'plugin::upload.file';

/**
 * Records each change to a type the site reads, in the same transaction as
 * the change (the write runs inside ours; Strapi's repository joins it), so
 * no change commits without its row. Media files are not documents: their
 * updates (replace, alt text, caption) and deletions come from database
 * lifecycles, as a change of the file, whose documentId the site finds in
 * the entries that use it.
 */
export function recordContentChanges(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!RECORDED_TYPES.has(context.uid) || !RECORDED_ACTIONS.has(context.action)) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (context.params as { documentId?: string } | undefined)?.documentId ?? (result as { documentId?: string } | null)?.documentId;
      // A write that found nothing (update of a missing id) changed nothing.
      if (typeof documentId === 'string' && documentId.length > 0) {
        await recordChange(strapi, { type: context.uid, documentId, action: context.action as ChangeAction });
      }
      return result;
    });
  });

  strapi.db.lifecycles.subscribe({
    models: [UPLOAD_FILE_UID],
    async afterUpdate(event) {
      const documentId = (event.result as { documentId?: string } | undefined)?.documentId;
      if (documentId) await recordChange(strapi, { type: UPLOAD_FILE_UID, documentId, action: 'fileUpdate' });
    },
    async afterDelete(event) {
      const documentId = (event.result as { documentId?: string } | undefined)?.documentId;
      if (documentId) await recordChange(strapi, { type: UPLOAD_FILE_UID, documentId, action: 'fileDelete' });
    },
  });
}
