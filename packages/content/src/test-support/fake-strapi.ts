import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeStrapiOptions {
  /** documentId-bearing nodes per list operation name, e.g. { CadresPage: [...] } */
  lists?: Record<string, { documentId: string; [key: string]: unknown }[]>;
  /** Strapi's maxLimit: a larger pageSize is cut to this, as Strapi does. */
  maxLimit?: number;
  /** Answer with HTTP status (and body) instead, for the first `times` requests. */
  failFirst?: { times: number; status: number };
  token?: string;
  /** Rewrites a page answer (drop nodes, duplicate them, …). */
  rewrite?: (operation: string, page: { nodes: unknown[]; pageInfo: Record<string, number> }) => void;
  /** The `data` of operations that are not lists, by operation name (e.g. { CmsIdentity: { cmsIdentity: '…' } }). */
  answers?: Record<string, unknown>;
  /** Operations refused as a CMS that does not know them would (HTTP 400, validation error with this message). */
  rejects?: Record<string, string>;
  /** GraphQL errors to return for every request (e.g. schema validation). */
  errors?: { status: number; errors: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Speaks just enough of Strapi's GraphQL (list connections with pageInfo) to test the client on loopback. */
export async function startFakeStrapi(options: FakeStrapiOptions) {
  const log: { operation: string; variables: Record<string, unknown> }[] = [];
  let failures = 0;
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (options.failFirst && failures < options.failFirst.times) {
      failures += 1;
      send(options.failFirst.status, { errors: [{ message: 'Service Unavailable' }] });
      return;
    }
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
      send(401, { data: null, errors: [{ message: 'Missing or invalid credentials', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    if (options.errors) {
      send(options.errors.status, { errors: options.errors.errors });
      return;
    }
    const { query, variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, number> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
    log.push({ operation, variables });
    const rejected = options.rejects?.[operation];
    if (rejected) {
      send(400, { errors: [{ message: rejected, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
      return;
    }
    if (options.answers && operation in options.answers) {
      send(200, { data: options.answers[operation] });
      return;
    }
    const all = options.lists?.[operation] ?? [];
    const pageSize = Math.min(Number(variables.pageSize ?? 25), options.maxLimit ?? 100);
    const pageNumber = Number(variables.page ?? 1);
    const page = {
      nodes: all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
      pageInfo: { total: all.length, page: pageNumber, pageSize, pageCount: Math.ceil(all.length / pageSize) },
    };
    options.rewrite?.(operation, page);
    send(200, { data: { page } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const nodes = (count: number, prefix = 'doc') =>
  Array.from({ length: count }, (_, index) => ({ documentId: `${prefix}${String(index).padStart(5, '0')}`, fullName: `Cán bộ ${index}` }));
