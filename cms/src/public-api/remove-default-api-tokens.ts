import type { Core } from '@strapi/strapi';

/*
 * On a database with no admin and no API token, Strapi's admin bootstrap makes
 * a "Read Only" and a "Full Access" API token. The portal manages its own
 * read tokens (read-tokens.ts) and never needs a write token, so these go again
 * before the server listens. Matched by name and type, so a token an
 * administrator made on purpose under another name is left alone.
 */
const STRAPI_DEFAULT_TOKENS = [
  { name: 'Read Only', type: 'read-only' },
  { name: 'Full Access', type: 'full-access' },
] as const;

const API_TOKEN = 'admin::api-token';

export async function removeDefaultApiTokens(strapi: Core.Strapi): Promise<string[]> {
  const removed: string[] = [];
  for (const { name, type } of STRAPI_DEFAULT_TOKENS) {
    const token = await strapi.db.query(API_TOKEN).findOne({ where: { name, type } });
    if (!token) continue;
    await (strapi.service('admin::api-token-content-api') as unknown as { revoke(id: number): Promise<unknown> }).revoke(token.id);
    removed.push(name);
  }
  return removed;
}
