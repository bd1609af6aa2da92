import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';
import { applyOfflineEnvironment, CMS_DIR, ensureDevelopmentSecrets } from './environment.mjs';

/**
 * Loads the CMS without its HTTP server or admin panel, runs `work`, and shuts
 * Strapi down again; for one-shot commands (seed, import, token).
 */
export async function withStrapi<T>(work: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  ensureDevelopmentSecrets();
  applyOfflineEnvironment();
  process.env.SEED_IF_EMPTY = 'false';
  const context = await compileStrapi({ appDir: CMS_DIR });
  const app = createStrapi(context);
  // stdout carries the command's own output (the token is read with $(…)): Strapi's chatter stays out.
  app.log.level = process.env.STRAPI_LOG_LEVEL ?? 'error';
  const strapi = await app.load();
  try {
    return await work(strapi);
  } finally {
    await strapi.destroy();
  }
}
