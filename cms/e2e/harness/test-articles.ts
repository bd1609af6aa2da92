import { onTestFinished } from 'vitest';
import { startTestServer } from './strapi-server';

export const ARTICLE = 'api::article.article' as const;

/**
 * The shared server's articles, for a test that writes its own. `newDraft`
 * deletes what it made when the test ends, passed or failed: no test leaves an
 * entry (or its slug) behind for the next.
 */
export async function testArticles() {
  const { strapi } = await startTestServer();
  const articles = strapi.documents(ARTICLE);
  const newDraft = async (data: Record<string, unknown>) => {
    const entry = await articles.create({ data: data as never });
    onTestFinished(async () => {
      await articles.delete({ documentId: entry.documentId });
    });
    return entry;
  };
  return { strapi, articles, newDraft };
}
