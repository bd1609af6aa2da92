import { beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_ARTICLE, DRAFT_VIDEO } from '../src/seed/demo-content';
import { ensurePreviewToken, ensureSiteBuildToken } from '../src/public-api/read-tokens';
import { graphql, rest } from './harness/http';
import { startTestServer } from './harness/strapi-server';

let draftArticleId: string;
let draftVideoId: string;
let siteToken: string;
let previewToken: string;

beforeAll(async () => {
  const { strapi } = await startTestServer();
  const draftArticle = await strapi.documents('api::article.article').findFirst({ filters: { slug: DRAFT_ARTICLE.slug }, status: 'draft' } as any);
  const draftVideo = await strapi.documents('api::video.video').findFirst({ filters: { slug: DRAFT_VIDEO.slug }, status: 'draft' } as any);
  draftArticleId = draftArticle!.documentId;
  draftVideoId = draftVideo!.documentId;
  siteToken = (await ensureSiteBuildToken(strapi)).accessKey;
  previewToken = (await ensurePreviewToken(strapi)).accessKey;
});

/** Reads each path over REST (with `token`, or as the public), expects every answer to have `status`, and lets `check` look at each. */
async function expectRest(
  paths: readonly string[],
  { token, status }: { token?: string; status: number },
  check: (answer: Awaited<ReturnType<typeof rest>>, path: string) => void,
): Promise<void> {
  for (const path of paths) {
    const answer = await rest(path, { token });
    expect(answer.status, path).toBe(status);
    check(answer, path);
  }
}

const readers = [
  ['the public', () => undefined],
  ['the site build token', () => siteToken],
] as const;

describe.each(readers)('drafts never reach %s', (_who, token) => {
  it('the seed has a draft to hide (guard against a vacuous pass)', async () => {
    const { strapi } = await startTestServer();
    const published = await strapi.documents('api::article.article').findOne({ documentId: draftArticleId, status: 'published' } as any);
    const draft = await strapi.documents('api::article.article').findOne({ documentId: draftArticleId, status: 'draft' } as any);
    expect(published).toBeNull();
    expect(draft?.title).toBe(DRAFT_ARTICLE.title);
  });

  it('refuses GraphQL status: DRAFT on lists, connections and single documents', async () => {
    for (const query of [
      '{ articles(status: DRAFT) { title } }',
      '{ articles_connection(status: DRAFT) { nodes { title } } }',
      `{ article(documentId: "${draftArticleId}", status: DRAFT) { title } }`,
      '{ videos(status: DRAFT) { title } }',
      '{ siteSetting(status: DRAFT) { siteName } }',
    ]) {
      const response = await graphql(query, {}, token());
      expect(response.status, query).toBe(403);
      expect(response.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(JSON.stringify(response.data ?? null)).not.toContain('Bản nháp');
      expect(JSON.stringify(response.errors), query).not.toMatch(/stacktrace|\bat .+\.js:\d+/);
    }
  });

  it('refuses GraphQL status given as a variable', async () => {
    const response = await graphql('query ($s: PublicationStatus) { articles(status: $s) { title } }', { s: 'DRAFT' }, token());
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers null for a draft-only document fetched by documentId in GraphQL', async () => {
    const response = await graphql(`{ article(documentId: "${draftArticleId}") { title } video(documentId: "${draftVideoId}") { title } }`, {}, token());
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ article: null, video: null });
  });

  it('refuses REST ?status=draft with 403', async () => {
    await expectRest(
      ['/api/articles?status=draft', `/api/articles/${draftArticleId}?status=draft`, '/api/videos?status=draft', '/api/site-setting?status=draft'],
      { token: token(), status: 403 },
      ({ json, text }, path) => {
        expect(json.error.message, path).toContain('Drafts are not public');
        expect(text).not.toContain('Bản nháp');
      },
    );
  });

  it('answers 404 for a draft-only document fetched by documentId over REST', async () => {
    expect((await rest(`/api/articles/${draftArticleId}`, { token: token() })).status).toBe(404);
    expect((await rest(`/api/videos/${draftVideoId}`, { token: token() })).status).toBe(404);
  });

  it('keeps drafts out of lists, filters and relations, in GraphQL and REST populate', async () => {
    const lists = await graphql(
      `
        {
          articles(pagination: { limit: 100 }) {
            slug
          }
          projects {
            code
            articles {
              slug
            }
            videos {
              slug
            }
          }
          categories {
            slug
            articles {
              slug
            }
          }
          videos {
            slug
          }
          byTitle: articles(filters: { title: { contains: "Bản nháp" } }) {
            slug
          }
        }
      `,
      {},
      token(),
    );
    expect(lists.errors).toBeUndefined();
    const text = JSON.stringify(lists.data);
    expect(text).not.toContain(DRAFT_ARTICLE.slug);
    expect(text).not.toContain(DRAFT_VIDEO.slug);
    expect(lists.data.byTitle).toEqual([]);

    await expectRest(
      [
        '/api/projects?populate=*',
        '/api/projects?populate[articles][populate]=*&populate[videos][populate]=*',
        '/api/videos?populate=*',
        '/api/categories?populate=articles',
        '/api/articles?filters[publishedAt][$null]=true',
        '/api/articles?pagination[pageSize]=100',
      ],
      { token: token(), status: 200 },
      ({ text }, path) => {
        expect(text, path).not.toContain(DRAFT_ARTICLE.slug);
        expect(text, path).not.toContain(DRAFT_VIDEO.slug);
      },
    );
  });
});

