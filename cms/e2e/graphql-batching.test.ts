import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './harness/http';
import { startTestServer } from './harness/strapi-server';

/*
 * GraphQL reads each page's relations in batches (src/graphql/batch-relation-loads.ts)
 * and skips Strapi's no-op field wrappers (src/graphql/skip-noop-field-wrappers.ts).
 * Both are for speed only: these tests check that the answers are what Strapi's own
 * per-entry loads give, and that the SQL a page costs does not grow with the page.
 */

const ARTICLE = 'api::article.article' as const;
const TAG = 'api::tag.tag' as const;
const PREFIX = 'lo-tin-thu-nghiem';
const ARTICLES = 12;

const created: { uid: string; documentId: string }[] = [];

beforeAll(async () => {
  const { strapi } = await startTestServer();
  const tags: string[] = [];
  for (const name of ['gộp truy vấn một', 'gộp truy vấn hai', 'gộp truy vấn ba', 'gộp truy vấn bốn']) {
    const tag = await strapi.documents(TAG).create({ data: { name, slug: `${PREFIX}-${tags.length}` } as never, status: 'published' });
    tags.push(tag.documentId);
    created.push({ uid: TAG, documentId: tag.documentId });
  }
  for (let index = 0; index < ARTICLES; index += 1) {
    // 0 to 4 tags, in an order that differs from one article to the next.
    const own = Array.from({ length: index % 5 }, (_, offset) => tags[(index + offset) % tags.length]!);
    const article = await strapi.documents(ARTICLE).create({
      data: {
        title: `Tin thử gộp truy vấn ${index + 1}`,
        slug: `${PREFIX}-${index + 1}`,
        publishedDate: `2020-01-${String(index + 1).padStart(2, '0')}T00:00:00.000Z`,
        tags: own,
      } as never,
      status: 'published',
    });
    created.push({ uid: ARTICLE, documentId: article.documentId });
  }
});

afterAll(async () => {
  const { strapi } = await startTestServer();
  for (const { uid, documentId } of created.reverse()) await strapi.documents(uid as typeof ARTICLE).delete({ documentId });
});

const PAGE_QUERY = `query ($limit: Int!, $start: Int!, $tagStart: Int!, $tagLimit: Int!) {
  articles(filters: { slug: { startsWith: "${PREFIX}" } }, sort: "slug:asc", pagination: { start: $start, limit: $limit }) {
    documentId slug
    tags(pagination: { start: $tagStart, limit: $tagLimit }) { documentId name }
    category { documentId }
  }
}`;

interface ArticleAnswer {
  documentId: string;
  slug: string;
  tags: { documentId: string; name: string }[];
  category: { documentId: string } | null;
}

async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const { strapi } = await startTestServer();
  const connection = strapi.db.connection as unknown as { on(event: 'query', listener: () => void): void; off(event: 'query', listener: () => void): void };
  let queries = 0;
  const listener = () => {
    queries += 1;
  };
  connection.on('query', listener);
  try {
    return { result: await work(), queries };
  } finally {
    connection.off('query', listener);
  }
}

