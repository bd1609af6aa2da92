import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './public-actions';

export const SITE_BUILD_TOKEN_NAME = 'site-build';
/** The preview server's token: the same read actions, and the one credential the draft guard lets read drafts. */
export const PREVIEW_TOKEN_NAME = 'site-preview';

const DESCRIPTIONS: Record<string, string> = {
  [SITE_BUILD_TOKEN_NAME]: 'Chỉ đọc: dùng để dựng trang tĩnh (static site build). Read-only token for the site build.',
  [PREVIEW_TOKEN_NAME]: 'Chỉ đọc, kể cả bản nháp: chỉ dành cho máy chủ xem trước (preview server). Never give it to the site build.',
};

interface TokenService {
  getByName(
    name: string,
    options?: { includeDecryptedKey?: boolean },
  ): Promise<{ id: number; accessKey?: string; permissions?: string[]; type?: string } | null>;
  create(attributes: Record<string, unknown>): Promise<{ id: number; accessKey: string }>;
  update(id: number, attributes: Record<string, unknown>): Promise<unknown>;
}

/**
 * The static site's build reads with the "site-build" token, the preview
 * server with "site-preview". Each holds the same read
 * actions as the public role and nothing else ("custom" type, because
 * Strapi's "read-only" type would also list users and uploads). Idempotent:
 * an existing token is kept (its key read back through ENCRYPTION_KEY) and its
 * permissions are reset to PUBLIC_ACTIONS.
 */
export async function ensureReadToken(
  strapi: Core.Strapi,
  name: typeof SITE_BUILD_TOKEN_NAME | typeof PREVIEW_TOKEN_NAME,
): Promise<{ accessKey: string; created: boolean }> {
  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const existing = await tokens.getByName(name, { includeDecryptedKey: true });
  if (existing) {
    const same = existing.type === 'custom' && JSON.stringify([...(existing.permissions ?? [])].sort()) === JSON.stringify([...PUBLIC_ACTIONS].sort());
    if (!same) await tokens.update(existing.id, { type: 'custom', permissions: [...PUBLIC_ACTIONS] });
    if (!existing.accessKey) {
      throw new Error(
        `The API token "${name}" exists but its key cannot be read back (it was made before ENCRYPTION_KEY was set, or with another key). Delete it in Settings → API Tokens and run this again.`,
      );
    }
    return { accessKey: existing.accessKey, created: false };
  }
  const created = await tokens.create({
    name,
    description: DESCRIPTIONS[name],
    type: 'custom',
    lifespan: null,
    permissions: [...PUBLIC_ACTIONS],
  });
  return { accessKey: created.accessKey, created: true };
}

export const ensureSiteBuildToken = (strapi: Core.Strapi) => ensureReadToken(strapi, SITE_BUILD_TOKEN_NAME);
export const ensurePreviewToken = (strapi: Core.Strapi) => ensureReadToken(strapi, PREVIEW_TOKEN_NAME);
