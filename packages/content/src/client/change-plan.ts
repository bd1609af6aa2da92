import type { RawSiteData } from '../model/map-site-data.js';

export type ListName = Exclude<keyof RawSiteData, 'settings' | 'introduction'>;

/** The CMS content type behind each list of RawSiteData (the uids the change record names). */
export const LIST_TYPES: Record<ListName, string> = {
  articles: 'api::article.article',
  categories: 'api::category.category',
  tags: 'api::tag.tag',
  projects: 'api::project.project',
  videos: 'api::video.video',
  trainingCourses: 'api::training-course.training-course',
  cadres: 'api::cadre.cadre',
  awards: 'api::award.award',
  legalDocuments: 'api::legal-document.legal-document',
};

export const SETTINGS_TYPE = 'api::site-setting.site-setting';

/*
 * The relations each node carries, as in nodes.graphql (an article names its
 * category, tags, …). No node embeds a list of the entries pointing at it
 * (reverse lists are built in mapping), so a category's node does not change
 * when an article joins it. But a node does change when an entry it names is
 * published, unpublished or deleted: Strapi lists only published related
 * entries. Hence: when an entry changes, the entries naming it are fetched
 * again, both those that named it before (found in the snapshot) and those
 * that name it now (asked of the CMS with these relation filters).
 */
export const LIST_RELATIONS: Partial<Record<ListName, Record<string, ListName>>> = {
  articles: { category: 'categories', tags: 'tags', trainingCourses: 'trainingCourses', awards: 'awards', projects: 'projects', videos: 'videos' },
  videos: { project: 'projects' },
  cadres: { courses: 'trainingCourses', awards: 'awards' },
  legalDocuments: { projects: 'projects', articles: 'articles' },
};

export interface Change {
  sequence: number;
  type: string;
  documentId: string;
  action: string;
}

/** What to ask the CMS for one list: these entries by id, plus every entry naming a changed entry through `relations`. */
export interface ListRefetch {
  documentIds: string[];
  relations: Array<{ field: string; documentIds: string[] }>;
}

export interface ChangePlan {
  lists: Partial<Record<ListName, ListRefetch>>;
  settings: boolean;
  /** Distinct documents the record names. */
  changedDocuments: number;
}

/** True when `value` holds, below its top level, an object whose documentId is in `ids` (a relation or a media file). */
export function mentionsAny(value: unknown, ids: ReadonlySet<string>, top = true): boolean {
  if (Array.isArray(value)) return value.some((item) => mentionsAny(item, ids, false));
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  if (!top && typeof record.documentId === 'string' && ids.has(record.documentId)) return true;
  return Object.values(record).some((item) => mentionsAny(item, ids, false));
}

/**
 * Which entries a set of changes may have altered in a snapshot. Media files
 * (plugin::upload.file) are not lists: the entries showing a changed file are
 * found in the snapshot (replacing or deleting a file does not change which
 * entries use it; giving an entry a file is a change of the entry).
 * The site settings and the introduction are one small request each and name
 * other entries (featured articles, leaders), so they are fetched again
 * whenever anything changed.
 */
export function planRefetch(previous: RawSiteData, changes: readonly Change[]): ChangePlan {
  const changedIds = new Set(changes.map((change) => change.documentId));
  const changedByList = new Map<ListName, Set<string>>();
  for (const change of changes) {
    const list = (Object.keys(LIST_TYPES) as ListName[]).find((name) => LIST_TYPES[name] === change.type);
    if (!list) continue;
    const ids = changedByList.get(list) ?? new Set<string>();
    ids.add(change.documentId);
    changedByList.set(list, ids);
  }
  const lists: ChangePlan['lists'] = {};
  for (const list of Object.keys(LIST_TYPES) as ListName[]) {
    const ids = new Set(changedByList.get(list) ?? []);
    for (const node of previous[list] as Array<{ documentId: string }>) {
      if (mentionsAny(node, changedIds)) ids.add(node.documentId);
    }
    const relations = Object.entries(LIST_RELATIONS[list] ?? {})
      .map(([field, target]) => ({ field, documentIds: [...(changedByList.get(target) ?? [])].sort() }))
      .filter((relation) => relation.documentIds.length > 0);
    if (ids.size > 0 || relations.length > 0) lists[list] = { documentIds: [...ids].sort(), relations };
  }
  return { lists, settings: changes.length > 0, changedDocuments: changedIds.size };
}

/** The filter for one list's refetch: `{ or: [{ documentId: { in } }, { field: { documentId: { in } } }, …] }`. */
export function refetchFilter(refetch: ListRefetch): { or: Array<Record<string, { documentId: { in: string[] } } | { in: string[] }>> } {
  const or: Array<Record<string, { documentId: { in: string[] } } | { in: string[] }>> = [];
  if (refetch.documentIds.length > 0) or.push({ documentId: { in: refetch.documentIds } });
  for (const relation of refetch.relations) or.push({ [relation.field]: { documentId: { in: relation.documentIds } } });
  return { or };
}

/**
 * The list after a refetch: the entries asked for by id that did not come
 * back are no longer published (unpublished or deleted); those that came back
 * replace their old version; entries found through a relation filter replace
 * theirs too, or join the list.
 */
export function patchList<Node extends { documentId: string }>(previous: readonly Node[], refetch: ListRefetch, fetched: readonly Node[]): Node[] {
  const gone = new Set([...refetch.documentIds, ...fetched.map((node) => node.documentId)]);
  return [...previous.filter((node) => !gone.has(node.documentId)), ...fetched];
}
