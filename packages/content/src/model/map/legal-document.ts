import { DOCUMENT_KIND_LABELS, labelOf } from '../labels.js';
import { routes } from '../routes.js';
import type { LegalDocument } from '../types.js';
import type { MapContext } from './collector.js';
import { mediaAsset } from './media.js';
import { entryPage } from './entry-page.js';
import type { RawNode } from './raw.js';
import { publishedIds, type Published } from './related-ids.js';

export function mapLegalDocument(node: RawNode<'legalDocuments'>, published: { projects: Published; articles: Published }, context: MapContext): LegalDocument {
  const where = `document "${node.title}"`;
  return {
    ...entryPage(node, routes.legalDocument),
    kind: node.kind,
    kindLabel: labelOf(DOCUMENT_KIND_LABELS, node.kind),
    number: node.number?.trim() || null,
    issuer: node.issuer?.trim() || null,
    issuedDate: node.issuedDate,
    year: Number(node.issuedDate.slice(0, 4)),
    effectiveDate: node.effectiveDate ?? null,
    summary: node.summary ?? '',
    file: mediaAsset(node.file, where, context, { alt: node.title }),
    projectIds: publishedIds(node.projects, `${where} projects`, published.projects),
    articleIds: publishedIds(node.articles, `${where} articles`, published.articles),
    updatedAt: node.updatedAt,
  };
}

/** Newest issue date first, then by title. */
export const legalDocumentOrder = (a: LegalDocument, b: LegalDocument) => b.issuedDate.localeCompare(a.issuedDate) || a.title.localeCompare(b.title, 'vi');