describe('the preview server’s token (site-preview)', () => {
  it('is a different key from the site build token', () => {
    expect(previewToken).toMatch(/\S{20,}/);
    expect(previewToken).not.toBe(siteToken);
  });

  it('reads a draft with its related entries, and published entries as before', async () => {
    const draft = await graphql(`{ article(documentId: "${draftArticleId}", status: DRAFT) { title category { name } } }`, {}, previewToken);
    expect(draft.errors).toBeUndefined();
    expect(draft.data.article.title).toBe(DRAFT_ARTICLE.title);
    const published = await graphql(`{ article(documentId: "${draftArticleId}") { title } }`, {}, previewToken);
    expect(published.data).toEqual({ article: null });
  });

  it('still cannot write or see private fields', async () => {
    const response = await rest('/api/articles', {
      method: 'POST',
      token: previewToken,
      headers: { 'content-type': 'application/json' },
      body: '{"data":{"title":"x"}}',
    });
    expect(response.status).toBe(405);
    const cadres = await rest('/api/cadres?status=draft', { token: previewToken });
    expect(cadres.status).toBe(200);
    expect(cadres.text).not.toMatch(/"phone"|"email"|"birthYear"/);
  });
});

describe('private fields stay private', () => {
  const PRIVATE = ['phone', 'email', 'birthYear'];
  let cadreId: string;

  beforeAll(async () => {
    cadreId = (await rest('/api/cadres')).json.data[0].documentId;
  });

  it('are not in REST responses, even when asked for or populated', async () => {
    await expectRest(
      ['/api/cadres', '/api/cadres?populate=*', '/api/awards?populate[recipients][populate]=*', `/api/cadres/${cadreId}`],
      { status: 200 },
      ({ text }) => {
        expect(text).toContain('Hoà Bình');
        expect(text).not.toMatch(/0912000\d{3}|@example\.vn/);
        for (const field of PRIVATE) expect(text).not.toContain(`"${field}"`);
      },
    );
    const asked = await rest('/api/cadres?fields[0]=fullName&fields[1]=phone');
    expect(asked.status).toBe(400);
    expect(asked.text).not.toMatch(/0912000\d{3}/);
  });

  it('cannot be filtered or sorted on (no guessing by filter)', async () => {
    await expectRest(
      ['/api/cadres?filters[phone][$eq]=0912000101', '/api/cadres?filters[birthYear][$lt]=1985', '/api/cadres?sort=phone'],
      { status: 400 },
      ({ json }, path) => expect(json.error.message, path).toMatch(/Invalid key/i),
    );
  });

  it('are not in the GraphQL schema', async () => {
    const response = await graphql('{ cadres { fullName phone } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/Cannot query field "phone"/);
    const filter = await graphql('{ cadres(filters: { email: { eq: "hoa.tanlap@example.vn" } }) { fullName } }');
    expect(filter.status).toBe(400);
  });
});

describe('nothing can be written through the public API', () => {
  it('has no content mutations in the GraphQL schema', async () => {
    const response = await graphql('mutation { createArticle(data: { title: "x" }) { documentId } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/Cannot query field "createArticle"/);
  });

  it('refuses every remaining mutation with 403, for the public and the site token', async () => {
    for (const token of [undefined, siteToken]) {
      const response = await graphql('mutation { register(input: { username: "x", email: "x@example.com", password: "Passw0rd!" }) { jwt } }', {}, token);
      expect(response.status).toBe(403);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const { strapi } = await startTestServer();
    expect(await strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });

  it('refuses REST POST, PUT and DELETE with 405 and stores nothing', async () => {
    const { strapi } = await startTestServer();
    const before = await strapi.db.query('api::article.article').count();
    const [article] = (await rest('/api/articles')).json.data;
    for (const [method, path] of [
      ['POST', '/api/articles'],
      ['PUT', `/api/articles/${article.documentId}`],
      ['DELETE', `/api/articles/${article.documentId}`],
      ['POST', '/api/auth/local/register'],
      ['POST', '/api/upload'],
    ] as const) {
      for (const token of [undefined, siteToken]) {
        const response = await rest(path, {
          method,
          token,
          headers: { 'content-type': 'application/json' },
          body: method === 'DELETE' ? undefined : JSON.stringify({ data: { title: 'Hacked' } }),
        });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.json.error.message).toContain('read-only');
      }
    }
    expect(await strapi.db.query('api::article.article').count()).toBe(before);
    expect((await rest(`/api/articles/${article.documentId}`)).json.data.title).toBe(article.title);
  });

  it('gives the public role exactly find/findOne on the public types', async () => {
    const { strapi } = await startTestServer();
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' }, populate: ['permissions'] });
    const actions = role.permissions.map((permission: { action: string }) => permission.action);
    // find and findOne on 9 collection types, find on 2 single types, find and findOne on media.
    expect(actions.length).toBe(22);
    expect(actions.every((action: string) => /^(api::[a-z-]+\.[a-z-]+|plugin::upload\.content-api)\.(find|findOne)$/.test(action))).toBe(true);
  });

  it('refuses writes whatever the letter case, slashes or escapes of the path', async () => {
    const { strapi } = await startTestServer();
    const before = await strapi.db.query('api::article.article').count();
    for (const path of [
      '/API/articles',
      '/api/articles/',
      '/Api/Articles//',
      '//api/articles',
      '/api/%61rticles',
      '/%61pi/articles',
      '/api/upload/',
      '/API/UPLOAD',
    ]) {
      const response = await rest(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: { title: 'Hacked' } }),
      });
      expect(response.status, `POST ${path}`).toBe(405);
    }
    expect(await strapi.db.query('api::article.article').count()).toBe(before);
  });
});

