import { DOCUMENT_KIND_LABELS, type LegalDocument } from '@hoilhpn/content';

export interface DocumentGroup<Key> {
  key: Key;
  label: string;
  documents: LegalDocument[];
}

/** Documents by kind, in the order of DOCUMENT_KIND_LABELS (the usual order of a document register); kinds without documents left out. */
export function documentsByKind(documents: readonly LegalDocument[]): DocumentGroup<string>[] {
  const order = Object.keys(DOCUMENT_KIND_LABELS);
  const groups = new Map<string, DocumentGroup<string>>();
  for (const document of documents) {
    const group = groups.get(document.kind) ?? { key: document.kind, label: document.kindLabel, documents: [] };
    group.documents.push(document);
    groups.set(document.kind, group);
  }
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label, 'vi'));
}

/** Documents by the year they were issued, newest year first. */
export function documentsByYear(documents: readonly LegalDocument[]): DocumentGroup<number>[] {
  const groups = new Map<number, DocumentGroup<number>>();
  for (const document of documents) {
    const group = groups.get(document.year) ?? { key: document.year, label: String(document.year), documents: [] };
    group.documents.push(document);
    groups.set(document.year, group);
  }
  return [...groups.values()].sort((a, b) => b.key - a.key);
}
