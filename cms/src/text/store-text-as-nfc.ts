import type { Core } from '@strapi/strapi';
import { nfcInPlace } from '@hoilhpn/vietnamese';

const WRITE_ACTIONS = new Set(['create', 'update']);

/**
 * Some keyboards and macOS hand the admin decomposed (NFD) Vietnamese: "à" as
 * "a" plus a combining grave. It looks the same but does not compare, search
 * or slug the same, and the HTML checker warns on it. Every write of a
 * portal type (the admin, the importer, the seed, the scheduler) passes here,
 * so what is stored is NFC whatever typed it: fields, components, rich-text
 * text nodes, at any depth.
 */
export function storeTextAsNfc(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action) || !context.uid.startsWith('api::')) return next();
    const params = context.params as { data?: unknown } | undefined;
    if (params?.data !== undefined) nfcInPlace(params.data);
    return next();
  });
}
