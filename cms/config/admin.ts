import type { Core } from '@strapi/strapi';
import { DEFAULT_TTL_SECONDS, MIN_SECRET_LENGTH, previewTypeOf, signPreviewPath } from '@hoilhpn/preview-link';

/**
 * Strapi's Preview (side panel and new tab) opens a signed, expiring link to
 * the preview server, which renders the draft with the site's own components.
 * Without PREVIEW_URL and PREVIEW_SECRET the Preview button stays hidden.
 */
function previewConfig(env: Core.Config.Shared.ConfigParams['env']) {
  const previewUrl: string = env('PREVIEW_URL', '');
  const secret: string = env('PREVIEW_SECRET', '');
  if (!previewUrl) return { enabled: false };
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`PREVIEW_URL is set, so PREVIEW_SECRET must be too (at least ${MIN_SECRET_LENGTH} characters, the same as the preview server's)`);
  }
  const ttlSeconds: number = env.int('PREVIEW_LINK_TTL_SECONDS', DEFAULT_TTL_SECONDS);
  return {
    enabled: true,
    config: {
      // The admin shows the preview in an iframe: its CSP must allow this origin.
      allowedOrigins: [new URL(previewUrl).origin],
      async handler(uid: string, { documentId }: { documentId?: string }) {
        const type = previewTypeOf(uid);
        if (!type || !documentId) return null;
        return new URL(signPreviewPath({ type, documentId }, secret, new Date(Date.now() + ttlSeconds * 1000)), previewUrl).href;
      },
    },
  };
}

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  autoOpen: false,
  preview: previewConfig(env),
});
