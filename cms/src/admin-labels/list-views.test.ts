import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withListView, type Configuration } from './apply-field-labels';
import { SCHEDULED_TYPES } from '../scheduling/scheduled-types';
import { scheduleTiming } from './field-labels';
import { LIST_VIEWS } from './list-views';

const SORTABLE_BUILT_IN = ['updatedAt', 'createdAt'];

function attributesOf(uid: string): Record<string, { type: string; relation?: string }> {
  const [, name] = /^api::([a-z-]+)\./.exec(uid)!;
  const file = path.join(__dirname, '..', 'api', name!, 'content-types', name!, 'schema.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, { type: string; relation?: string }> }).attributes;
}

describe('LIST_VIEWS', () => {
  it.each(Object.entries(LIST_VIEWS))('%s: every column is a field the list can show, the slug last, the sort on a field', (uid, view) => {
    const attributes = attributesOf(uid);
    for (const column of view.columns) {
      const attribute = attributes[column];
      expect(attribute, column).toBeDefined();
      // Lists cannot show rich text, components, media lists or many-to-many relations in a column.
      expect(['blocks', 'component', 'dynamiczone', 'json'], column).not.toContain(attribute!.type);
      if (attribute!.type === 'relation') expect(attribute!.relation, column).toMatch(/^(manyToOne|oneToOne)$/);
    }
    if (view.columns.includes('slug')) expect(view.columns[view.columns.length - 1]).toBe('slug');
    expect(view.sortBy in attributes || SORTABLE_BUILT_IN.includes(view.sortBy)).toBe(true);
  });

  it('puts the newest article first and shows title, date, category and the two schedule columns', () => {
    expect(LIST_VIEWS['api::article.article']).toEqual({
      columns: ['title', 'publishedDate', 'category', 'scheduledPublishAt', 'scheduledUnpublishAt', 'slug'],
      sortBy: 'publishedDate',
      sortOrder: 'DESC',
    });
  });
});

describe('schedule columns and help', () => {
  it.each(SCHEDULED_TYPES)('%s lists when an entry goes out and comes down, before the slug', (uid) => {
    const columns = LIST_VIEWS[uid]!.columns;
    expect(columns.slice(-3)).toEqual(['scheduledPublishAt', 'scheduledUnpublishAt', 'slug']);
  });

  it('tells editors how soon the scheduler acts, from its real interval', () => {
    expect(scheduleTiming(20)).toBe('chậm nhất khoảng 20 giây sau giờ hẹn');
    expect(scheduleTiming(300)).toBe('chậm nhất khoảng 5 phút sau giờ hẹn');
    expect(scheduleTiming(0)).toMatch(/tắt hẹn giờ/);
  });
});

describe('withListView', () => {
  const stored: Configuration = {
    settings: { pageSize: 10, defaultSortBy: 'id', defaultSortOrder: 'ASC' },
    layouts: { list: ['id', 'title'], edit: [] },
    metadatas: {},
  };

  it('sets the columns and the sort, keeping the other settings', () => {
    const updated = withListView(stored, { columns: ['title', 'slug'], sortBy: 'title', sortOrder: 'DESC' })!;
    expect(updated.settings).toEqual({ pageSize: 10, defaultSortBy: 'title', defaultSortOrder: 'DESC' });
    expect(updated.layouts).toEqual({ list: ['title', 'slug'], edit: [] });
  });

  it('changes nothing when the list is already so', () => {
    const updated = withListView(stored, { columns: ['title', 'slug'], sortBy: 'title', sortOrder: 'DESC' })!;
    expect(withListView(updated, { columns: ['title', 'slug'], sortBy: 'title', sortOrder: 'DESC' })).toBeNull();
  });
});
