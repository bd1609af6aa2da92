// A random run of editors' edits through the real CMS; after each one an
// incremental release (only changed routes rendered, from a patched content
// snapshot) must be byte for byte the full build of the same content.
// Replay a failure with the seed its message names:
//   INCREMENTAL_SEED=<seed> pnpm --dir site exec vitest run --project e2e e2e/incremental-random.test.ts
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { EditorClient } from '@hoilhpn/testing/editor-client';
import { EDITOR } from '@hoilhpn/testing/editor-account';
import { HOSTILE_SLUG } from './fixtures/cms-fixtures';
import { makePng } from '@hoilhpn/testing/png';
import { startCms, type RunningCms } from '@hoilhpn/testing/cms-process';
import { compareReleases } from './harness/output';
import { buildRelease, releaseServer } from './harness/release-build';
import type { BuildServer } from '../../packages/rebuild/src/build-server';

const SITE_URL = 'https://phunu.example.vn';
const SEED = process.env.INCREMENTAL_SEED ? Number(process.env.INCREMENTAL_SEED) : Math.floor(Math.random() * 2 ** 32);
const EDITS = Number(process.env.INCREMENTAL_EDITS ?? 30);
const RELEASE_SNAPSHOT = 'content-snapshot.json';

/**
 * A full build after every edit would take the run well past ten minutes on two
 * cores, so the full build (the reference) is made after each of the first ten
 * edits and then after every third one, and always after the last. Whether the
 * release was really incremental (render and fetch) is checked after every edit,
 * and the releases in between still feed the next one, so a wrong file carried
 * forward by hard links shows at the next comparison.
 */
const comparedAfter = (edit: number) => edit <= 10 || edit % 3 === 0 || edit === EDITS;

/** mulberry32: a small seeded PRNG, so a failing sequence can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Article {
  documentId: string;
  slug: string;
  title: string;
  published: boolean;
  projects: Set<string>;
  courses: Set<string>;
}

interface Ref {
  documentId: string;
}

let workDir: string;
let cms: RunningCms;
let editor: EditorClient;
let failed = false;
const uploadedFiles: number[] = [];

async function graphql<T>(query: string): Promise<T> {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cms.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!response.ok || !body.data) throw new Error(`GraphQL ${query}: HTTP ${response.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The releases' build server, as the rebuild service runs it: every release after the first is built with the last one in memory. */
let server: BuildServer;

/**
 * `previous`: an incremental release from it, by the build server on the run's snapshot; `null`: a
 * full build, on `snapshot`: the first release by the build server, the references by one cold
 * `scripts/build.mjs` each. The references keep their snapshot apart, so they never refresh the
 * one the next patch starts from.
 */
