import { createHmac, timingSafeEqual } from 'node:crypto';
import { isPreviewType, type PreviewType } from './preview-types';

export const MIN_SECRET_LENGTH = 16;
/** How long a link the admin hands out stays valid, unless PREVIEW_LINK_TTL_SECONDS says otherwise. */
export const DEFAULT_TTL_SECONDS = 60 * 60;

export interface PreviewTarget {
  type: PreviewType;
  documentId: string;
}

export type PreviewLinkCheck =
  { ok: true; target: PreviewTarget; expiresAt: Date } | { ok: false; reason: 'malformed' | 'unknown-type' | 'bad-signature' | 'expired' };

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

function assertSecret(secret: string): void {
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`PREVIEW_SECRET must be at least ${MIN_SECRET_LENGTH} characters, shared by the CMS and the preview server`);
  }
}

/** HMAC-SHA256 over type, documentId and expiry: changing any of them breaks the signature. */
function signature(secret: string, type: string, documentId: string, expires: number): string {
  return createHmac('sha256', secret).update(`preview\n${type}\n${documentId}\n${expires}`).digest('base64url');
}

/** The path and query of a preview link valid until `expiresAt`: /preview/<type>/<documentId>?expires=<unix s>&signature=<hmac>. */
export function signPreviewPath(target: PreviewTarget, secret: string, expiresAt: Date): string {
  assertSecret(secret);
  if (!isPreviewType(target.type)) throw new Error(`not a previewable type: "${target.type}"`);
  if (!DOCUMENT_ID.test(target.documentId)) throw new Error(`not a documentId: "${target.documentId}"`);
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `/preview/${target.type}/${target.documentId}?expires=${expires}&signature=${signature(secret, target.type, target.documentId, expires)}`;
}

/**
 * Checks a requested preview path ("/preview/article/abc?expires=…&signature=…").
 * The signature is compared in constant time before the expiry is looked at,
 * so a forged link learns nothing from the answer.
 */
export function verifyPreviewPath(pathAndQuery: string, secret: string, now: Date = new Date()): PreviewLinkCheck {
  assertSecret(secret);
  let url: URL;
  try {
    url = new URL(pathAndQuery, 'http://preview.invalid');
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const match = /^\/preview\/([a-z-]+)\/([^/]+)\/?$/.exec(url.pathname);
  const expiresText = url.searchParams.get('expires') ?? '';
  const given = url.searchParams.get('signature') ?? '';
  if (!match || !/^\d{1,12}$/.test(expiresText) || !given) return { ok: false, reason: 'malformed' };
  const [, type, documentId] = match as unknown as [string, string, string];
  if (!isPreviewType(type)) return { ok: false, reason: 'unknown-type' };
  if (!DOCUMENT_ID.test(documentId)) return { ok: false, reason: 'malformed' };
  const expires = Number(expiresText);
  const expected = Buffer.from(signature(secret, type, documentId, expires));
  const received = Buffer.from(given);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) return { ok: false, reason: 'bad-signature' };
  if (expires * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, target: { type, documentId }, expiresAt: new Date(expires * 1000) };
}
