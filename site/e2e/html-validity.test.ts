import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hasJava, htmlErrors } from './harness/html-checker';
import { listFiles } from './harness/output';

const { outDir } = inject('site');

describe.skipIf(!hasJava)('the HTML of every page', () => {
  it('has no error in the Nu HTML Checker', () => {
    const pages = listFiles(outDir, (file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const errors = htmlErrors(outDir).map(
      (error) => `${path.relative(outDir, new URL(error.url).pathname)}:${error.lastLine ?? '?'} ${error.message} [${error.extract?.trim() ?? ''}]`,
    );
    expect(errors).toEqual([]);
  });
});
