import { randomBytes } from 'node:crypto';
import { BENCH_EDITOR } from '../cms/seed-contract.js';
// The same content-manager calls the rebuild e2e suite makes as an editor.
import { EditorClient } from '../../../rebuild/e2e/editor-client.js';
import type { LiveStack } from './live-stack.js';
import { SearchClient } from '../../../../site/e2e/harness/search-client.js';

/** The three edits publish-to-live is measured for. */
export const PUBLISH_EDITS = ['new article', 'title edit', 'unpublish'] as const;
export type PublishEdit = (typeof PUBLISH_EDITS)[number];

export interface PublishMeasurement {
  edit: PublishEdit;
  /** From the editor's request to the moment every check of the edit passes on the live site. */
  wallMs: number;
  /** The build that took it live (part of wallMs), as the rebuild service timed it. */
  buildMs: number | null;
  /** The service's quiet time after an event before it builds (part of wallMs). */
  debounceMs: number;
  /** That build's milliseconds per phase and its routes rendered, reused and deleted (build-info.json): where the time went. */
  phases: Record<string, number> | null;
  routes: { rendered: number; reused: number; deleted: number } | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Per run, three edits through the admin API, each timed until the live site
 * shows it:
 * - a new article: its page is served, and the news list, its category's
 *   list, the RSS feed and the search index have it;
 * - a new title for an article from the middle of the archive: its page and
 *   the search index have the new title;
 * - unpublishing the new article: its page answers 404, and the news list,
 *   the feed and the search index no longer have it.
 * The CMS must have been started with its webhook pointing at `stack` and
 * the bench editor account (seed-setup.ts).
 */
export async function measurePublishToLive(
  stack: LiveStack,
  cms: { url: string },
  sample: { category: { slug: string; documentId: string }; article: { slug: string; documentId: string } },
  { runs, timeoutMs, debounceMs, log }: { runs: number; timeoutMs: number; debounceMs: number; log: (line: string) => void },
): Promise<PublishMeasurement[]> {
  const editor = new EditorClient(cms.url);
  await editor.login(BENCH_EDITOR.email, BENCH_EDITOR.password);
  const search = new SearchClient(stack.site);
  const get = async (urlPath: string) => {
    const response = await fetch(`${stack.site}${urlPath}`);
    return { status: response.status, text: await response.text() };
  };
  const measurements: PublishMeasurement[] = [];

  /** Makes the edit, then polls every check until all pass; the build that took it live is the last one. */
  async function timed(edit: PublishEdit, act: () => Promise<unknown>, checks: Record<string, () => Promise<boolean>>, run: number): Promise<void> {
    await stack.idle(timeoutMs);
    const buildsBefore = stack.service.buildsStarted;
    const started = performance.now();
    await act();
    const passed = new Set<string>();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // One release is switched in atomically, so the checks usually pass together; each is still checked.
      for (const [name, check] of Object.entries(checks)) if (!passed.has(name) && (await check())) passed.add(name);
      if (passed.size === Object.keys(checks).length) break;
      const last = stack.service.lastBuild;
      if (stack.service.buildsStarted > buildsBefore && last && (last.result === 'failed' || last.result === 'rejected')) {
        throw new Error(`the build after the ${edit} failed: ${last.error}`);
      }
      if (Date.now() > deadline) throw new Error(`${edit} not live after ${Math.round(timeoutMs / 1000)} s: still failing ${Object.keys(checks).filter((name) => !passed.has(name)).join(', ')}`);
      await sleep(100);
    }
    const wallMs = performance.now() - started;
    // The service records the build's duration just after the switch: wait for it.
    await stack.idle(timeoutMs);
    const last = stack.service.lastBuild;
    const buildMs = last?.durationMs ?? null;
    measurements.push({ edit, wallMs, buildMs, debounceMs, phases: last?.phases ?? null, routes: last?.routes ?? null });
    log(
      `publish-to-live, ${edit} ${run}/${runs}: ${(wallMs / 1000).toFixed(1)} s (debounce ${(debounceMs / 1000).toFixed(1)} s, build ${((buildMs ?? 0) / 1000).toFixed(1)} s, ${last?.kind ?? '?'}; ` +
        `routes ${JSON.stringify(last?.routes ?? null)}; phases ${JSON.stringify(last?.phases ?? null)})`,
    );
  }

  try {
    for (let run = 1; run <= runs; run += 1) {
      // Words no other page has, so the search checks find these pages and nothing else.
      const marker = `dhn${randomBytes(4).toString('hex')}`;
      const slug = `tap-huan-chuyen-doi-so-cho-can-bo-hoi-co-so-dot-${run}-${marker}`;
      const href = `/tin-tuc/${slug}/`;
      // No publishedDate: the CMS stamps the publish time, so the article is the newest everywhere.
      const documentId = await editor.createDraft({
        title: `Hội LHPN tỉnh tập huấn chuyển đổi số cho cán bộ Hội cơ sở, đợt ${run} (mã tin ${marker})`,
        slug,
        lead: 'Hội LHPN tỉnh tổ chức lớp tập huấn kỹ năng ứng dụng công nghệ thông tin, chuyển đổi số trong công tác Hội cho cán bộ Hội cơ sở.',
        author: 'Ban Tuyên giáo',
        category: sample.category.documentId,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: `Lớp tập huấn thu hút đông đảo cán bộ Hội cơ sở tham gia. Mã tin: ${marker}.` }] }],
      });
      await timed('new article', () => editor.publish(documentId), {
        page: async () => {
          const page = await get(href);
          return page.status === 200 && page.text.includes(marker);
        },
        newsList: async () => (await get('/tin-tuc/')).text.includes(href),
        categoryList: async () => (await get(`/chuyen-muc/${sample.category.slug}/`)).text.includes(href),
        feed: async () => (await get('/rss.xml')).text.includes(href),
        search: async () => (await search.search(marker)).includes(href),
      }, run);

      const titleMarker = `dhs${randomBytes(4).toString('hex')}`;
      const archived = `/tin-tuc/${sample.article.slug}/`;
      await timed('title edit', () => editor.publish(sample.article.documentId, { title: `Hội LHPN tỉnh sơ kết công tác Hội (đã sửa, mã ${titleMarker})` }), {
        page: async () => (await get(archived)).text.includes(titleMarker),
        search: async () => (await search.search(titleMarker)).includes(archived),
      }, run);

      await timed('unpublish', () => editor.unpublish(documentId), {
        page: async () => (await get(href)).status === 404,
        newsList: async () => !(await get('/tin-tuc/')).text.includes(href),
        feed: async () => !(await get('/rss.xml')).text.includes(href),
        search: async () => !(await search.search(marker)).includes(href),
      }, run);
    }
  } finally {
    search.close();
  }
  return measurements;
}
