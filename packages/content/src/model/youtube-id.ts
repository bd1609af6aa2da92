const HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com']);
const ID = /^[A-Za-z0-9_-]{11}$/;

/** The video id of an allowed YouTube URL, or null for anything else (other hosts, other schemes, odd paths). */
export function youtubeId(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !HOSTS.has(parsed.hostname) || parsed.username || parsed.password || parsed.port) return null;
  const candidate =
    parsed.hostname === 'youtu.be'
      ? parsed.pathname.slice(1)
      : parsed.pathname === '/watch'
        ? parsed.searchParams.get('v')
        : /^\/(embed|shorts|live)\/([^/]+)\/?$/.exec(parsed.pathname)?.[2];
  return candidate && ID.test(candidate) ? candidate : null;
}
