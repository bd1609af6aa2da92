import { describe, expect, it } from 'vitest';
import { ALLOWED_KINDS, ALLOWED_SUMMARY, UPLOAD_LIMITS, kindForExtension, uploadPluginConfig } from './allowed-uploads';

const MB = 1024 * 1024;

describe('the upload allow-list', () => {
  it('caps images at 10 MB and documents and video at 50 MB', () => {
    expect(UPLOAD_LIMITS.image.maxBytes).toBe(10 * MB);
    expect(UPLOAD_LIMITS.document.maxBytes).toBe(50 * MB);
    expect(UPLOAD_LIMITS.video.maxBytes).toBe(50 * MB);
  });

  it('names every allowed kind in the sentence editors read', () => {
    const summary = ALLOWED_SUMMARY.toLowerCase();
    for (const kind of ALLOWED_KINDS) {
      expect(
        kind.extensions.some((extension) => new RegExp(`\\b${extension.slice(1)}\\b`).test(summary)),
        kind.format,
      ).toBe(true);
    }
  });

  it('gives each extension to one kind only, and none to SVG or programs', () => {
    const extensions = ALLOWED_KINDS.flatMap((kind) => kind.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const extension of ['.svg', '.exe', '.msi', '.zip', '.html', '.js', '.docm', '.xlsm', '.mov'])
      expect(kindForExtension(extension), extension).toBeUndefined();
  });

  it('configures Strapi’s own check from the same list: every allowed type, nothing generic, the largest limit', () => {
    const { sizeLimit, security } = uploadPluginConfig();
    expect(sizeLimit).toBe(50 * MB);
    for (const kind of ALLOWED_KINDS) expect(security.allowedTypes).toContain(kind.mime);
    for (const generic of ['image/svg+xml', 'application/zip', 'application/octet-stream', 'text/html', 'application/x-msdownload']) {
      expect(security.allowedTypes).not.toContain(generic);
    }
    expect(security.allowedTypes.some((type) => type.includes('*'))).toBe(false);
  });
});
