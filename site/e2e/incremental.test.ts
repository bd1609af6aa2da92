// An incremental release (only the routes whose fingerprint changed rendered,
// the rest hard-linked from the previous release) is byte for byte the full
// build of the same content. Content changes go through the real CMS as an
// editor makes them; every build is a real `pnpm --dir site build`.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorClient } from '@hoilhpn/testing/editor-client';
import { EDITOR } from '@hoilhpn/testing/editor-account';
import { HOSTILE_SLUG, SEED_SLUG } from './fixtures/cms-fixtures';
import { buildSite, startCms, type RunningCms } from '@hoilhpn/testing/cms-process';
import { compareReleases } from './harness/output';
import { buildRelease, type ReleaseBuildInfo } from './harness/release-build';

const SITE_URL = 'https://phunu.example.vn';
let workDir: string;
let cms: RunningCms;
let editor: EditorClient;

// One content snapshot for the run, as the rebuild service keeps: an incremental build fetches only
// what changed since the last build; a full build fetches everything, so it is the fair comparison.
const build = (name: string, previous?: string) =>
  buildRelease(cms, path.join(workDir, name), { siteUrl: SITE_URL, previous, snapshot: path.join(workDir, 'content-snapshot.json') });

async function articles(): Promise<{ documentId: string; slug: string; title: string }[]> {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cms.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles(pagination: { limit: 200 }, sort: "slug") { documentId slug title } }' }),
  });
  const body = (await response.json()) as { data: { articles: { documentId: string; slug: string; title: string }[] } };
  return body.data.articles;
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-site-incremental-'));
  cms = await startCms({ databaseFile: path.join(workDir, 'cms.db'), setupModule: path.resolve(__dirname, 'fixtures', 'incremental-fixtures.ts') });
  editor = new EditorClient(cms.url);
  await editor.login(EDITOR.email, EDITOR.password);
});

afterAll(async () => {
  await cms?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('an incremental release is the full build of the same content', () => {
  let previous: string;

  it('renders only what an edited title, an unpublished and a new article changed, and equals a full build', async () => {
    const a = await build('a');
    expect(a.info.kind).toBe('full');
    previous = a.dir;

    const list = await articles();
    const others = list.filter((article) => article.slug !== SEED_SLUG && article.slug !== HOSTILE_SLUG);
    const [edited, unpublished] = others;
    await editor.update(edited!.documentId, { title: `${edited!.title} (đã sửa)` });
    await editor.publish(edited!.documentId);
    await editor.unpublish(unpublished!.documentId);
    const created = await editor.createDraft({
      title: 'Tin mới cho bản dựng từng phần',
      slug: 'tin-moi-cho-ban-dung-tung-phan',
      lead: 'Sapo của tin mới.',
      author: 'Phóng viên',
      publishedDate: '2026-11-20T08:00:00+07:00',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung tin mới.' }] }],
    });
    await editor.publish(created);

    const b = await build('b', a.dir);
    expect(b.info.kind, b.info.fullReason).toBe('incremental');
    // …and fetched only what the change record names.
    expect(b.info.fetch.kind, b.info.fetch.reason).toBe('incremental');
    expect(b.info.routes.rendered).toBeGreaterThan(0);
    expect(b.info.routes.reused).toBeGreaterThan(0);
    expect(b.info.routes.deleted).toBeGreaterThanOrEqual(1);
    // Unchanged pages are the previous release's files, not copies.
    const manifestA = JSON.parse(readFileSync(path.join(a.dir, 'route-manifest.json'), 'utf8')) as { routes: Record<string, { fingerprint: string }> };
    const manifestB = JSON.parse(readFileSync(path.join(b.dir, 'route-manifest.json'), 'utf8')) as { routes: Record<string, { fingerprint: string }> };
    const unchanged = Object.keys(manifestB.routes).filter((route) => manifestA.routes[route]?.fingerprint === manifestB.routes[route]!.fingerprint);
    expect(unchanged.length).toBe(b.info.routes.reused);
    for (const route of unchanged.filter((route) => route.endsWith('/'))) {
      expect(statSync(path.join(b.dir, route, 'index.html')).ino, route).toBe(statSync(path.join(a.dir, route, 'index.html')).ino);
    }
    expect(manifestB.routes[`/tin-tuc/${unpublished!.slug}/`]).toBeUndefined();
    expect(manifestB.routes['/tin-tuc/tin-moi-cho-ban-dung-tung-phan/']).toBeDefined();

    const c = await build('c');
    expect(c.info.kind).toBe('full');
    expect(c.info.fetch.kind).toBe('full');
    const comparison = compareReleases(b.dir, c.dir);
    console.log(
      `incremental vs full after three article edits: ${comparison.compared} files compared, ${comparison.differing.length} differ; rendered ${b.info.routes.rendered}, reused ${b.info.routes.reused}, deleted ${b.info.routes.deleted}`,
    );
    expect(comparison).toEqual({ compared: comparison.compared, onlyA: [], onlyB: [], differing: [] });
    expect(comparison.compared).toBeGreaterThan(50);
    previous = b.dir;
  });

  it('renders every page again when the site name changes, and still equals a full build', async () => {
    await editor.publishSiteSettings({ siteName: 'Hội Liên hiệp Phụ nữ tỉnh (tên mới)' });
    const d = await build('d', previous);
    expect(d.info.kind, d.info.fullReason).toBe('incremental');
    expect(d.info.fetch.kind, d.info.fetch.reason).toBe('incremental');
    // Every page shows the site name in its header: only routes without one (the sitemap) are taken over.
    const manifestOf = (dir: string) =>
      JSON.parse(readFileSync(path.join(dir, 'route-manifest.json'), 'utf8')) as { routes: Record<string, { fingerprint: string }> };
    const [before, after] = [manifestOf(previous), manifestOf(d.dir)];
    const reused = Object.keys(after.routes).filter((route) => before.routes[route]?.fingerprint === after.routes[route]!.fingerprint);
    expect(reused.length).toBe(d.info.routes.reused);
    expect(reused.filter((route) => route.endsWith('/') || route.endsWith('.html'))).toEqual([]);
    expect(d.info.routes.rendered).toBeGreaterThan(50);
    expect(readFileSync(path.join(d.dir, 'index.html'), 'utf8')).toContain('Hội Liên hiệp Phụ nữ tỉnh (tên mới)');
    const e = await build('e');
    const comparison = compareReleases(d.dir, e.dir);
    console.log(
      `incremental vs full after a site name change: ${comparison.compared} files compared, ${comparison.differing.length} differ; rendered ${d.info.routes.rendered}`,
    );
    expect(comparison).toEqual({ compared: comparison.compared, onlyA: [], onlyB: [], differing: [] });
  });

  it('builds in full when asked (SITE_FULL_BUILD=1), previous release or not', async () => {
    const asked = await buildSite({
      CMS_URL: cms.url,
      CMS_TOKEN: cms.token,
      SITE_OUT_DIR: path.join(workDir, 'f'),
      SITE_URL,
      SITE_PREVIOUS_RELEASE: previous,
      SITE_FULL_BUILD: '1',
    });
    expect(asked.code, asked.stderr).toBe(0);
    const info = JSON.parse(readFileSync(path.join(workDir, 'f', 'build-info.json'), 'utf8')) as ReleaseBuildInfo;
    expect(info.kind).toBe('full');
    expect(info.fullReason).toContain('SITE_FULL_BUILD');
  });
});
