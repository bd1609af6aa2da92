import { describe, expect, it } from 'vitest';
import { signPreviewPath, verifyPreviewPath } from './preview-link';
import { previewTypeOf } from './preview-types';

const SECRET = 'preview-secret-for-tests-0123456789';
const NOW = new Date('2026-11-29T01:00:00Z');
const LATER = new Date('2026-11-29T02:00:00Z');
const target = { type: 'article', documentId: 'k2b7x9q0w1e2r3t4y5u6i7o8' } as const;

describe('signed preview links', () => {
  const path = signPreviewPath(target, SECRET, LATER);

  it('checks out for the entry it was made for until it expires', () => {
    expect(path).toMatch(/^\/preview\/article\/k2b7x9q0w1e2r3t4y5u6i7o8\?expires=\d+&signature=[\w-]+$/);
    expect(verifyPreviewPath(path, SECRET, NOW)).toEqual({ ok: true, target, expiresAt: LATER });
  });

  it('refuses an expired link', () => {
    expect(verifyPreviewPath(path, SECRET, LATER)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a link with another entry, type or expiry put in (tampered)', () => {
    expect(verifyPreviewPath(path.replace('k2b7x9q0w1e2r3t4y5u6i7o8', 'zzzzzzzzzzzzzzzzzzzzzzzz'), SECRET, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verifyPreviewPath(path.replace('/article/', '/project/'), SECRET, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
    const extended = path.replace(/expires=(\d+)/, (_, value: string) => `expires=${Number(value) + 86_400}`);
    expect(verifyPreviewPath(extended, SECRET, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a link signed with another secret (forged) or without a signature', () => {
    const forged = signPreviewPath(target, 'another-secret-0123456789abcdef', LATER);
    expect(verifyPreviewPath(forged, SECRET, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyPreviewPath(path.replace(/&signature=.*/, ''), SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyPreviewPath(path.replace(/signature=[\w-]+/, 'signature=abc'), SECRET, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses types without a page and paths that are not preview links', () => {
    expect(verifyPreviewPath('/preview/category/abc?expires=9999999999&signature=x', SECRET, NOW)).toEqual({ ok: false, reason: 'unknown-type' });
    expect(verifyPreviewPath('/tin-tuc/abc/', SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyPreviewPath('/preview/article/../../etc?expires=1&signature=x', SECRET, NOW).ok).toBe(false);
  });

  it('wants a real secret', () => {
    expect(() => signPreviewPath(target, 'short', LATER)).toThrow(/PREVIEW_SECRET must be at least 16/);
    expect(() => verifyPreviewPath(path, '', NOW)).toThrow(/PREVIEW_SECRET/);
  });

  it('maps CMS models to preview types and back', () => {
    expect(previewTypeOf('api::training-course.training-course')).toBe('training-course');
    expect(previewTypeOf('api::category.category')).toBeNull();
  });
});
