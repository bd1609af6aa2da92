import { ContentFetchError } from '../../client/errors.js';
import { uniqueByDocumentId } from '../../client/unique-by-document-id.js';

/** The relation limit in the queries: a full list may have been cut. */
export const RELATION_LIMIT = 100;

/** What a lookup of published entries needs to answer: a Map or a Set of ids. */
export type Published = Pick<ReadonlySet<string>, 'has'>;

/**
 * The ids of a relation list, de-duplicated. A list as long as the query's
 * limit may have been cut, and a silently shortened list would drop links:
 * the build stops instead.
 */
export function relatedIds(list: readonly ({ documentId: string } | null)[] | null | undefined, where: string): string[] {
  const items = list ?? [];
  if (items.length >= RELATION_LIMIT) {
    throw new ContentFetchError(
      'capped-relation',
      `CMS ${where}: ${items.length} related entries, the query's limit; the list may be cut. Raise its pagination limit in packages/content/src/graphql/ (nodes.graphql or pages.graphql).`,
    );
  }
  return uniqueByDocumentId(items).map((item) => item.documentId);
}

/** Only ids of entries the site has: a link to an unpublished entry is no link. */
export function publishedIds(list: readonly ({ documentId: string } | null)[] | null | undefined, where: string, published: Published): string[] {
  return relatedIds(list, where).filter((id) => published.has(id));
}

/** The id of a to-one relation, when the site has that entry. */
export function publishedId(relation: { documentId: string } | null | undefined, published: Published): string | null {
  return relation && published.has(relation.documentId) ? relation.documentId : null;
}
