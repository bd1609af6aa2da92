import { afterEach, describe, expect, it } from 'vitest';
import { CadresPageDocument } from '../generated/graphql.js';
import { nodes, startFakeStrapi } from '../test-support/fake-strapi.js';
import { ContentClient } from './content-client.js';
import { ContentFetchError } from './errors.js';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function fake(options: Parameters<typeof startFakeStrapi>[0]) {
  const server = await startFakeStrapi(options);
  servers.push(server);
  return server;
}

async function failure(promise: Promise<unknown>): Promise<ContentFetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ContentFetchError);
  return error as ContentFetchError;
}

describe('ContentClient.fetchAll', () => {
  it('pages through a list until the total Strapi reports, a few requests at a time', async () => {
    const server = await fake({ lists: { CadresPage: nodes(1234) } });
    const client = new ContentClient({ url: server.url, pageSize: 100, concurrency: 3 });
    const all = await client.fetchAll(CadresPageDocument as any, 'cadres');
    expect(all).toHaveLength(1234);
    expect(new Set(all.map((node) => node.documentId)).size).toBe(1234);
    expect(server.log.map((entry) => entry.variables.page)).toEqual(expect.arrayContaining([1, 2, 13]));
    expect(server.log).toHaveLength(13);
  });

  it('follows Strapi when it caps the page size (maxLimit) and still gets everything', async () => {
    const server = await fake({ lists: { CadresPage: nodes(250) }, maxLimit: 40 });
    const all = await new ContentClient({ url: server.url, pageSize: 100 }).fetchAll(CadresPageDocument as any, 'cadres');
    expect(all).toHaveLength(250);
    expect(server.log).toHaveLength(7);
  });

  it('fails clearly when the CMS returns fewer entries than it reports', async () => {
    const server = await fake({
      lists: { CadresPage: nodes(150) },
      rewrite: (_operation, page) => {
        if (page.pageInfo.page === 2) page.nodes = page.nodes.slice(0, 10);
      },
    });
    const error = await failure(new ContentClient({ url: server.url }).fetchAll(CadresPageDocument as any, 'cadres'));
    expect(error.kind).toBe('short-count');
    expect(error.message).toBe(
      'CMS cadres: the CMS reports 150 entries but returned 110 (page size 100, 2 pages). Strapi caps lists silently at its limits; refusing to build a partial site.',
    );
  });

  it('de-duplicates entries by documentId (draft and published rows: strapi/strapi#25826)', async () => {
    const list = nodes(3);
    const server = await fake({
      lists: { CadresPage: list },
      rewrite: (_operation, page) => {
        page.nodes = [...page.nodes, { ...list[0] }];
      },
    });
    const all = await new ContentClient({ url: server.url }).fetchAll(CadresPageDocument as any, 'cadres');
    expect(all.map((node) => node.documentId)).toEqual(list.map((node) => node.documentId));
  });

  it('counts duplicates as missing when they hide a real entry', async () => {
    const list = nodes(3);
    const server = await fake({
      lists: { CadresPage: list },
      rewrite: (_operation, page) => {
        page.nodes = [page.nodes[0], page.nodes[0], page.nodes[1]];
      },
    });
    expect((await failure(new ContentClient({ url: server.url }).fetchAll(CadresPageDocument as any, 'cadres'))).kind).toBe('short-count');
  });

  it('retries with backoff while the CMS answers 5xx, then succeeds', async () => {
    const server = await fake({ lists: { CadresPage: nodes(5) }, failFirst: { times: 2, status: 503 } });
    const retries: number[] = [];
    const client = new ContentClient({ url: server.url, retryDelayMs: 5, log: (message) => retries.push(message.length) });
    expect(await client.fetchAll(CadresPageDocument as any, 'cadres')).toHaveLength(5);
    expect(retries).toHaveLength(2);
  });

  it('gives up on an unreachable CMS after its retries, naming the URL and the cause', async () => {
    const server = await fake({});
    const url = server.url;
    await server.close();
    servers.pop();
    const messages: string[] = [];
    const error = await failure(
      new ContentClient({ url, retries: 2, retryDelayMs: 5, log: (message) => messages.push(message) }).fetchAll(CadresPageDocument as any, 'cadres'),
    );
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe(`CMS cadres page 1: ${url}/graphql is unreachable after 3 attempts (ECONNREFUSED). Is the CMS running? Check CMS_URL.`);
    expect(messages).toEqual([
      expect.stringMatching(/attempt 1 failed \(ECONNREFUSED\); retrying in 5 ms/),
      expect.stringMatching(/attempt 2 failed \(ECONNREFUSED\); retrying in 10 ms/),
    ]);
  });

  it('does not retry a refused token, and says how to get one', async () => {
    const server = await fake({ lists: { CadresPage: nodes(5) }, token: 'right' });
    const error = await failure(new ContentClient({ url: server.url, token: 'wrong' }).fetchAll(CadresPageDocument as any, 'cadres'));
    expect(error.kind).toBe('token-refused');
    expect(error.message).toMatch(/refused the token \(HTTP 401: Missing or invalid credentials\)\. Set CMS_TOKEN .*pnpm --dir cms api-token/);
    expect(server.log).toHaveLength(0);
    expect(await new ContentClient({ url: server.url, token: 'right' }).fetchAll(CadresPageDocument as any, 'cadres')).toHaveLength(5);
  });

  it('reports a schema mismatch when the CMS does not know a field the site asks for', async () => {
    const server = await fake({
      errors: { status: 400, errors: [{ message: 'Cannot query field "positionTitle" on type "Cadre".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] },
    });
    const error = await failure(new ContentClient({ url: server.url }).fetchAll(CadresPageDocument as any, 'cadres'));
    expect(error.kind).toBe('schema-mismatch');
    expect(error.message).toContain('Cannot query field "positionTitle" on type "Cadre".');
    expect(error.message).toContain('pnpm --dir packages/content codegen');
  });
});