const build = (name: string, previous: string | null, snapshot = 'full-snapshot.json') =>
  buildRelease(cms, path.join(workDir, name), {
    siteUrl: SITE_URL,
    previous,
    snapshot: path.join(workDir, previous ? RELEASE_SNAPSHOT : snapshot),
    label: `seed ${SEED}: `,
    ...(previous || snapshot === RELEASE_SNAPSHOT ? { server } : {}),
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The edits an editor makes, each through the admin's content-manager API; returns what it did. */
function editKinds(random: () => number, articles: Map<string, Article>, categories: Ref[], tags: Ref[], projects: Ref[], courses: Ref[]) {
  const pick = <T>(list: T[]): T | undefined => list[Math.floor(random() * list.length)];
  const subset = <T>(list: T[], max: number): T[] => list.filter(() => random() < max / Math.max(list.length, 1));
  const published = () => [...articles.values()].filter((article) => article.published);
  const drafts = () => [...articles.values()].filter((article) => !article.published);
  let counter = 0;
  const unique = () => `${SEED.toString(36)}-${(counter += 1)}`;

  async function create(publish: boolean): Promise<Article> {
    const id = unique();
    const category = pick(categories);
    const chosenTags = subset(tags, 2);
    const slug = `tin-ngau-nhien-${id}`;
    const title = `Tin ngẫu nhiên ${id}`;
    const day = 1 + Math.floor(random() * 28);
    const documentId = await editor.createDraft({
      title,
      slug,
      lead: `Sapo của tin ${id}.`,
      author: 'Phóng viên',
      publishedDate: `2026-0${1 + Math.floor(random() * 9)}-${String(day).padStart(2, '0')}T08:00:00+07:00`,
      ...(category ? { category: category.documentId } : {}),
      tags: chosenTags.map((tag) => tag.documentId),
      body: [{ type: 'paragraph', children: [{ type: 'text', text: `Nội dung tin ${id}.` }] }],
    });
    if (publish) await editor.publish(documentId);
    const article = { documentId, slug, title, published: publish, projects: new Set<string>(), courses: new Set<string>() };
    articles.set(documentId, article);
    return article;
  }

  /** Each kind returns a description, or null when nothing fits it now (the caller then creates an article). */
  const kinds: Record<string, () => Promise<string | null>> = {
    async create() {
      const article = await create(true);
      return `create ${article.slug}`;
    },
    async title() {
      const article = pick(published());
      if (!article) return null;
      article.title = `${article.title.replace(/ \(sửa \d+\)$/, '')} (sửa ${(counter += 1)})`;
      await editor.update(article.documentId, { title: article.title });
      await editor.publish(article.documentId);
      return `title ${article.slug} → ${article.title}`;
    },
    async slug() {
      const article = pick(published());
      if (!article) return null;
      const before = article.slug;
      article.slug = `duong-dan-moi-${unique()}`;
      await editor.update(article.documentId, { slug: article.slug });
      await editor.publish(article.documentId);
      return `slug ${before} → ${article.slug}`;
    },
    async categoryAndTags() {
      const article = pick(published());
      if (!article) return null;
      const category = random() < 0.2 ? undefined : pick(categories);
      const chosen = subset(tags, 2);
      await editor.update(article.documentId, { category: category?.documentId ?? null, tags: chosen.map((tag) => tag.documentId) });
      await editor.publish(article.documentId);
      return `category and tags of ${article.slug} → ${category?.documentId ?? 'none'} [${chosen.map((tag) => tag.documentId).join(', ')}]`;
    },
    async addRelations() {
      const article = pick(published());
      const project = pick(projects);
      const course = pick(courses);
      if (!article || !project || !course) return null;
      article.projects.add(project.documentId);
      article.courses.add(course.documentId);
      await editor.update(article.documentId, { projects: [...article.projects], trainingCourses: [...article.courses] });
      await editor.publish(article.documentId);
      return `relations of ${article.slug} + project ${project.documentId}, course ${course.documentId}`;
    },
    async removeRelations() {
      const article = pick(published().filter((entry) => entry.projects.size + entry.courses.size > 0));
      if (!article) return null;
      const project = pick([...article.projects]);
      const course = pick([...article.courses]);
      if (project) article.projects.delete(project);
      if (course) article.courses.delete(course);
      await editor.update(article.documentId, { projects: [...article.projects], trainingCourses: [...article.courses] });
      await editor.publish(article.documentId);
      return `relations of ${article.slug} − project ${project ?? 'none'}, course ${course ?? 'none'}`;
    },
    async unpublish() {
      const article = pick(published());
      if (!article) return null;
      await editor.unpublish(article.documentId);
      article.published = false;
      return `unpublish ${article.slug}`;
    },
    async delete() {
      const article = pick([...articles.values()]);
      if (!article) return null;
      await editor.delete(article.documentId);
      articles.delete(article.documentId);
      return `delete ${article.slug}${article.published ? '' : ' (a draft)'}`;
    },
    async cover() {
      const article = pick(published());
      if (!article) return null;
      const id = unique();
      const colour: [number, number, number] = [Math.floor(random() * 200), Math.floor(random() * 200), Math.floor(random() * 200)];
      const file = await editor.upload(`anh-bia-${id}.png`, makePng(320, 200, colour), 'image/png', { alternativeText: `Ảnh bìa ${id}` });
      uploadedFiles.push(file.id);
      await editor.update(article.documentId, { cover: file.id });
      await editor.publish(article.documentId);
      return `cover of ${article.slug} → ${file.url}`;
    },
    async settings() {
      const field = pick(['siteName', 'phone', 'description'] as const)!;
      const value = {
        siteName: `Hội Liên hiệp Phụ nữ tỉnh (${unique()})`,
        phone: `0269 ${String(Math.floor(random() * 1e6)).padStart(6, '0')}`,
        description: `Cổng thông tin, bản ${unique()}.`,
      }[field];
      await editor.publishSiteSettings({ [field]: value });
      return `settings ${field} → ${value}`;
    },
    async scheduledPublish() {
      // A draft the scheduler publishes: a new one, or one unpublished earlier in the run.
      const article = random() < 0.5 ? (pick(drafts()) ?? (await create(false))) : await create(false);
      await editor.update(article.documentId, { scheduledPublishAt: new Date(Date.now() - 1000).toISOString() });
      // The scheduler runs every few seconds; on a loaded CI machine a pass can start late.
      const deadline = Date.now() + 90_000;
      const isLive = async () =>
        (await graphql<{ articles: Ref[] }>(`{ articles(filters: { documentId: { eq: "${article.documentId}" } }) { documentId } }`)).articles.length === 1;
      while (!(await isLive())) {
        if (Date.now() > deadline) throw new Error(`seed ${SEED}: the scheduler did not publish ${article.slug} in 90 s`);
        await sleep(250);
      }
      article.published = true;
      return `scheduled publish of ${article.slug}`;
    },
  };
  return kinds;
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-site-incremental-random-'));
  // A scheduler pass every second: the scheduled publish goes out while the test waits.
  cms = await startCms({
    databaseFile: path.join(workDir, 'cms.db'),
    setupModule: path.resolve(__dirname, 'fixtures', 'incremental-fixtures.ts'),
    env: { SCHEDULER_INTERVAL_SECONDS: '1' },
  });
  editor = new EditorClient(cms.url);
  await editor.login(EDITOR.email, EDITOR.password);
  server = releaseServer(cms, { siteUrl: SITE_URL, snapshot: path.join(workDir, RELEASE_SNAPSHOT) });
});

afterAll(async () => {
  server?.stop();
  for (const id of uploadedFiles) await editor?.deleteFile(id).catch(() => undefined);
  await cms?.stop();
  // A failed run keeps its releases for a look (the path is in the failure message).
  if (workDir && !failed) rmSync(workDir, { recursive: true, force: true });
});

describe('random edits through the CMS', () => {
  it(`leave every incremental release byte for byte the full build (seed ${SEED})`, { timeout: 40 * 60_000 }, async () => {
    onTestFailed(() => {
      failed = true;
    });
    const started = Date.now();
    const random = mulberry32(SEED);
    const data = await graphql<{
      articles: (Ref & { slug: string; title: string; projects: Ref[]; trainingCourses: Ref[] })[];
      categories: Ref[];
      tags: Ref[];
      projects: Ref[];
      trainingCourses: Ref[];
    }>(
      '{ articles(pagination: { limit: 500 }, sort: "slug") { documentId slug title projects { documentId } trainingCourses { documentId } } categories(sort: "slug") { documentId } tags(sort: "slug") { documentId } projects(sort: "slug") { documentId } trainingCourses(sort: "slug") { documentId } }',
    );
    const articles = new Map<string, Article>();
    for (const article of data.articles.filter((entry) => entry.slug !== HOSTILE_SLUG)) {
      articles.set(article.documentId, {
        documentId: article.documentId,
        slug: article.slug,
        title: article.title,
        published: true,
        projects: new Set(article.projects.map((project) => project.documentId)),
        courses: new Set(article.trainingCourses.map((course) => course.documentId)),
      });
    }
    expect(data.projects.length * data.trainingCourses.length * data.categories.length * data.tags.length).toBeGreaterThan(0);
    const kinds = editKinds(random, articles, data.categories, data.tags, data.projects, data.trainingCourses);

    // Every kind once, in a random order, then random kinds up to EDITS (the site settings, which render every page again, less often).
    const names = Object.keys(kinds);
    const sequence = [...names];
    for (let i = sequence.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [sequence[i], sequence[j]] = [sequence[j]!, sequence[i]!];
    }
    // …relations added before any are taken away.
    const [add, remove] = [sequence.indexOf('addRelations'), sequence.indexOf('removeRelations')];
    if (remove < add) [sequence[add], sequence[remove]] = [sequence[remove]!, sequence[add]!];
    const weighted = names.flatMap((name) => (name === 'settings' ? [name] : [name, name, name]));
    while (sequence.length < EDITS) sequence.push(weighted[Math.floor(random() * weighted.length)]!);

    let previous = (await build('release-0', null, RELEASE_SNAPSHOT)).dir;
    const log: string[] = [];
    const ran = new Set<string>();
    const seconds = { incremental: 0, full: 0 };
    let comparisons = 0;
    let filesCompared = 0;
    for (const [index, kind] of sequence.entries()) {
      const edit = index + 1;
      let done = await kinds[kind]!();
      if (done) ran.add(kind);
      else done = `${kind} found nothing to edit: ${await kinds.create!()}`;
      log.push(`${edit}. ${done}`);
      const context = `seed ${SEED} (replay: INCREMENTAL_SEED=${SEED}), releases in ${workDir}, after edits:\n${log.join('\n')}`;

      let clock = Date.now();
      const release = await build(`release-${edit}`, previous);
      seconds.incremental += (Date.now() - clock) / 1000;
      expect(release.info.kind, `${context}\n${release.info.fullReason}`).toBe('incremental');
      expect(release.info.fetch.kind, `${context}\n${release.info.fetch.reason}`).toBe('incremental');
      if (comparedAfter(edit)) {
        clock = Date.now();
        const full = await build(`full-${edit}`, null);
        seconds.full += (Date.now() - clock) / 1000;
        expect(full.info.kind).toBe('full');
        const comparison = compareReleases(release.dir, full.dir);
        expect(comparison, context).toEqual({ compared: comparison.compared, onlyA: [], onlyB: [], differing: [] });
        expect(comparison.compared).toBeGreaterThan(50);
        comparisons += 1;
        filesCompared += comparison.compared;
        rmSync(full.dir, { recursive: true, force: true });
      }
      console.log(
        `edit ${edit}: ${done}; rendered ${release.info.routes.rendered}, reused ${release.info.routes.reused}, deleted ${release.info.routes.deleted}${comparedAfter(edit) ? ', equals the full build' : ''}`,
      );
      rmSync(previous, { recursive: true, force: true });
      previous = release.dir;
    }
    expect([...ran].sort(), `seed ${SEED}:\n${log.join('\n')}`).toEqual([...names].sort());
    console.log(
      `seed ${SEED}: ${sequence.length} edits, ${comparisons} full-build comparisons (${filesCompared} files), ${Math.round((Date.now() - started) / 1000)} s in all; incremental builds ${Math.round(seconds.incremental)} s, full builds ${Math.round(seconds.full)} s`,
    );
  });
});