describe('relations read in batches over GraphQL', () => {
  it("gives each article the tags Strapi's own load gives it, with start and limit applied per article", async () => {
    const { strapi } = await startTestServer();
    for (const window of [
      { tagStart: 0, tagLimit: 100 },
      { tagStart: 1, tagLimit: 2 },
      { tagStart: 0, tagLimit: 1 },
    ]) {
      const { data, errors } = await graphql<{ articles: ArticleAnswer[] }>(PAGE_QUERY, { start: 0, limit: ARTICLES, ...window });
      expect(errors).toBeUndefined();
      expect(data!.articles).toHaveLength(ARTICLES);
      for (const article of data!.articles) {
        const row = await strapi.db.query(ARTICLE).findOne({ where: { documentId: article.documentId, publishedAt: { $notNull: true } } });
        // Outside a GraphQL request: Strapi's own per-entry load, the reference.
        const expected = (await strapi.db.query(ARTICLE).load(row!, 'tags', {
          where: { publishedAt: { $notNull: true } },
          offset: window.tagStart,
          limit: window.tagLimit,
        })) as { documentId: string; name: string }[];
        expect(article.tags, `${article.slug} with tags start ${window.tagStart} limit ${window.tagLimit}`).toEqual(
          expected.map(({ documentId, name }) => ({ documentId, name })),
        );
      }
      // The windows really differ between articles: the test would miss a window applied to the whole page.
      const counts = data!.articles.map((article) => article.tags.length);
      if (window.tagLimit === 100) expect(new Set(counts).size).toBeGreaterThan(2);
    }
  });

  it('reads entry by entry, with the same answers, when a batch would read too many rows only to cut them', async () => {
    const { strapi } = await startTestServer();
    const settings = (strapi.db.entityManager as unknown as Record<symbol, { maxExtraRows: number }>)[Symbol.for('hoilhpn.batchRelationLoads')]!;
    const variables = { start: 0, tagStart: 0, tagLimit: 1 };
    const batched = await countQueries(() => graphql<{ articles: ArticleAnswer[] }>(PAGE_QUERY, { ...variables, limit: ARTICLES }));
    const before = settings.maxExtraRows;
    settings.maxExtraRows = 0;
    try {
      const small = await countQueries(() => graphql<{ articles: ArticleAnswer[] }>(PAGE_QUERY, { ...variables, limit: 3 }));
      const large = await countQueries(() => graphql<{ articles: ArticleAnswer[] }>(PAGE_QUERY, { ...variables, limit: ARTICLES }));
      expect(large.result.data!.articles).toEqual(batched.result.data!.articles);
      // Articles with 2 or more tags would read rows beyond "limit 1": their tags are now read one article at a time.
      expect(large.queries).toBeGreaterThan(small.queries);
    } finally {
      settings.maxExtraRows = before;
    }
  });

  it('costs the same number of SQL queries for a page of 12 articles as for a page of 3', async () => {
    const small = await countQueries(() => graphql<{ articles: ArticleAnswer[] }>(PAGE_QUERY, { start: 0, limit: 3, tagStart: 0, tagLimit: 100 }));
    const large = await countQueries(() => graphql<{ articles: ArticleAnswer[] }>(PAGE_QUERY, { start: 0, limit: ARTICLES, tagStart: 0, tagLimit: 100 }));
    expect(small.result.data!.articles).toHaveLength(3);
    expect(large.result.data!.articles).toHaveLength(ARTICLES);
    // One by one, the larger page would cost two more queries (tags, category) per article.
    expect(large.queries).toBe(small.queries);
  });

  it('leaves the fields of entry types unwrapped and the root queries guarded', async () => {
    const { strapi } = await startTestServer();
    const schema = (await strapi.plugin('graphql').service('content-api').buildSchema()) as import('graphql').GraphQLSchema;
    const article = schema.getType('Article') as import('graphql').GraphQLObjectType;
    const query = schema.getQueryType()!;
    // Strapi's wrapper is an async function around the resolver; unwrapped, a plain field reads the property.
    expect(article.getFields().title!.resolve?.name).toBe('defaultFieldResolver');
    // Relations carry Strapi's auth scope (the target type's find): they stay wrapped.
    expect(article.getFields().tags!.resolve?.toString()).toMatch(/authorize/);
    expect(article.getFields().category!.resolve?.toString()).toMatch(/authorize/);
    expect(query.getFields().articles!.resolve?.constructor.name).toBe('AsyncFunction');
    expect(query.getFields().articles!.resolve?.toString()).toMatch(/authorize/);
    // The guard on the root query still works: a draft is not served to the public.
    const { errors } = await graphql(`
      {
        articles(status: DRAFT) {
          documentId
        }
      }
    `);
    expect(errors?.[0]?.message ?? '').not.toBe('');
  });
});

describe('the news list query', () => {
  it('has an index in its sort order, so paging through 10,000 articles does not sort the table for every page', async () => {
    const { strapi } = await startTestServer();
    const { database } = await startTestServer();
    const knex = strapi.db.connection;
    const definition =
      database === 'sqlite'
        ? (
            (await knex.raw(`select sql as definition from sqlite_master where type = 'index' and name = 'articles_newest_first_idx'`)) as {
              definition: string;
            }[]
          )[0]?.definition
        : (
            (await knex.raw(`select indexdef as definition from pg_indexes where indexname = 'articles_newest_first_idx'`)) as {
              rows: { definition: string }[];
            }
          ).rows[0]?.definition;
    // In the order the site asks for: the database walks the index instead of sorting the table for every page.
    expect(definition).toMatch(/published_date.? DESC, .?document_id.?( ASC)?, .?id.?( ASC)?, .?published_at/i);
  });

  it("has an index on the slug of every type that has one, so a save's uniqueness check does not read the whole table", async () => {
    const { strapi, database } = await startTestServer();
    const knex = strapi.db.connection;
    const names =
      database === 'sqlite'
        ? ((await knex.raw(`select name from sqlite_master where type = 'index'`)) as { name: string }[]).map((row) => row.name)
        : ((await knex.raw(`select indexname as name from pg_indexes`)) as { rows: { name: string }[] }).rows.map((row) => row.name);
    const slugTables = Object.values(strapi.contentTypes)
      .filter((type) => type.uid.startsWith('api::') && 'slug' in type.attributes)
      .map((type) => type.collectionName!);
    expect(slugTables.length).toBeGreaterThanOrEqual(8);
    for (const table of slugTables) expect(names, table).toContain(`${table}_slug_idx`);
  });

  it("builds each relation field's query once per argument set, not once per entry", async () => {
    const { strapi } = await startTestServer();
    const utils = strapi.plugin('graphql').service('builders').utils as { transformArgs: object };
    expect((utils.transformArgs as Record<symbol, unknown>)[Symbol.for('hoilhpn.memoizeTransformArgs')]).toBe(true);
  });
});
