import type { Core } from '@strapi/strapi';
import { nfcInPlace, toNfc } from '@hoilhpn/vietnamese';

const WRITE_ACTIONS = new Set(['create', 'update']);

const UPLOAD_FILE_UID = 'plugin::upload.file';
/** What an editor types about a media file; the rest of its row (hash, url, mime, formats) is the CMS's own. */
const UPLOAD_FILE_TEXT = ['name', 'alternativeText', 'caption'] as const;

/**
 * Some keyboards and macOS hand the admin decomposed (NFD) Vietnamese: "à" as
 * "a" plus a combining grave. It looks the same but does not compare, search
 * or slug the same, and the HTML checker warns on it. Every write of a
 * portal type (the admin, the importer, the seed, the scheduler) passes here,
 * so what is stored is NFC whatever typed it: fields, components, rich-text
 * text nodes, at any depth.
 *
 * Media files are not written through the document service: the upload
 * plugin saves and edits their rows with db.query (upload, replace, "Edit"
 * of the alternative text and caption, bulk edits), so for them the database
 * lifecycles are the one place every write passes.
 */
export function storeTextAsNfc(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action) || !context.uid.startsWith('api::')) return next();
    const params = context.params as { data?: unknown } | undefined;
    if (params?.data !== undefined) nfcInPlace(params.data);
    return next();
  });

  const fileTextAsNfc = (event: { params: { data?: unknown } }) => {
    const rows = Array.isArray(event.params.data) ? event.params.data : [event.params.data];
    for (const row of rows) {
      if (row === null || typeof row !== 'object') continue;
      const record = row as Record<string, unknown>;
      for (const field of UPLOAD_FILE_TEXT) {
        const value = record[field];
        if (typeof value === 'string') record[field] = toNfc(value);
      }
    }
  };
  strapi.db.lifecycles.subscribe({
    models: [UPLOAD_FILE_UID],
    beforeCreate: fileTextAsNfc,
    beforeCreateMany: fileTextAsNfc,
    beforeUpdate: fileTextAsNfc,
    beforeUpdateMany: fileTextAsNfc,
  });
}
