import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';
import { withWebhooksPaused } from '../../src/rebuild/rebuild-webhook';
import { applyOfflineEnvironment, CMS_DIR, ensureDevelopmentSecrets } from './environment.mjs';

/**
 * Compiles and creates the CMS with secrets in place, calls home switched off
 * and no auto-seed (callers seed themselves); stdout stays for the command's
 * own output, so Strapi logs errors only unless STRAPI_LOG_LEVEL says otherwise.
 */
export async function createCms(): Promise<Core.Strapi> {
  ensureDevelopmentSecrets();
  applyOfflineEnvironment();
  process.env.SEED_IF_EMPTY = 'false';
  const context = await compileStrapi({ appDir: CMS_DIR });
  const app = createStrapi(context);
  app.log.level = process.env.STRAPI_LOG_LEVEL ?? 'error';
  return app;
}

/**
 * Loads the CMS without its HTTP server or admin panel, runs `work`, and shuts
 * Strapi down again; for one-shot commands (seed, import, token).
 */
export async function withStrapi<T>(work: (strapi: Core.Strapi) => Promise<T>, changedContent: (result: T) => boolean = () => false): Promise<T> {
  // A one-shot command does not publish what is scheduled: the running CMS does.
  process.env.SCHEDULER_INTERVAL_SECONDS = '0';
  const strapi = await (await createCms()).load();
  try {
    // Bulk work sends at most one rebuild notification, at the end.
    return await withWebhooksPaused(strapi, () => work(strapi), changedContent);
  } finally {
    await strapi.destroy();
  }
}
