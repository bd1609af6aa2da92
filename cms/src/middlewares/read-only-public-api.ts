import type { Core } from '@strapi/strapi';
import { canonicalRoutePath, isUnder } from '../public-api/route-path';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function refuse(ctx: any, status: number, name: string, message: string): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message } };
}

/**
 * REST under /api is read-only for everyone: the site only reads, editors write
 * through the admin (/admin, /content-manager), which this does not touch.
 * Answering 405 here, before routing, also hides which write routes exist.
 * The media library listing is closed too (404). Paths are compared the way
 * the router matches them (any case, trailing or doubled slashes, escapes).
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    const rawPath: string = ctx.path ?? '';
    const path = canonicalRoutePath(rawPath);
    if (isUnder(path, '/api') && !READ_METHODS.has(ctx.method)) {
      ctx.set('Allow', 'GET, HEAD, OPTIONS');
      refuse(ctx, 405, 'MethodNotAllowedError', `${ctx.method} ${rawPath}: the public API is read-only; editors write through the admin panel.`);
      return;
    }
    if (isUnder(path, '/api/upload')) {
      // Listing the media library would reveal files attached only to drafts.
      refuse(ctx, 404, 'NotFoundError', `${rawPath}: the media library is not listed publicly; media come with the published entries that use them.`);
      return;
    }
    await next();
  };
};
