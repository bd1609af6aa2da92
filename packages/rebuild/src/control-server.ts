import { createHash, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export const SECRET_HEADER = 'x-rebuild-secret';
export const MAX_BODY_BYTES = 64 * 1024;

export interface ControlServerOptions {
  secret: string;
  /** Requests allowed in a burst per client address, refilled at `refillPerSecond`. */
  burst?: number;
  refillPerSecond?: number;
}

/* Hashing first makes the comparison constant-time whatever the lengths. */
function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(`${JSON.stringify(body)}\n`);
}

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The reason a webhook gives, read defensively: Strapi may send duplicates or a null entry. */
function describeEvent(body: Buffer): string {
  try {
    const payload = JSON.parse(body.toString('utf8')) as { event?: unknown; model?: unknown; uid?: unknown };
    const event = typeof payload?.event === 'string' ? payload.event.slice(0, 40) : 'event';
    const model = typeof payload?.model === 'string' ? payload.model.slice(0, 60) : typeof payload?.uid === 'string' ? payload.uid.slice(0, 60) : '';
    return `webhook ${event}${model ? ` ${model}` : ''}`;
  } catch {
    return 'webhook';
  }
}

/**
 * The rebuild service's HTTP API: POST /webhook (the CMS), POST /build and
 * POST /rollback (operators), GET /status. Everything that changes something
 * needs the shared secret.
 */
/** What the control API drives: the rebuild service, or the GitHub relay (which has no releases to roll back). */
export interface ControlTarget {
  notify(reason: string, force?: boolean, full?: boolean): void;
  status(): Promise<unknown>;
  rollback?(): Promise<string>;
}

export function createControlServer(service: ControlTarget, { secret, burst = 120, refillPerSecond = 2 }: ControlServerOptions): Server {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const allow = (address: string): boolean => {
    const now = Date.now();
    const bucket = buckets.get(address) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond);
    bucket.at = now;
    buckets.set(address, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };

  return http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (request.method === 'GET' && url.pathname === '/status') return send(response, 200, await service.status());
      if (request.method === 'GET' && url.pathname === '/healthz') return send(response, 200, { ok: true });
      if (request.method !== 'POST' || !['/webhook', '/build', '/rollback'].includes(url.pathname)) {
        return send(response, 404, { error: `${request.method} ${url.pathname}: not here. POST /webhook, /build, /rollback; GET /status.` });
      }
      if (!allow(request.socket.remoteAddress ?? 'unknown')) {
        return send(response, 429, { error: 'too many requests; builds are coalesced anyway' }, { 'retry-after': '5' });
      }
      const body = await readBody(request);
      if (body === null) return send(response, 413, { error: `body larger than ${MAX_BODY_BYTES} bytes` });
      const given = request.headers[SECRET_HEADER];
      if (!sameSecret(Array.isArray(given) ? given[0] : given, secret)) {
        return send(response, 401, { error: `missing or wrong ${SECRET_HEADER} header` });
      }
      if (url.pathname === '/rollback') {
        if (!service.rollback) return send(response, 409, { error: 'this service keeps no releases; roll back where the site is built' });
        const live = await service.rollback();
        return send(response, 200, { live });
      }
      const force = url.searchParams.get('force') === '1';
      // A full build renders every route: for when an incremental release is in doubt.
      const full = url.pathname === '/build' && url.searchParams.get('full') === '1';
      const how = [force ? 'forced' : '', full ? 'full' : ''].filter(Boolean).join(', ');
      service.notify(url.pathname === '/build' ? `manual${how ? ` (${how})` : ''}` : describeEvent(body), force, full);
      return send(response, 202, { accepted: true });
    } catch (error) {
      return send(response, 409, { error: (error as Error).message });
    }
  });
}
