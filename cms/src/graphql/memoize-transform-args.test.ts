import { describe, expect, it } from 'vitest';
import { MAX_CACHED, memoizedTransformArgs } from './memoize-transform-args';

const article = { contentType: { uid: 'api::article.article' }, usePagination: true };

function counting() {
  let calls = 0;
  const transform = (args: unknown, options: { contentType: { uid: string }; usePagination?: boolean }) => {
    calls += 1;
    return { ...(args as object), uid: options.contentType.uid, paged: options.usePagination ?? false, nested: { list: [1, 2] } };
  };
  return { transform, calls: () => calls };
}

describe('memoizedTransformArgs', () => {
  it('computes once per arguments, type and paging, and hands out copies', () => {
    const { transform, calls } = counting();
    const memoized = memoizedTransformArgs(transform);
    const first = memoized({ pagination: { limit: 100 } }, article) as { nested: { list: number[] } };
    first.nested.list.push(3);
    const second = memoized({ pagination: { limit: 100 } }, article);
    expect(calls()).toBe(1);
    expect(second).toEqual({ pagination: { limit: 100 }, uid: 'api::article.article', paged: true, nested: { list: [1, 2] } });
    memoized({ pagination: { limit: 10 } }, article);
    memoized({ pagination: { limit: 100 } }, { ...article, usePagination: false });
    memoized({ pagination: { limit: 100 } }, { contentType: { uid: 'api::tag.tag' }, usePagination: true });
    expect(calls()).toBe(4);
  });

  it('stays bounded when a client sends ever new arguments', () => {
    const { transform, calls } = counting();
    const memoized = memoizedTransformArgs(transform);
    for (let index = 0; index <= MAX_CACHED; index += 1) memoized({ pagination: { limit: index } }, article);
    memoized({ pagination: { limit: 0 } }, article);
    expect(calls()).toBe(MAX_CACHED + 2);
  });
});
