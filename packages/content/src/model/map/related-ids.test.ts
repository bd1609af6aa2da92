import { describe, expect, it } from 'vitest';
import { ContentFetchError } from '../../client/errors.js';
import { publishedId, publishedIds, RELATION_LIMIT } from './related-ids.js';

const refs = (...ids: string[]) => ids.map((documentId) => ({ documentId }));

describe('publishedIds', () => {
  it("keeps the editors' order, once each, without nulls and without entries the site does not have", () => {
    expect(publishedIds([...refs('b', 'draft', 'a', 'b'), null], 'here', new Set(['a', 'b']))).toEqual(['b', 'a']);
    expect(publishedIds(null, 'here', new Set(['a']))).toEqual([]);
  });

  it('stops the build at the query limit, counting duplicates (the CMS cut the list it sent), and not below', () => {
    const ids = Array.from({ length: RELATION_LIMIT - 1 }, (_, index) => `t${index}`);
    expect(publishedIds(refs(...ids), 'here', new Set(ids))).toHaveLength(RELATION_LIMIT - 1);
    const atLimit = refs(...ids, 't0');
    expect(() => publishedIds(atLimit, 'article "X" tags', new Set(ids))).toThrow(ContentFetchError);
    expect(() => publishedIds(atLimit, 'article "X" tags', new Set(ids))).toThrow(/^CMS article "X" tags: 100 related entries/);
  });
});

describe('publishedId', () => {
  it('is the id of a published entry, else null', () => {
    const published = new Map([['p1', {}]]);
    expect(publishedId({ documentId: 'p1' }, published)).toBe('p1');
    expect(publishedId({ documentId: 'draft' }, published)).toBeNull();
    expect(publishedId(null, published)).toBeNull();
  });
});
