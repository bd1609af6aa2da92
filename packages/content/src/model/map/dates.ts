import { ContentFetchError } from '../../client/errors.js';

/** "Ngày đăng" may be left empty; the CMS fills it on publish, and the publish time stands in for older entries. */
export function dateShown(node: { publishedDate: string | null; publishedAt: string | null; slug: string }, kind: string): string {
  const date = node.publishedDate ?? node.publishedAt;
  if (!date) throw new ContentFetchError('graphql', `${kind} "${node.slug}" has neither publishedDate nor publishedAt: is it really published?`);
  return date;
}

export const newestFirst = (a: { publishedDate: string }, b: { publishedDate: string }) => b.publishedDate.localeCompare(a.publishedDate);
