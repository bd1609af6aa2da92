import type { Core } from '@strapi/strapi';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * REST under /api is read-only for everyone: the site only reads, editors write
 * through the admin (/admin, /content-manager), which this does not touch.
 * Answering 405 here, before routing, also hides which write routes exist.
 * The media library listing is closed too (404).
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    const path: string = ctx.path ?? '';
    if ((path === '/api' || path.startsWith('/api/')) && !READ_METHODS.has(ctx.method)) {
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD, OPTIONS');
      ctx.body = {
        data: null,
        error: {
          status: 405,
          name: 'MethodNotAllowedError',
          message: `${ctx.method} ${path}: the public API is read-only; editors write through the admin panel.`,
        },
      };
      return;
    }
    if (path === '/api/upload' || path.startsWith('/api/upload/')) {
      // Listing the media library would reveal files attached only to drafts.
      ctx.status = 404;
      ctx.body = {
        data: null,
        error: {
          status: 404,
          name: 'NotFoundError',
          message: `${path}: the media library is not listed publicly; media come with the published entries that use them.`,
        },
      };
      return;
    }
    await next();
  };
};
