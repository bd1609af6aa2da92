import { describe, expect, it } from 'vitest';
import type { RawSiteData } from '../model/map-site-data.js';
import { mentionsAny, patchList, planRefetch, refetchFilter } from './change-plan.js';

const raw = {
  articles: [
    { documentId: 'a1', category: { documentId: 'c1' }, tags: [{ documentId: 't1' }], cover: { documentId: 'f1', url: '/1.png' } },
    { documentId: 'a2', category: null, tags: [], cover: null },
  ],
  categories: [{ documentId: 'c1' }],
  tags: [{ documentId: 't1' }],
  projects: [],
  videos: [{ documentId: 'v1', project: null }],
  trainingCourses: [],
  cadres: [],
  awards: [],
  legalDocuments: [],
  settings: { featuredArticles: [{ documentId: 'a1' }] },
} as unknown as RawSiteData;

const change = (type: string, documentId: string, action = 'update') => ({ sequence: 1, type, documentId, action });

describe('planRefetch', () => {
  it('fetches a changed entry again, the entries that named it (snapshot) and those that name it now (relation filters)', () => {
    const plan = planRefetch(raw, [change('api::tag.tag', 't1', 'unpublish')]);
    expect(plan.lists).toEqual({
      tags: { documentIds: ['t1'], relations: [] },
      articles: { documentIds: ['a1'], relations: [{ field: 'tags', documentIds: ['t1'] }] },
    });
    expect(plan.settings).toBe(true);
    expect(plan.changedDocuments).toBe(1);
  });

  it('follows a project to the articles, videos and documents that can name it', () => {
    const plan = planRefetch(raw, [change('api::project.project', 'p9', 'publish')]);
    expect(plan.lists.articles?.relations).toEqual([{ field: 'projects', documentIds: ['p9'] }]);
    expect(plan.lists.videos?.relations).toEqual([{ field: 'project', documentIds: ['p9'] }]);
    expect(plan.lists.legalDocuments?.relations).toEqual([{ field: 'projects', documentIds: ['p9'] }]);
    expect(plan.lists.cadres).toBeUndefined();
  });

  it('follows an article to the documents that can name it, and fetches a changed document again', () => {
    const plan = planRefetch(raw, [change('api::article.article', 'a2', 'unpublish'), change('api::legal-document.legal-document', 'd1', 'publish')]);
    expect(plan.lists.legalDocuments).toEqual({ documentIds: ['d1'], relations: [{ field: 'articles', documentIds: ['a2'] }] });
  });

  it('finds the entries showing a changed media file in the snapshot', () => {
    const plan = planRefetch(raw, [change('plugin::upload.file', 'f1', 'fileUpdate')]);
    expect(plan.lists).toEqual({ articles: { documentIds: ['a1'], relations: [] } });
  });

  it('plans nothing and leaves the settings alone when nothing changed', () => {
    expect(planRefetch(raw, [])).toEqual({ lists: {}, settings: false, changedDocuments: 0 });
  });
});

describe('mentionsAny', () => {
  it('looks below the top level only: an entry does not mention itself', () => {
    expect(mentionsAny({ documentId: 'a1', tags: [] }, new Set(['a1']))).toBe(false);
    expect(mentionsAny({ documentId: 'a2', figures: [{ image: { documentId: 'f1' } }] }, new Set(['f1']))).toBe(true);
  });
});

describe('refetchFilter and patchList', () => {
  it('asks by id or by relation, and drops the entries asked for by id that did not come back', () => {
    const refetch = { documentIds: ['a1', 'a2'], relations: [{ field: 'tags', documentIds: ['t1'] }] };
    expect(refetchFilter(refetch)).toEqual({ or: [{ documentId: { in: ['a1', 'a2'] } }, { tags: { documentId: { in: ['t1'] } } }] });
    const previous = [
      { documentId: 'a1', v: 1 },
      { documentId: 'a2', v: 1 },
      { documentId: 'a3', v: 1 },
    ];
    expect(
      patchList(previous, refetch, [
        { documentId: 'a1', v: 2 },
        { documentId: 'a4', v: 2 },
      ]),
    ).toEqual([
      { documentId: 'a3', v: 1 },
      { documentId: 'a1', v: 2 },
      { documentId: 'a4', v: 2 },
    ]);
  });
});
