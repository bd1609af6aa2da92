import type { ListName } from '../client/change-plan.js';

/*
 * The nine lists' queries differ only in the type and the order, so they are
 * written from this table rather than nine times by hand (list-queries-document.ts,
 * read by codegen only), and src/generated/graphql.ts holds them typed as it
 * holds the others. The incremental fetch sorts patched lists by the same order.
 */

interface ListQuery {
  /** The GraphQL type; its fields are the fragment `${type}Node` (nodes.graphql). */
  type: string;
  /** The order before documentId, which breaks ties (and alone orders tags), so paging never skips or repeats an entry. */
  order: ReadonlyArray<readonly [field: string, direction: 'asc' | 'desc']>;
}

export const LIST_QUERIES: Readonly<Record<ListName, ListQuery>> = {
  articles: { type: 'Article', order: [['publishedDate', 'desc']] },
  categories: { type: 'Category', order: [['order', 'asc']] },
  tags: { type: 'Tag', order: [] },
  projects: { type: 'Project', order: [['code', 'asc']] },
  videos: { type: 'Video', order: [['publishedDate', 'desc']] },
  trainingCourses: { type: 'TrainingCourse', order: [['startDate', 'desc']] },
  cadres: { type: 'Cadre', order: [['fullName', 'asc']] },
  awards: { type: 'Award', order: [['date', 'desc']] },
  legalDocuments: { type: 'LegalDocument', order: [['issuedDate', 'desc']] },
};
