import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { PUBLIC_SINGLE_TYPES } from '../public-api/public-actions';

/*
 * A random id made once per database, so the site's rebuild service can tell
 * "editors took articles down" (same CMS, fewer articles) from "the build read
 * another or an emptied database" (another id). It lives in Strapi's core
 * store, i.e. in the database itself: a copy of the database keeps it, a new
 * or wiped database gets a new one.
 */
export const CMS_IDENTITY_STORE_ENTRY = { type: 'core', name: 'hoilhpn', key: 'cms-identity' } as const;

/* Whoever may read the site's settings may read the id: the public role and the site build's token. */
const READ_SCOPE = `${PUBLIC_SINGLE_TYPES[0]}.find`;

/** The database's id, made and stored the first time it is asked for. */
export async function ensureCmsIdentity(strapi: Core.Strapi): Promise<string> {
  const stored: unknown = await strapi.store.get(CMS_IDENTITY_STORE_ENTRY);
  if (typeof stored === 'string' && stored.length > 0) return stored;
  const identity = randomUUID();
  await strapi.store.set({ ...CMS_IDENTITY_STORE_ENTRY, value: identity });
  return identity;
}

/**
 * Makes the id when the database is ready at start-up (before anything is
 * served) and exposes it, read-only, as GraphQL `cmsIdentity`. Call from
 * register: the GraphQL schema is built before the app's bootstrap runs.
 */
export function registerCmsIdentity(strapi: Core.Strapi): void {
  strapi.hook('strapi::content-types.afterSync').register(async () => {
    await ensureCmsIdentity(strapi);
  });
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      typeDefs: `
        extend type Query {
          """A random id made once per CMS database. The site build records it, so a release read from another database is noticed."""
          cmsIdentity: String!
        }
      `,
      resolvers: { Query: { cmsIdentity: () => ensureCmsIdentity(strapi) } },
      resolversConfig: { 'Query.cmsIdentity': { auth: { scope: [READ_SCOPE] } } },
    }));
}
