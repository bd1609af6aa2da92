import { Worker } from 'node:worker_threads';
import { articleSearchText } from '@hoilhpn/content';
import { foldVietnamese } from '@hoilhpn/vietnamese';

/**
 * Builds the Pagefind index from the data instead of crawling the HTML. The
 * indexed text is folded (no accents, đ → d), and the search page folds the
 * query the same way, so "hoa binh", "Hòa Bình" and "Hoà Bình" find the same
 * pages. Titles and excerpts keep their accents in the metadata.
 *
 * The records go to Pagefind from a worker thread: the build renders on the
 * main thread at the same time, and Pagefind's one-message-per-record exchange
 * would otherwise wait for Astro between every record.
 */
export async function writeSearchIndex(records, outDir, { signal, timeoutMs = 600_000 } = {}) {
  await new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-index-worker.mjs', import.meta.url), { workerData: { records, outDir } });
    let settled = false;
    const settle = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error) {
        void worker.terminate();
        reject(error);
      } else resolve(undefined);
    };
    // Pagefind runs as a child process of the worker: a hang there must not hold the build forever.
    const timer = setTimeout(() => settle(new Error(`the search index took longer than ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    const onAbort = () => settle(new Error('the search index was stopped: the build failed'));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    worker.once('message', (message) => settle(message.ok ? undefined : new Error(message.error ?? 'the search index worker gave no answer')));
    worker.once('error', (error) => settle(error));
    worker.once('exit', (code) => settle(new Error(`the search index worker stopped (exit code ${code}) before it said it was done`)));
  });
  return records.length;
}

/** One Pagefind record per page that search should find. */
export function searchRecords(data) {
  return [
    ...data.articles.map((article) => ({
      url: article.url,
      content: articleSearchText(article),
      meta: { title: article.title, excerpt: article.lead.slice(0, 240), kind: 'Tin tức', date: article.publishedDate },
    })),
    ...data.projects.map((project) => ({
      url: project.url,
      content: foldVietnamese(`${project.shortTitle}\n${project.title}\n${project.summary}`),
      meta: { title: project.title, excerpt: project.summary.slice(0, 240), kind: 'Đề án' },
    })),
    ...data.videos.map((video) => ({
      url: video.url,
      content: foldVietnamese(`${video.title}\n${video.description}`),
      meta: { title: video.title, excerpt: video.description.slice(0, 240), kind: 'Video' },
    })),
    ...data.trainingCourses.map((course) => ({
      url: course.url,
      content: foldVietnamese(`${course.title}\n${course.audience ?? ''}\n${course.organizer ?? ''}`),
      meta: { title: course.title, excerpt: `${course.classCount} lớp, ${course.participantCount} học viên`, kind: 'Đào tạo' },
    })),
    ...data.cadres.map((cadre) => ({
      url: cadre.url,
      content: foldVietnamese(`${cadre.fullName}\n${cadre.positionTitle ?? cadre.positionLabel}\n${cadre.unit}\n${cadre.district ?? ''}`),
      meta: { title: cadre.fullName, excerpt: [cadre.positionTitle ?? cadre.positionLabel, cadre.unit, cadre.district].filter(Boolean).join(', '), kind: 'Cán bộ' },
    })),
    ...data.awards.map((award) => ({
      url: award.url,
      content: foldVietnamese(`${award.title}\n${award.description}`),
      meta: { title: award.title, excerpt: award.description.slice(0, 240), kind: 'Khen thưởng' },
    })),
  ];
}
