import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ContentClient, PageQuery } from './content-client.js';
import { ContentFetchError } from './errors.js';
import { mapWithConcurrency } from './map-with-concurrency.js';
import { uniqueByDocumentId, type HasDocumentId } from './unique-by-document-id.js';

export type FilteredPageVariables<Filters> = { filters: Filters; page: number; pageSize: number };

/**
 * Every entry matching `filters`, page by page until the reported total, as
 * ContentClient.fetchList does for whole lists: short of the total is an
 * error, never a silently capped list.
 */
export async function fetchMatching<Node extends HasDocumentId, Filters>(
  client: ContentClient,
  document: TypedDocumentNode<PageQuery<Node>, FilteredPageVariables<Filters>>,
  filters: Filters,
  label: string,
  { pageSize = 100, concurrency = 3 }: { pageSize?: number; concurrency?: number } = {},
): Promise<Node[]> {
  const first = await client.request(document, { filters, page: 1, pageSize }, `${label} page 1`);
  if (!first.page) throw new ContentFetchError('graphql', `CMS ${label}: no list in the answer from ${client.endpoint}.`);
  const { total, pageCount } = first.page.pageInfo;
  const pages = Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => index + 2);
  const rest = await mapWithConcurrency(
    pages,
    concurrency,
    async (page) => (await client.request(document, { filters, page, pageSize }, `${label} page ${page}`)).page?.nodes ?? [],
  );
  const nodes = uniqueByDocumentId([...first.page.nodes, ...rest.flat()]);
  if (nodes.length !== total) {
    throw new ContentFetchError(
      'short-count',
      `CMS ${label}: the CMS reports ${total} matching entries but returned ${nodes.length}; refusing to patch the snapshot with a partial list.`,
    );
  }
  return nodes;
}
