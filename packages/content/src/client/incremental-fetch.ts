import { createHash } from 'node:crypto';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ArticlesPageDocument,
  ArticlesWhereDocument,
  AwardsPageDocument,
  AwardsWhereDocument,
  LegalDocumentsPageDocument,
  LegalDocumentsWhereDocument,
  CadresPageDocument,
  CadresWhereDocument,
  CategoriesPageDocument,
  CategoriesWhereDocument,
  ContentChangesDocument,
  ListTotalsDocument,
  ProjectsPageDocument,
  ProjectsWhereDocument,
  SiteSettingsDocument,
  IntroductionDocument,
  TagsPageDocument,
  TagsWhereDocument,
  TrainingCoursesPageDocument,
  TrainingCoursesWhereDocument,
  VideosPageDocument,
  VideosWhereDocument,
} from '../generated/graphql.js';
import { LIST_QUERIES } from '../graphql/list-queries.js';
import { fetchCmsIdentity, fetchSiteSnapshot, type CmsSource } from '../load-site-data.js';
import type { RawSiteData } from '../model/map-site-data.js';
import { LIST_TYPES, patchList, planRefetch, refetchFilter, type Change, type ListName } from './change-plan.js';
import type { ContentClient, PageQuery } from './content-client.js';
import { ContentFetchError } from './errors.js';
import { fetchMatching, type FilteredPageVariables } from './fetch-matching.js';
import { mapWithConcurrency } from './map-with-concurrency.js';

/** Everything a build needs to fetch incrementally next time. Persist it as JSON (see snapshot-file.ts). */
export interface SiteSnapshot {
  raw: RawSiteData;
  source: CmsSource;
  /** The change record's sequence the snapshot is complete up to. */
  sequence: number;
  /** A hash of the site's GraphQL queries: a snapshot made with other queries holds other fields. */
  queries: string;
}

export type SnapshotUpdate =
  | { kind: 'full'; reason: string; snapshot: SiteSnapshot }
  | { kind: 'incremental'; snapshot: SiteSnapshot; changes: number; refetched: Partial<Record<ListName, number>>; removed: Partial<Record<ListName, number>> }
  | { kind: 'unchanged'; snapshot: SiteSnapshot };

export interface UpdateOptions {
  /** Beyond this many changed documents a full fetch is cheaper than the filters (and keeps requests small). */
  maxChangedDocuments?: number;
  log?: (message: string) => void;
}

// Each list's own filter input type; one table holds them all, so the filters are left open here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type WhereDocument = TypedDocumentNode<PageQuery<{ documentId: string }>, FilteredPageVariables<any>>;

/* The full fetch's page query and the incremental fetch's filtered one, per list (list-queries.ts writes both alike). */
const LIST_DOCUMENTS: Record<ListName, { page: unknown; where: WhereDocument }> = {
  articles: { page: ArticlesPageDocument, where: ArticlesWhereDocument as WhereDocument },
  categories: { page: CategoriesPageDocument, where: CategoriesWhereDocument as WhereDocument },
  tags: { page: TagsPageDocument, where: TagsWhereDocument as WhereDocument },
  projects: { page: ProjectsPageDocument, where: ProjectsWhereDocument as WhereDocument },
  videos: { page: VideosPageDocument, where: VideosWhereDocument as WhereDocument },
  trainingCourses: { page: TrainingCoursesPageDocument, where: TrainingCoursesWhereDocument as WhereDocument },
  cadres: { page: CadresPageDocument, where: CadresWhereDocument as WhereDocument },
  awards: { page: AwardsPageDocument, where: AwardsWhereDocument as WhereDocument },
  legalDocuments: { page: LegalDocumentsPageDocument, where: LegalDocumentsWhereDocument as WhereDocument },
};

/** The hash of every query a snapshot's data comes from. */
export const QUERIES_HASH = createHash('sha256')
  .update(
    [...Object.values(LIST_DOCUMENTS).flatMap(({ page, where }) => [page, where]), SiteSettingsDocument, IntroductionDocument]
      .map((document) => print(document as Parameters<typeof print>[0]))
      .join('\n'),
  )
  .digest('hex')
  .slice(0, 16);

/**
 * Every change after `after`, following `hasMore` page by page. `oldest` and
 * `latest` come from the first answer, read before any entry is fetched:
 * whatever changes later has a higher sequence and is fetched next time.
 */
export async function fetchChangesSince(client: ContentClient, after: number): Promise<{ oldest: number; latest: number; changes: Change[] }> {
  const first = (await client.request(ContentChangesDocument, { after, limit: null }, 'content changes')).contentChanges;
  const changes: Change[] = [...first.changes];
  let page = first;
  while (page.hasMore) {
    const last = page.changes.at(-1);
    if (!last) throw new ContentFetchError('graphql', `CMS content changes: the answer after ${after} says more follow but lists none.`);
    page = (await client.request(ContentChangesDocument, { after: last.sequence, limit: null }, `content changes after ${last.sequence}`)).contentChanges;
    changes.push(...page.changes);
  }
  return { oldest: first.oldest, latest: first.latest, changes };
}

/* The largest GraphQL Int: asking for changes after it answers only the record's bounds. */
const GRAPHQL_INT_MAX = 2 ** 31 - 1;

/** A full fetch, stamped with the change record's position read before it, so nothing it may have missed is skipped later. */
export async function fetchFullSnapshot(client: ContentClient): Promise<SiteSnapshot> {
  const { latest } = await fetchChangesSince(client, GRAPHQL_INT_MAX);
  const { raw, source } = await fetchSiteSnapshot(client);
  return { raw, source, sequence: latest, queries: QUERIES_HASH };
}

