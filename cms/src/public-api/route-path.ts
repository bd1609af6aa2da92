/**
 * The path as Strapi's router will match it: @koa/router ignores letter case
 * and a trailing slash, so a guard that compares raw strings lets
 * `/API/upload/files` or `/api/upload/files/` through. Percent-escapes are
 * decoded while they decode (an encoded or doubly encoded variant matches too;
 * a stray `%` stops the decoding and is kept), backslashes read as slashes and
 * repeated slashes collapse.
 */
export function canonicalRoutePath(rawPath: string): string {
  let path = rawPath;
  for (let round = 0; round < 8; round += 1) {
    const decoded = decodeOnce(path);
    if (decoded === null || decoded === path) break;
    path = decoded;
  }
  const canonical = path
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '')
    .toLowerCase();
  return canonical === '' ? '/' : canonical;
}

function decodeOnce(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** True when `path` (canonical) is `prefix` or lies below it. */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}
