// Read by codegen.ts only: the site's code gets these queries typed from src/generated/graphql.ts, so nothing it
// bundles imports @hoilhpn/preview-link's runtime code from here.
import { isPreviewType } from '@hoilhpn/preview-link';
import type { ListName } from '../client/change-plan.js';
import { LIST_QUERIES } from './list-queries.js';

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