/**
 * The site's raw data now, from a previous snapshot: only the documents the
 * change record names since `previous.sequence`, and the entries naming them
 * (change-plan.ts), are fetched again; the ones no longer published drop out.
 * A full fetch instead when there is no previous snapshot, it comes from
 * another CMS database or other queries, the record no longer reaches back to
 * it (pruned) or is behind it (a restored database), too many documents
 * changed, or the patched lists do not add up to the CMS's totals.
 */
export async function updateSiteSnapshot(
  client: ContentClient,
  previous: SiteSnapshot | null | undefined,
  options: UpdateOptions = {},
): Promise<SnapshotUpdate> {
  const full = async (reason: string): Promise<SnapshotUpdate> => {
    options.log?.(`Content: full fetch (${reason}).`);
    return { kind: 'full', reason, snapshot: await fetchFullSnapshot(client) };
  };
  if (!previous) return full('no previous snapshot');
  if (previous.queries !== QUERIES_HASH) return full('the snapshot was made with other GraphQL queries');
  const identity = await fetchCmsIdentity(client);
  if (identity === null || identity !== previous.source.identity)
    return full(`the snapshot comes from CMS ${previous.source.identity ?? 'unknown'}, this is ${identity ?? 'unknown'}`);
  const { oldest, latest, changes } = await fetchChangesSince(client, previous.sequence);
  if (previous.sequence < oldest) return full(`the change record starts after the snapshot (sequence ${previous.sequence} < ${oldest})`);
  if (previous.sequence > latest) return full(`the snapshot is ahead of the change record (sequence ${previous.sequence} > ${latest}): a restored database?`);
  if (changes.length === 0) return { kind: 'unchanged', snapshot: previous };

  const plan = planRefetch(previous.raw, changes);
  const maxChanged = options.maxChangedDocuments ?? 500;
  if (plan.changedDocuments > maxChanged) return full(`${plan.changedDocuments} documents changed (more than ${maxChanged})`);

  const raw: RawSiteData = { ...previous.raw };
  const refetched: Partial<Record<ListName, number>> = {};
  const removed: Partial<Record<ListName, number>> = {};
  const planned = Object.entries(plan.lists) as Array<[ListName, NonNullable<(typeof plan.lists)[ListName]>]>;
  await mapWithConcurrency(planned, 3, async ([list, refetch]) => {
    const fetched = await fetchMatching(client, LIST_DOCUMENTS[list].where, refetchFilter(refetch), `${list} changed since ${previous.sequence}`);
    const old = previous.raw[list] as Array<{ documentId: string }>;
    (raw as Record<ListName, unknown>)[list] = sortLikeCms(list, patchList(old, refetch, fetched) as never);
    const back = new Set(fetched.map((node) => node.documentId));
    const had = new Set(old.map((node) => node.documentId));
    refetched[list] = fetched.length;
    removed[list] = refetch.documentIds.filter((documentId) => had.has(documentId) && !back.has(documentId)).length;
  });
  if (plan.settings) {
    const [{ siteSetting }, { introduction }] = await Promise.all([
      client.request(SiteSettingsDocument, {}, 'site settings'),
      client.request(IntroductionDocument, {}, 'introduction'),
    ]);
    if (!siteSetting) throw new ContentFetchError('graphql', 'CMS site settings: "Cài đặt trang" is not published; the site needs its name and navigation.');
    raw.settings = siteSetting;
    raw.introduction = introduction;
  }
  const totals = await fetchTotals(client);
  const mismatch = (Object.keys(LIST_TYPES) as ListName[]).filter((list) => raw[list].length !== totals[list]);
  if (mismatch.length > 0) {
    return full(`the patched snapshot does not add up: ${mismatch.map((list) => `${list} ${raw[list].length} ≠ ${totals[list]} in the CMS`).join(', ')}`);
  }
  const sequence = changes.at(-1)!.sequence;
  return { kind: 'incremental', snapshot: { raw, source: { identity, totals }, sequence, queries: QUERIES_HASH }, changes: changes.length, refetched, removed };
}

/** Each list's total as the CMS reports it now, in one request without entries. */
async function fetchTotals(client: ContentClient): Promise<Record<ListName, number>> {
  const answer = await client.request(ListTotalsDocument, {}, 'list totals');
  const totals = {} as Record<ListName, number>;
  for (const list of Object.keys(LIST_TYPES) as ListName[]) {
    const total = answer[list]?.pageInfo.total;
    if (typeof total !== 'number') throw new ContentFetchError('graphql', `CMS list totals: no total for ${list} in the answer from ${client.endpoint}.`);
    totals[list] = total;
  }
  return totals;
}

type Sortable = Record<string, unknown> & { documentId: string };

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/**
 * Orders a patched list as its query does (list-queries.ts), comparing text in
 * code-point order. The CMS's database may collate text differently
 * (PostgreSQL's locale for cadres' names, projects' codes), so a patched list's
 * order can differ from a full fetch's there; the site sorts every list itself
 * when mapping (mapSiteData, relationsOf), so nothing it renders depends on it.
 */
export function sortLikeCms<Node extends Sortable>(list: ListName, nodes: Node[]): Node[] {
  const keys = LIST_QUERIES[list].order;
  return nodes.sort((a, b) => {
    for (const [key, order] of keys) {
      const difference = compareValues(a[key], b[key]);
      if (difference !== 0) return order === 'asc' || a[key] == null || b[key] == null ? difference : -difference;
    }
    return a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;
  });
}
