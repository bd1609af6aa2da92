import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentClient } from './content-client.js';
import { ContentFetchError } from './errors.js';
import { fetchChangesSince, sortLikeCms } from './incremental-fetch.js';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A CMS whose change record holds sequences 1..count, answering `pageSize` per request as contentChanges does. */
async function changeRecord(count: number, pageSize: number, { emptyPageSaysMore = false } = {}) {
  const asked: number[] = [];
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { after: number } };
    asked.push(variables.after);
    const sequences = Array.from({ length: count }, (_, index) => index + 1).filter((sequence) => sequence > variables.after);
    const page = emptyPageSaysMore ? [] : sequences.slice(0, pageSize);
    const contentChanges = {
      latest: count,
      oldest: 0,
      hasMore: emptyPageSaysMore || sequences.length > pageSize,
      changes: page.map((sequence) => ({ sequence, type: 'api::article.article', documentId: `a${sequence}`, action: 'update' })),
    };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { contentChanges } }));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { client: new ContentClient({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, retries: 0 }), asked };
}

describe('fetchChangesSince', () => {
  it('follows hasMore from page to page until the end: no silently capped list', async () => {
    const { client, asked } = await changeRecord(5, 2);
    const { changes, latest, oldest } = await fetchChangesSince(client, 0);
    expect(changes.map((change) => change.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect({ latest, oldest }).toEqual({ latest: 5, oldest: 0 });
    expect(asked).toEqual([0, 2, 4]);
  });

  it('refuses an answer that says more follow but lists none', async () => {
    const { client } = await changeRecord(5, 2, { emptyPageSaysMore: true });
    const error = await fetchChangesSince(client, 3).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentFetchError);
    expect((error as Error).message).toMatch(/after 3 says more follow but lists none/);
  });
});

describe('sortLikeCms', () => {
  it('orders like the list query: newest first with undated entries last, then documentId', () => {
    const articles = [
      { documentId: 'b', publishedDate: '2026-01-01T00:00:00.000Z' },
      { documentId: 'c', publishedDate: null },
      { documentId: 'a', publishedDate: '2026-01-01T00:00:00.000Z' },
      { documentId: 'd', publishedDate: '2026-05-01T00:00:00.000Z' },
    ];
    expect(sortLikeCms('articles', articles).map((node) => node.documentId)).toEqual(['d', 'a', 'b', 'c']);
    const categories = [
      { documentId: 'x', order: 2 },
      { documentId: 'y', order: 1 },
    ];
    expect(sortLikeCms('categories', categories).map((node) => node.documentId)).toEqual(['y', 'x']);
  });
});