describe('the media library is not public', () => {
  const EMBARGOED = 'anh-cam-cong-bo-embargo';

  beforeAll(async () => {
    // A photo attached only to the unpublished draft: an embargoed story's picture.
    const { strapi } = await startTestServer();
    if (await strapi.db.query('plugin::upload.file').findOne({ where: { hash: EMBARGOED } })) return;
    const file = await strapi.db.query('plugin::upload.file').create({
      data: {
        name: `${EMBARGOED}.png`,
        hash: EMBARGOED,
        ext: '.png',
        mime: 'image/png',
        size: 1,
        width: 1,
        height: 1,
        url: `/uploads/${EMBARGOED}.png`,
        provider: 'local',
      },
    });
    await strapi.documents('api::article.article').update({ documentId: draftArticleId, status: 'draft', data: { cover: file.id } } as any);
  });

  it('the draft really holds the embargoed photo (guard against a vacuous pass)', async () => {
    const { strapi } = await startTestServer();
    const draft = await strapi.documents('api::article.article').findOne({ documentId: draftArticleId, status: 'draft', populate: ['cover'] } as any);
    expect((draft as any).cover.hash).toBe(EMBARGOED);
  });

  it.each([
    '/api/upload/files',
    '/API/upload/files',
    '/api/UPLOAD/Files',
    '/api/upload/files/',
    '/api/upload/files//',
    '//api/upload/files',
    '/api//upload/files',
    '/api/%75pload/files',
    '/api/upload%2Ffiles',
    '/api/%2575pload/files',
    '/api/upload/files/1',
    '/Api/Upload/Files/1/',
    '/api/upload/files/page',
    '/api/upload/files?filters[hash][$contains]=embargo',
  ])('REST %s answers 404 and lists nothing', async (path) => {
    for (const token of [undefined, siteToken]) {
      const response = await rest(path, { token });
      expect(response.status, path).toBe(404);
      expect(response.text).not.toContain(EMBARGOED);
    }
  });

  it('GraphQL has no uploadFile, uploadFiles or uploadFiles_connection query, and no way back from a file to its entries', async () => {
    for (const token of [undefined, siteToken]) {
      for (const query of [
        '{ uploadFiles { name url } }',
        '{ uploadFiles_connection { nodes { name url } } }',
        '{ uploadFile(documentId: "x") { name } }',
        '{ articles { cover { related { __typename } } } }',
      ]) {
        const response = await graphql(query, {}, token);
        expect(response.status, query).toBe(400);
        expect(response.errors?.[0]?.message, query).toMatch(/Cannot query field/);
        expect(JSON.stringify(response)).not.toContain(EMBARGOED);
      }
    }
  });

  it('gives media only through published entries', async () => {
    const lists = await graphql('{ articles(pagination: { limit: 100 }) { cover { url name } } }', {}, siteToken);
    expect(lists.errors).toBeUndefined();
    expect(JSON.stringify(lists.data)).not.toContain(EMBARGOED);
    const populated = await rest('/api/articles?populate=*&pagination[pageSize]=100', { token: siteToken });
    expect(populated.status).toBe(200);
    expect(populated.text).not.toContain(EMBARGOED);
    // …while the preview server, which may read drafts, sees it.
    const preview = await graphql(`{ article(documentId: "${draftArticleId}", status: DRAFT) { cover { name } } }`, {}, previewToken);
    expect(preview.data.article.cover.name).toBe(`${EMBARGOED}.png`);
  });
});

