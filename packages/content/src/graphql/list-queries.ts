import { isPreviewType } from '@hoilhpn/preview-link';
import type { ListName } from '../client/change-plan.js';

/*
 * The nine lists' queries differ only in the type and the order, so they are
 * written from this table rather than nine times by hand: codegen.ts hands
 * listQueriesDocument() to GraphQL Code Generator next to the .graphql files,
 * and src/generated/graphql.ts holds them typed as it holds the others.
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

const LISTS = Object.keys(LIST_QUERIES) as ListName[];

const capitalized = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
const uncapitalized = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
/** `TrainingCourse` → `training-course`: a type's name in preview URLs (PREVIEW_TYPES). */
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter, index: number) => `${index === 0 ? '' : '-'}${letter.toLowerCase()}`);

/**
 * One page of a list (`ArticlesPage`, for the full fetch), or of the entries
 * matching filters (`ArticlesWhere`, for the incremental fetch): the same
 * fragment in the same order, so a patched snapshot holds what a full fetch would.
 */
function pageQuery(list: ListName, filtered: boolean): string {
  const { type, order } = LIST_QUERIES[list];
  const sort = [...order.map(([field, direction]) => `"${field}:${direction}"`), '"documentId:asc"'].join(', ');
  const filters = filtered ? { variable: `$filters: ${type}FiltersInput!, `, argument: 'filters: $filters, ' } : { variable: '', argument: '' };
  return `query ${capitalized(list)}${filtered ? 'Where' : 'Page'}(${filters.variable}$page: Int!, $pageSize: Int!) {
  page: ${list}_connection(${filters.argument}pagination: { page: $page, pageSize: $pageSize }, sort: [${sort}]) {
    nodes { ...${type}Node }
    pageInfo { ...PageInfo }
  }
}`;
}

/**
 * The preview server's query for one draft by documentId (`ArticleDraft`), with
 * the build's fields. Only the site-preview token may ask for status: DRAFT
 * (the CMS refuses everyone else).
 */
function draftQuery(type: string): string {
  return `query ${type}Draft($documentId: ID!) {
  entry: ${uncapitalized(type)}(documentId: $documentId, status: DRAFT) { ...${type}Node }
}`;
}

/** Each list's total as the CMS reports it now, in one request and without entries: a patched snapshot must add up to these. */
function totalsQuery(): string {
  const totals = LISTS.map((list) => `  ${list}: ${list}_connection(pagination: { page: 1, pageSize: 1 }) { pageInfo { total } }`);
  return `query ListTotals {\n${totals.join('\n')}\n}`;
}

/** Every query written from the table, as one GraphQL document. */
export function listQueriesDocument(): string {
  // Editors preview the types @hoilhpn/preview-link names: the preview server reads one draft of them by documentId.
  const previewed = LISTS.map((list) => LIST_QUERIES[list].type)
    .filter((type) => isPreviewType(kebab(type)))
    .map(draftQuery);
  return [...LISTS.map((list) => pageQuery(list, false)), ...LISTS.map((list) => pageQuery(list, true)), totalsQuery(), ...previewed].join('\n\n');
}
