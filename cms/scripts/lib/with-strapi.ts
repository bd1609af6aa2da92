import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';
import { withWebhooksPaused } from '../../src/rebuild/rebuild-webhook';
import { applyOfflineEnvironment, CMS_DIR, ensureDevelopmentSecrets } from './environment.mjs';

/**
 * Loads the CMS without its HTTP server or admin panel, runs `work`, and shuts
 * Strapi down again; for one-shot commands (seed, import, token).
 */
export async function withStrapi<T>(work: (strapi: Core.Strapi) => Promise<T>, changedContent: (result: T) => boolean = () => false): Promise<T> {
  ensureDevelopmentSecrets();
  applyOfflineEnvironment();
  process.env.SEED_IF_EMPTY = 'false';
  const context = await compileStrapi({ appDir: CMS_DIR });
  const app = createStrapi(context);
  // stdout carries the command's own output (the token is read with $(…)): Strapi's chatter stays out.
  app.log.level = process.env.STRAPI_LOG_LEVEL ?? 'error';
  const strapi = await app.load();
  try {
    // Bulk work sends at most one rebuild notification, at the end.
    return await withWebhooksPaused(strapi, () => work(strapi), changedContent);
  } finally {
    await strapi.destroy();
  }
}
