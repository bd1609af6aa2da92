import { randomBytes } from 'node:crypto';
import { BENCH_EDITOR } from '../cms/seed-contract.js';
// The same content-manager calls the rebuild e2e suite makes as an editor.
import { EditorClient } from '@hoilhpn/testing/editor-client';
import type { LiveStack } from './live-stack.js';
import { SearchClient } from '@hoilhpn/testing/search-client';

/** The three edits publish-to-live is measured for. */
export const PUBLISH_EDITS = ['new article', 'title edit', 'unpublish'] as const;
export type PublishEdit = (typeof PUBLISH_EDITS)[number];

export interface PublishMeasurement {
  edit: PublishEdit;
  /** From the editor's request to the moment the release holding the edit went live (every check passed on it). */
  wallMs: number;
  /** From the editor's request to the moment the last check passed (the checks' own time added). */
  seenMs: number;
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

  /**
   * Makes the edit, then polls each check on its own until all pass. The
   * figure is the moment the release that passed them went live, as the
   * service recorded its switch: a release goes live whole, so readers had
   * the edit from then on, and the checks (a search loads every shard) only
   * learn of it later. When that release cannot be told (another build went
   * live or started meanwhile), the moment the last check passed is used.
   */
  async function timed(edit: PublishEdit, act: () => Promise<unknown>, checks: Record<string, () => Promise<boolean>>, run: number): Promise<void> {
    await stack.idle(timeoutMs);
    const buildsBefore = stack.service.buildsStarted;
    const startedAt = Date.now();
    const started = performance.now();
    await act();
    const deadline = Date.now() + timeoutMs;
    const passedAt = new Map<string, number>();
    const failedBuild = () => {
      const last = stack.service.lastBuild;
      return stack.service.buildsStarted > buildsBefore && last && (last.result === 'failed' || last.result === 'rejected') ? last : null;
    };
    await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        for (;;) {
          if (await check()) return void passedAt.set(name, performance.now());
          const failed = failedBuild();
          if (failed) throw new Error(`the build after the ${edit} failed: ${failed.error}`);
          if (Date.now() > deadline)
            throw new Error(
              `${edit} not live after ${Math.round(timeoutMs / 1000)} s: still failing ${Object.keys(checks)
                .filter((other) => !passedAt.has(other))
                .join(', ')}`,
            );
          await sleep(50);
        }
      }),
    );
    const seenMs = Math.max(...passedAt.values()) - started;
    const build = stack.service.lastBuild;
    const liveRelease = stack.service.releases.liveId();
    const wentLiveMs = build && build.result === 'live' && build.release === liveRelease && build.finishedAt ? Date.parse(build.finishedAt) - startedAt : null;
    const wallMs = wentLiveMs !== null && wentLiveMs <= seenMs ? wentLiveMs : seenMs;
    await stack.idle(timeoutMs);
    const buildMs = build?.durationMs ?? null;
    measurements.push({ edit, wallMs, seenMs, buildMs, debounceMs, phases: build?.phases ?? null, routes: build?.routes ?? null });
    log(
      `publish-to-live, ${edit} ${run}/${runs}: ${(wallMs / 1000).toFixed(1)} s (${wentLiveMs === null ? 'when the checks passed' : `release ${build!.release} went live`}; checks passed after ${(seenMs / 1000).toFixed(1)} s; ` +
        `debounce ${(debounceMs / 1000).toFixed(1)} s, build ${((buildMs ?? 0) / 1000).toFixed(1)} s, ${build?.kind ?? '?'}; ` +
        `routes ${JSON.stringify(build?.routes ?? null)}; phases ${JSON.stringify(build?.phases ?? null)})`,
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
      await timed(
        'new article',
        () => editor.publish(documentId),
        {
          page: async () => {
            const page = await get(href);
            return page.status === 200 && page.text.includes(marker);
          },
          newsList: async () => (await get('/tin-tuc/')).text.includes(href),
          categoryList: async () => (await get(`/chuyen-muc/${sample.category.slug}/`)).text.includes(href),
          feed: async () => (await get('/rss.xml')).text.includes(href),
          search: async () => (await search.search(marker)).includes(href),
        },
        run,
      );

      const titleMarker = `dhs${randomBytes(4).toString('hex')}`;
      const archived = `/tin-tuc/${sample.article.slug}/`;
      await timed(
        'title edit',
        () => editor.publish(sample.article.documentId, { title: `Hội LHPN tỉnh sơ kết công tác Hội (đã sửa, mã ${titleMarker})` }),
        {
          page: async () => (await get(archived)).text.includes(titleMarker),
          search: async () => (await search.search(titleMarker)).includes(archived),
        },
        run,
      );

      await timed(
        'unpublish',
        () => editor.unpublish(documentId),
        {
          page: async () => (await get(href)).status === 404,
          newsList: async () => !(await get('/tin-tuc/')).text.includes(href),
          feed: async () => !(await get('/rss.xml')).text.includes(href),
          search: async () => !(await search.search(marker)).includes(href),
        },
        run,
      );
    }
  } finally {
    search.close();
  }
  return measurements;
}
