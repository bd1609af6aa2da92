import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { LegacyParseError, parseLegacyArticle, type LegacyArticle } from './parse-legacy-article';
import { legacyArticleToData, type ImportedArticleFields, type StoredFigure } from './legacy-article-to-data';

const ARTICLE = 'api::article.article';

/** What the parser found in a file: printed for every file, so a lost author or a stray caption shows. */
export interface LegacyFindings {
  title: string;
  publishedDate: string;
  author: string | null;
  captions: number;
}

interface ReadFile {
  file: string;
  slug: string;
  found: LegacyFindings;
}

export type SavedOutcome = ReadFile & { status: 'created' | 'updated' | 'unchanged'; documentId: string };
/** --dry-run: read and parsed, nothing written. */
export type CheckedOutcome = ReadFile & { status: 'checked' };
export type FailedOutcome = { file: string; status: 'failed'; error: string };
export type ImportOutcome = SavedOutcome | CheckedOutcome | FailedOutcome;

/** Expands folders to the .txt files inside them (sorted, not recursive into hidden folders). */
export async function collectLegacyFiles(inputs: string[], baseDir: string): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(baseDir, input);
    const stat = await fs.stat(absolute).catch(() => null);
    if (!stat) missing.push(input);
    else if (stat.isDirectory()) {
      const entries = await fs.readdir(absolute, { withFileTypes: true });
      files.push(
        ...entries
          .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt') && !entry.name.startsWith('.'))
          .map((entry) => path.join(absolute, entry.name))
          .sort(),
      );
    } else files.push(absolute);
  }
  return { files, missing };
}

interface StoredArticle {
  documentId: string;
  title: string;
  lead: string | null;
  body: unknown;
  figures?: (StoredFigure & { id?: number })[];
  author: string | null;
  publishedDate: string | null;
}

function sameInstant(a: string | null, b: string): boolean {
  return a !== null && new Date(a).getTime() === new Date(b).getTime();
}

function isUnchanged(stored: StoredArticle, incoming: ImportedArticleFields): boolean {
  const storedFigures = (stored.figures ?? []).map(({ caption, afterParagraph }) => ({ caption, afterParagraph }));
  return (
    stored.title === incoming.title &&
    (stored.lead ?? '') === incoming.lead &&
    (stored.author ?? null) === incoming.author &&
    sameInstant(stored.publishedDate, incoming.publishedDate) &&
    // Deep equality, not JSON text: PostgreSQL's jsonb gives object keys back in its own order.
    isDeepStrictEqual(stored.body, incoming.body) &&
    isDeepStrictEqual(storedFigures, incoming.figures)
  );
}

/* An editor may have attached a picture to an imported caption: a re-import keeps it. */
function keepEditorImages(stored: StoredArticle, figures: StoredFigure[]): StoredFigure[] {
  const byCaption = new Map((stored.figures ?? []).map((figure) => [figure.caption, figure]));
  return figures.map((figure) => {
    const previous = byCaption.get(figure.caption);
    const imageId = (previous?.image as { id?: number } | null | undefined)?.id;
    return { ...figure, alt: previous?.alt ?? null, ...(imageId ? { image: imageId } : {}) };
  });
}

function findings(article: LegacyArticle): LegacyFindings {
  return { title: article.title, publishedDate: article.publishedDate, author: article.author, captions: article.figures.length };
}

/** Reads and parses one file; a file that cannot be read is an outcome, never an exception. */
async function readLegacyFile(file: string, displayName: string): Promise<LegacyArticle | FailedOutcome> {
  try {
    return parseLegacyArticle(displayName, await fs.readFile(file));
  } catch (error) {
    if (error instanceof LegacyParseError) return { file: displayName, status: 'failed', error: error.message };
    return { file: displayName, status: 'failed', error: `${displayName}: ${(error as Error).message}` };
  }
}

/** Parses one file without touching the CMS: what `--dry-run` reports. */
export async function checkLegacyFile(file: string, displayName = file): Promise<CheckedOutcome | FailedOutcome> {
  const article = await readLegacyFile(file, displayName);
  if ('status' in article) return article;
  return { file: displayName, status: 'checked', slug: article.slug, found: findings(article) };
}

/** Parses one file and creates, updates or leaves its Article, all in one transaction. */
export async function importLegacyFile(strapi: Core.Strapi, file: string, displayName = file): Promise<SavedOutcome | FailedOutcome> {
  const article = await readLegacyFile(file, displayName);
  if ('status' in article) return article;
  const data: ImportedArticleFields = legacyArticleToData(article);
  const found = findings(article);

  try {
    return await strapi.db.transaction(async () => {
      const documents = strapi.documents(ARTICLE);
      const stored = (await documents.findFirst({
        filters: { slug: data.slug },
        status: 'draft',
        populate: { figures: { populate: ['image'] } },
      } as any)) as unknown as StoredArticle | null;

      if (!stored) {
        const created = await documents.create({ data: data as any, status: 'published' } as any);
        return { file: displayName, status: 'created' as const, slug: data.slug, documentId: created.documentId, found };
      }
      if (isUnchanged(stored, data)) {
        return { file: displayName, status: 'unchanged' as const, slug: data.slug, documentId: stored.documentId, found };
      }
      await documents.update({
        documentId: stored.documentId,
        data: { ...data, figures: keepEditorImages(stored, data.figures) } as any,
      } as any);
      await documents.publish({ documentId: stored.documentId } as any);
      return { file: displayName, status: 'updated' as const, slug: data.slug, documentId: stored.documentId, found };
    });
  } catch (error) {
    const details = (error as { details?: { errors?: { path: string[]; message: string }[] } }).details?.errors
      ?.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    return { file: displayName, status: 'failed', error: `${displayName}: not saved: ${details || (error as Error).message}` };
  }
}

/** One status line per file, then for a file that was read what it holds. */
export function describeOutcome(outcome: ImportOutcome): string {
  if (outcome.status === 'failed') return `✗ ${outcome.error}`;
  const status = outcome.status === 'checked' ? `/${outcome.slug} (dry run: nothing written)` : `${outcome.status} /${outcome.slug} (${outcome.documentId})`;
  const { title, publishedDate, author, captions } = outcome.found;
  return `✓ ${outcome.file}: ${status}\n    title: ${title} | date: ${publishedDate} | author: ${author ?? '(none)'} | captions: ${captions}`;
}

async function eachFile(
  files: string[],
  report: (entry: string) => void,
  baseDir: string,
  handle: (file: string, displayName: string) => Promise<ImportOutcome>,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    const outcome = await handle(file, path.relative(baseDir, file) || file);
    report(describeOutcome(outcome));
    outcomes.push(outcome);
  }
  return outcomes;
}

/** Imports every file, one report entry each; a bad file never stops the others. */
export function importLegacyFiles(strapi: Core.Strapi, files: string[], report: (entry: string) => void, baseDir = process.cwd()): Promise<ImportOutcome[]> {
  return eachFile(files, report, baseDir, (file, displayName) => importLegacyFile(strapi, file, displayName));
}

/** `--dry-run`: reports what every file holds without loading the CMS, so nothing can be written. */
export function checkLegacyFiles(files: string[], report: (entry: string) => void, baseDir = process.cwd()): Promise<ImportOutcome[]> {
  return eachFile(files, report, baseDir, checkLegacyFile);
}