describe('publication filters are not public', () => {
  it.each(readers)('are refused for %s, in GraphQL and REST', async (_who, token) => {
    for (const query of [
      '{ articles(publicationFilter: MODIFIED) { title } }',
      '{ articles_connection(publicationFilter: MODIFIED) { nodes { title } } }',
      '{ articles(publicationFilter: NEVER_PUBLISHED) { title } }',
      '{ articles(hasPublishedVersion: true) { title } }',
      '{ categories { articles { title } } articles(publicationFilter: UNMODIFIED) { title } }',
    ]) {
      const response = await graphql(query, {}, token());
      expect(response.status, query).toBe(403);
      expect(response.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.message, query).toMatch(/not public/);
    }
    await expectRest(
      [
        '/api/articles?publicationFilter=modified',
        '/api/articles?publicationFilter=unmodified',
        '/api/articles?hasPublishedVersion=true',
        '/api/categories?populate=articles&publicationFilter=modified',
      ],
      { token: token(), status: 403 },
      ({ text }, path) => expect(text, path).toMatch(/not public/),
    );
  });

  it('work for the preview server’s token', async () => {
    const response = await graphql('{ articles(status: DRAFT, publicationFilter: NEVER_PUBLISHED) { title } }', {}, previewToken);
    expect(response.errors).toBeUndefined();
    expect(response.data.articles.map((article: { title: string }) => article.title)).toContain(DRAFT_ARTICLE.title);
    const modified = await rest('/api/articles?publicationFilter=modified', { token: previewToken });
    expect(modified.status).toBe(200);
  });
});

describe('malformed requests get a clear 4xx', () => {
  it('answers GraphQL syntax errors with 400 and the position', async () => {
    const response = await graphql('{ articles { title ');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('answers queries deeper than the depth limit with 400', async () => {
    const deep =
      '{ articles { category { articles { category { articles { category { articles { category { articles { category { articles { title } } } } } } } } } } } }';
    const response = await graphql(deep);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/);
  });

  it('caps page sizes at maxLimit instead of returning everything', async () => {
    const response = await graphql('{ cadres_connection(pagination: { limit: 100000 }) { pageInfo { pageSize total } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.cadres_connection.pageInfo.pageSize).toBeLessThanOrEqual(100);
  });

  it('answers unknown REST filters and bad pagination with 400', async () => {
    await expectRest(
      ['/api/articles?filters[nope][$eq]=1', '/api/articles?pagination[page]=abc', '/api/articles?sort=nope:asc'],
      { status: 400 },
      ({ json }, path) => expect(json.error.message.length, path).toBeGreaterThan(0),
    );
  });
});
