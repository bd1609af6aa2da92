import type { Core } from '@strapi/strapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { CMS_IDENTITY_STORE_ENTRY, ensureCmsIdentity } from '../src/identity/cms-identity';
import { ensureSiteBuildToken } from '../src/public-api/read-tokens';
import { graphql } from './harness/http';
import { startTestServer } from './harness/strapi-server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let strapi: Core.Strapi;
let siteToken: string;

beforeAll(async () => {
  ({ strapi } = await startTestServer());
  siteToken = (await ensureSiteBuildToken(strapi)).accessKey;
});

describe('the CMS identity (GraphQL cmsIdentity)', () => {
  it('was made at start-up, is stored in the database and is the same for the public and the site build', async () => {
    const stored = await strapi.store.get(CMS_IDENTITY_STORE_ENTRY);
    expect(stored).toMatch(UUID);
    const row = await strapi.db
      .query('strapi::core-store')
      .findOne({ where: { key: `${CMS_IDENTITY_STORE_ENTRY.type}_${CMS_IDENTITY_STORE_ENTRY.name}_${CMS_IDENTITY_STORE_ENTRY.key}` } });
    expect(JSON.parse(row.value)).toBe(stored);
    const publicAnswer = await graphql('{ cmsIdentity }');
    expect(publicAnswer.errors).toBeUndefined();
    expect(publicAnswer.data).toEqual({ cmsIdentity: stored });
    const buildAnswer = await graphql('{ cmsIdentity }', {}, siteToken);
    expect(buildAnswer.data).toEqual({ cmsIdentity: stored });
  });

  it('is made once: kept while the database holds one, made anew for a database without one', async () => {
    const original = await ensureCmsIdentity(strapi);
    expect(await ensureCmsIdentity(strapi)).toBe(original);
    await strapi.store.delete(CMS_IDENTITY_STORE_ENTRY);
    try {
      const fresh = await ensureCmsIdentity(strapi);
      expect(fresh).toMatch(UUID);
      expect(fresh).not.toBe(original);
      expect((await graphql('{ cmsIdentity }')).data).toEqual({ cmsIdentity: fresh });
    } finally {
      await strapi.store.set({ ...CMS_IDENTITY_STORE_ENTRY, value: original });
    }
    expect((await graphql('{ cmsIdentity }')).data).toEqual({ cmsIdentity: original });
  });
});
