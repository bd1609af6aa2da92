import type { Core } from '@strapi/strapi';
import { previewTypeOf } from '@hoilhpn/preview-link';
import { slugify } from '@hoilhpn/vietnamese';
import { CHANGE_TABLE } from '../change-log/change-table';
import { isPlaceholderSlug, uniqueSlug } from '../publishing/slug-from-title';
import { pagePath, siteStatusOf, type RebuildStatus } from './site-status';

import { PAGE_ADDRESS_PATH, SITE_STATUS_PATH } from './site-status-paths';
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

/** The rebuild service's status, or null when none is configured (SITE_REBUILD_URL) or it does not answer within 2 s. */
async function rebuildStatus(environment: NodeJS.ProcessEnv): Promise<RebuildStatus | null> {
  const webhook = environment.SITE_REBUILD_URL?.trim();
  if (!webhook) return null;
  try {
    const response = await fetch(new URL('/status', webhook), { signal: AbortSignal.timeout(2_000) });
    return response.ok ? ((await response.json()) as RebuildStatus) : null;
  } catch {
    return null;
  }
}

/**
 * GET /hoilhpn/site-status?model=<uid>&documentId=<id>, for logged-in admin
 * users: whether the entry's last change is on the public site yet, and its
 * address there. The CMS learns it from the rebuild service's GET /status
 * (the change-record sequence the live release was built up to) and from its
 * own change record; the public address is SITE_URL.
 */
export function registerSiteStatusRoute(strapi: Core.Strapi, environment: NodeJS.ProcessEnv = process.env): void {
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: SITE_STATUS_PATH,
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (ctx: { query: Record<string, unknown>; status: number; body: unknown }) => {
          const { model, documentId } = ctx.query;
          const type = typeof model === 'string' ? previewTypeOf(model) : null;
          if (!type || typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId)) {
            ctx.status = 400;
            ctx.body = { error: 'site-status: give model (a type with pages: article, project, video, training course, award, cadre) and documentId' };
            return;
          }
          const knex = strapi.db.connection;
          const [last] = await knex(CHANGE_TABLE).where({ document_id: documentId }).orderBy('id', 'desc').limit(1).select('id', 'changed_at');
          const published = (await strapi.documents(model as 'api::article.article').findOne({ documentId, status: 'published', fields: ['slug'] })) as {
            slug?: string;
          } | null;
          const changedAt = last?.changed_at;
          ctx.body = siteStatusOf({
            type,
            lastChange: last ? Number(last.id) : null,
            // A Date on PostgreSQL, the ISO text it was written as on SQLite.
            lastChangeAt: changedAt ? new Date(changedAt).toISOString() : null,
            publishedSlug: published?.slug ?? null,
            rebuild: await rebuildStatus(environment),
            siteUrl: environment.SITE_URL?.trim() || null,
          });
        },
      },
      {
        // What a new entry's address will be, while its title is typed: the admin's own slug box shows "article" until then.
        method: 'GET',
        path: PAGE_ADDRESS_PATH,
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (ctx: { query: Record<string, unknown>; status: number; body: unknown }) => {
          const { model, title, slug } = ctx.query;
          const type = typeof model === 'string' ? previewTypeOf(model) : null;
          if (!type || typeof title !== 'string') {
            ctx.status = 400;
            ctx.body = { error: 'page-address: give model (a type with pages) and title' };
            return;
          }
          const modelName = (strapi.getModel(model as 'api::article.article') as { modelName: string }).modelName;
          const typed = typeof slug === 'string' && slug !== '' && !isPlaceholderSlug(slug, modelName) ? slug : null;
          // As the CMS will make it on the first save (slug-from-title.ts): from the title, numbered if taken.
          const base = typed ?? slugify(title);
          const chosen = !base ? null : (typed ?? (await uniqueSlug(strapi, model as string, 'slug', base)));
          const path = chosen ? pagePath(type, chosen) : null;
          const siteUrl = environment.SITE_URL?.trim() || null;
          ctx.body = { path, url: path && siteUrl ? new URL(path, siteUrl).href : null };
        },
      },
    ],
  } as never);
}
