import { randomBytes } from 'node:crypto';
import { BENCH_EDITOR } from '../cms/seed-contract.js';
// The same content-manager calls the rebuild e2e suite makes as an editor.
import { EditorClient } from '../../../rebuild/e2e/editor-client.js';
import type { LiveStack } from './live-stack.js';
import { SearchProbe } from './search-probe.js';

export interface PublishMeasurement {
  /** From the editor's "publish" request to the moment every check below passes on the live site. */
  wallMs: number;
  /** The build that took it live (part of wallMs), as the rebuild service timed it. */
  buildMs: number | null;
  /** The service's quiet time after an event before it builds (part of wallMs). */
  debounceMs: number;
}

/** What must be served before an article counts as live. */
export interface LiveChecks {
  page: boolean;
  newsList: boolean;
  categoryList: boolean;
  feed: boolean;
  search: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Publishes one new article per run through the admin API and waits until the
 * live site serves its page and lists it in the news list, its category's
 * list, the RSS feed and the search index. The CMS must have been started
 * with its webhook pointing at `stack` and the bench editor account (seed-setup.ts).
 */
export async function measurePublishToLive(
  stack: LiveStack,
  cms: { url: string },
  category: { slug: string; documentId: string },
  { runs, timeoutMs, debounceMs, log }: { runs: number; timeoutMs: number; debounceMs: number; log: (line: string) => void },
): Promise<PublishMeasurement[]> {
  const editor = new EditorClient(cms.url);
  await editor.login(BENCH_EDITOR.email, BENCH_EDITOR.password);
  const search = new SearchProbe(stack.site);
  const get = async (urlPath: string) => {
    const response = await fetch(`${stack.site}${urlPath}`);
    return { status: response.status, text: await response.text() };
  };
  const measurements: PublishMeasurement[] = [];
  try {
    for (let run = 1; run <= runs; run += 1) {
      await stack.idle(timeoutMs);
      // A word no other page has, so the search check finds this article and nothing else.
      const marker = `dhn${randomBytes(4).toString('hex')}`;
      const title = `Hội LHPN tỉnh tập huấn chuyển đổi số cho cán bộ Hội cơ sở, đợt ${run} (mã tin ${marker})`;
      const slug = `tap-huan-chuyen-doi-so-cho-can-bo-hoi-co-so-dot-${run}-${marker}`;
      const href = `/tin-tuc/${slug}/`;
      // No publishedDate: the CMS stamps the publish time, so the article is the newest everywhere.
      const documentId = await editor.createDraft({
        title,
        slug,
        lead: 'Hội LHPN tỉnh tổ chức lớp tập huấn kỹ năng ứng dụng công nghệ thông tin, chuyển đổi số trong công tác Hội cho cán bộ Hội cơ sở.',
        author: 'Ban Tuyên giáo',
        category: category.documentId,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: `Lớp tập huấn thu hút đông đảo cán bộ Hội cơ sở tham gia. Mã tin: ${marker}.` }] }],
      });
      const buildsBefore = stack.service.buildsStarted;
      const started = performance.now();
      await editor.publish(documentId);

      const checks: LiveChecks = { page: false, newsList: false, categoryList: false, feed: false, search: false };
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // One release is switched in atomically, so the checks usually pass together; each is still checked.
        if (!checks.page) {
          const page = await get(href);
          checks.page = page.status === 200 && page.text.includes(marker);
        }
        if (checks.page) {
          checks.newsList ||= (await get('/tin-tuc/')).text.includes(href);
          checks.categoryList ||= (await get(`/chuyen-muc/${category.slug}/`)).text.includes(href);
          checks.feed ||= (await get('/rss.xml')).text.includes(href);
          checks.search ||= (await search.search(marker)).includes(href);
        }
        if (Object.values(checks).every(Boolean)) break;
        const last = stack.service.lastBuild;
        if (stack.service.buildsStarted > buildsBefore && last && (last.result === 'failed' || last.result === 'rejected')) {
          throw new Error(`the build after publishing failed: ${last.error}`);
        }
        if (Date.now() > deadline) throw new Error(`article not live after ${Math.round(timeoutMs / 1000)} s: ${JSON.stringify(checks)}`);
        await sleep(100);
      }
      const wallMs = performance.now() - started;
      // The service records the build's duration just after the switch: wait for it.
      await stack.idle(timeoutMs);
      const buildMs = stack.service.lastBuild?.durationMs ?? null;
      measurements.push({ wallMs, buildMs, debounceMs });
      log(`publish-to-live ${run}/${runs}: ${(wallMs / 1000).toFixed(1)} s (debounce ${(debounceMs / 1000).toFixed(1)} s, build ${((buildMs ?? 0) / 1000).toFixed(1)} s)`);
    }
  } finally {
    search.close();
  }
  return measurements;
}
