export interface HasDocumentId {
  documentId: string;
}

/**
 * Strapi 5 can return a relation twice, once per draft and published row
 * (strapi/strapi#25826): keep the first of each documentId, and drop nulls.
 */
export function uniqueByDocumentId<T extends HasDocumentId>(items: readonly (T | null | undefined)[] | null | undefined): T[] {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const item of items ?? []) {
    if (!item || seen.has(item.documentId)) continue;
    seen.add(item.documentId);
    unique.push(item);
  }
  return unique;
}
