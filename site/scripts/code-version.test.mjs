// @ts-check
import { describe, expect, it } from 'vitest';
import { fileTree } from './test-support/file-tree.mjs';
import { codeVersion } from './code-version.mjs';

const tree = (/** @type {Record<string, string>} */ files) => fileTree('code-version', files);

describe('codeVersion', () => {
  const inputs = ['site/src', 'pnpm-lock.yaml'];
  const files = { 'site/src/a.ts': 'a', 'site/src/b/c.astro': 'c', 'pnpm-lock.yaml': 'lock' };

  it('is the same for the same files, and changes with a source, the lock file or a file name', async () => {
    const base = await codeVersion({ root: tree(files), inputs });
    expect(await codeVersion({ root: tree(files), inputs })).toBe(base);
    expect(await codeVersion({ root: tree({ ...files, 'site/src/a.ts': 'a2' }), inputs })).not.toBe(base);
    expect(await codeVersion({ root: tree({ ...files, 'pnpm-lock.yaml': 'lock2' }), inputs })).not.toBe(base);
    const { 'site/src/a.ts': moved, ...rest } = files;
    expect(await codeVersion({ root: tree({ ...rest, 'site/src/d.ts': moved }), inputs })).not.toBe(base);
  });

  it('leaves tests out: they do not change what a build writes', async () => {
    const base = await codeVersion({ root: tree(files), inputs });
    expect(await codeVersion({ root: tree({ ...files, 'site/src/a.test.ts': 'test' }), inputs })).toBe(base);
  });
});
