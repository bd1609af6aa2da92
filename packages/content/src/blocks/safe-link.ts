/**
 * Which links an editor may give (rich text, navigation, social links), in
 * one place: the site renders with it and the CMS refuses what it rejects.
 * Deliberately free of imports, so the CMS can load it on its own.
 */

const ABSOLUTE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export interface SafeLink {
  /** What goes in href: exactly the string a browser will resolve. */
  href: string;
  /** An http(s) link to a host other than the site's own: render it with rel="noopener noreferrer". */
  external: boolean;
}

// Browsers drop leading and trailing C0 controls and spaces and every tab and
// newline before parsing ("java\tscript:", " //evil"); the other Unicode spaces
// are trimmed too so that what we check is exactly what we output.
// eslint-disable-next-line no-control-regex -- control characters are what this strips
const EDGES = /^[\u0000-\u0020\s]+|[\u0000-\u0020\s]+$/gu;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
// Anything else invisible (NUL, DEL, C1 controls, zero-width and bidi marks) has no place in a link.
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
// A path whose second character is / or \ is a protocol-relative URL in a browser: another site.
const OFF_SITE_PATH = /^\/[/\\]/;
// A base no real site has, to see where a browser would take a path.
const PROBE_ORIGIN = 'https://site.invalid';

function clean(value: string): string {
  return value.replace(EDGES, '').replace(TAB_OR_NEWLINE, '');
}

/**
 * The path with %XX decoded until nothing changes (byte by byte, never
 * throwing), or null when it keeps changing: "/%2f%2fevil.example" must not
 * pass for a path on this site when a server or proxy on the way decodes it.
 */
function fullyDecoded(path: string): string | null {
  let current = path;
  for (let round = 0; round < 4; round += 1) {
    const next = clean(current.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    if (next === current) return current;
    current = next;
  }
  return null;
}

function sitePath(path: string): SafeLink | null {
  if (OFF_SITE_PATH.test(path)) return null;
  const decoded = fullyDecoded(path);
  if (decoded === null || OFF_SITE_PATH.test(decoded)) return null;
  // Belt and braces: the URL parser is the browser's, and it must stay on the site.
  try {
    if (new URL(path, PROBE_ORIGIN).origin !== PROBE_ORIGIN) return null;
  } catch {
    return null;
  }
  return { href: path, external: false };
}

function absolute(url: string, siteUrl: string | URL | undefined): SafeLink | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!ABSOLUTE_SCHEMES.has(parsed.protocol)) return null;
  if (parsed.protocol === 'mailto:' || parsed.protocol === 'tel:') return { href: parsed.href, external: false };
  // "https://our-site.vn@evil.example" reads as our site and goes elsewhere.
  if (parsed.username || parsed.password) return null;
  const siteHost = siteUrl === undefined ? null : new URL(siteUrl).host;
  return { href: parsed.href, external: parsed.host !== siteHost };
}

/**
 * The link if a reader may follow it, else null (show its text without a
 * link). Accepted: http:, https:, mailto:, tel: (any letter case) and paths
 * on this site ("/tin-tuc/…": one "/" not followed by "/" or "\", also once
 * %-decoded). Everything else is refused: javascript:, data:, other schemes,
 * "//host", "/\host", "\\host", relative paths, "#…" and "?…" alone.
 *
 * `siteUrl` is the site's public address; without it every http(s) link
 * counts as external.
 */
export function safeLink(raw: unknown, siteUrl?: string | URL): SafeLink | null {
  if (typeof raw !== 'string') return null;
  const url = clean(raw);
  if (!url || INVISIBLE.test(url)) return null;
  return url.startsWith('/') ? sitePath(url) : absolute(url, siteUrl);
}
