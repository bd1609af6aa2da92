import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PUBLIC_SINGLE_TYPES } from '../public-api/public-actions';
import { readChanges } from './change-table';

/** Rows per answer; a client pages with `after` while `hasMore`. */
export const MAX_CHANGES_PER_PAGE = 1000;

/* Whoever may read the site's settings may read the record: the public role and the site build's token (as cmsIdentity). */
const READ_SCOPE = `${PUBLIC_SINGLE_TYPES[0]}.find`;

/**
 * GraphQL `contentChanges`: which documents changed after a sequence number,
 * read-only. Only type, documentId, action and sequence: no content, so
 * nothing of a draft is told beyond that an entry was saved.
 */
export function serveContentChanges(strapi: Core.Strapi): void {
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      typeDefs: `
        """One recorded change to a type the site reads, or to a media file (type plugin::upload.file)."""
        type ContentChange {
          sequence: Int!
          type: String!
          documentId: String!
          """create, update, publish, unpublish, delete, discardDraft, clone, fileUpdate or fileDelete"""
          action: String!
        }

        type ContentChanges {
          """The newest sequence recorded (0 before any change)."""
          latest: Int!
          """A snapshot taken at this sequence or later is covered by the record; an older one needs a full fetch."""
          oldest: Int!
          """More changes follow the last one here: ask again with after = its sequence."""
          hasMore: Boolean!
          changes: [ContentChange!]!
        }

        extend type Query {
          """Changes after a sequence number, oldest first, at most ${MAX_CHANGES_PER_PAGE} (limit) per answer."""
          contentChanges(after: Int!, limit: Int): ContentChanges!
        }
      `,
      resolvers: {
        Query: {
          contentChanges: (_parent: unknown, args: { after: number; limit?: number | null }) => {
            const limit = args.limit ?? MAX_CHANGES_PER_PAGE;
            if (!Number.isInteger(args.after) || args.after < 0)
              throw new errors.ValidationError(`contentChanges: "after" must be a sequence number ≥ 0, got ${args.after}.`);
            if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHANGES_PER_PAGE) {
              throw new errors.ValidationError(`contentChanges: "limit" must be between 1 and ${MAX_CHANGES_PER_PAGE}, got ${limit}.`);
            }
            return readChanges(strapi, args.after, limit);
          },
        },
      },
      resolversConfig: { 'Query.contentChanges': { auth: { scope: [READ_SCOPE] } } },
    }));
}
