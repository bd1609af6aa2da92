import { DOCUMENT_KIND_LABELS, type LegalDocument } from '@hoilhpn/content';
import { groupBy, type Group } from './group-by';

/** Documents by kind, in the order of DOCUMENT_KIND_LABELS (the usual order of a document register); kinds without documents left out. */
export function documentsByKind(documents: readonly LegalDocument[]): Group<string, LegalDocument>[] {
  const order = Object.keys(DOCUMENT_KIND_LABELS);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return groupBy(documents, (document) => ({ key: document.kind, label: document.kindLabel })).sort(
    (a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label, 'vi'),
  );
}

/** Documents by the year they were issued, newest year first. */
export function documentsByYear(documents: readonly LegalDocument[]): Group<number, LegalDocument>[] {
  return groupBy(documents, (document) => ({ key: document.year, label: String(document.year) })).sort((a, b) => b.key - a.key);
}
