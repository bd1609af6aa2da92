const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The link target if it is safe to put in href, else null: javascript:,
 * data:, vbscript: and any other scheme are dropped, also when disguised
 * with case, whitespace or control characters.
 */
export function safeUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // Browsers ignore these inside a scheme ("java\tscript:"), so must we.
  const url = raw.replace(/[\u0000-\u001f\u007f\s]+/g, '').trim();
  if (!url) return null;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  if (url.startsWith('#') || url.startsWith('?')) return url;
  try {
    const parsed = new URL(url);
    return SAFE_SCHEMES.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
