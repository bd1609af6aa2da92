import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REQUIRED_FILES, type BuildInfo } from './build-info.js';
import { validateRelease } from './validate-release.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-validate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function release(name: string, files: readonly string[]): string {
  const dir = path.join(root, name);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x');
  }
  return dir;
}

const CMS_A = '1a2b3c4d-0000-4000-8000-00000000000a';
const CMS_B = '9f8e7d6c-0000-4000-8000-00000000000b';
/** A release's build-info.json as site/scripts/build.mjs writes it; `reported` is the CMS's own article total. */
const info = (articles: number, identity: string | null = CMS_A, reported = articles): BuildInfo => ({
  builtAt: '',
  durationMs: 1,
  articles,
  pages: 10,
  cms: { identity, reported: { articles: reported, categories: 4 } },
});
/** A release from before build-info.json recorded the CMS. */
const legacy = (articles: number): BuildInfo => ({ builtAt: '', durationMs: 1, articles, pages: 10 });
const options = { maxArticleDrop: 0.5 };

describe('validateRelease', () => {
  const complete = release('complete', REQUIRED_FILES);

  it('accepts a complete release', () => {
    expect(validateRelease(complete, info(10), info(10), options)).toBeNull();
    expect(validateRelease(complete, info(10), null, options)).toBeNull();
  });

  it('names missing pages, even when forced', () => {
    const partial = release('partial', ['index.html']);
    expect(validateRelease(partial, info(10), null, options)).toMatch(/lacks 404\.html, tin-tuc\/index\.html/);
    expect(validateRelease(partial, info(10), null, { ...options, force: true })).toMatch(/lacks 404\.html/);
  });

  it('lets editors take down most articles: same CMS, counts as the CMS reported them', () => {
    // 3 articles live; one unpublished and one deleted leaves 1 (67% fewer): the take-down goes live.
    expect(validateRelease(complete, info(1), info(3), options)).toBeNull();
    // Every article taken down.
    expect(validateRelease(complete, info(0), info(3), options)).toBeNull();
  });

  it('refuses a sharp drop from another CMS, and says which identities differ', () => {
    expect(validateRelease(complete, info(1, CMS_B), info(4, CMS_A), options)).toBe(
      'the CMS is not the one the live site was built from (identity 1a2b3c4d… → 9f8e7d6c…), and the article count would fall from 4 to 1 (75%, more than 50%). ' +
        'Check CMS_URL and CMS_TOKEN; if this is the right CMS, rebuild with force to publish it anyway',
    );
    expect(validateRelease(complete, info(1, CMS_B), info(4, CMS_A), { ...options, force: true })).toBeNull();
  });

  it('lets another CMS through when the drop is small (a moved database keeps its content)', () => {
    expect(validateRelease(complete, info(3, CMS_B), info(4, CMS_A), options)).toBeNull();
  });

  it('refuses a sharp drop when the CMS no longer says which one it is but the live release knew', () => {
    expect(validateRelease(complete, info(1, null), info(4, CMS_A), options)).toMatch(
      /^the CMS does not say which one it is \(the live site was built from identity 1a2b3c4d…\), and the article count would fall from 4 to 1 \(75%/,
    );
  });

  it('refuses a sharp drop when the live release does not record its CMS (releases built before it was recorded)', () => {
    expect(validateRelease(complete, info(1), legacy(4), options)).toMatch(
      /^the live release does not record which CMS it was built from, and the article count would fall from 4 to 1/,
    );
    expect(validateRelease(complete, legacy(1), legacy(4), options)).toMatch(
      /^the build did not record what the CMS reported, and the article count would fall/,
    );
    expect(validateRelease(complete, legacy(3), legacy(4), options)).toBeNull();
  });

  it('refuses a release whose article count differs from what the CMS reported, whatever the drop', () => {
    expect(validateRelease(complete, info(9, CMS_A, 10), info(10), options)).toBe(
      'the build holds 9 articles but the CMS reported 10: the fetch was incomplete; rebuild with force to publish it anyway',
    );
    expect(validateRelease(complete, info(1, CMS_A, 2), info(3), options)).toMatch(/the CMS reported 2/);
    expect(validateRelease(complete, info(9, CMS_A, 10), info(10), { ...options, force: true })).toBeNull();
  });
});
