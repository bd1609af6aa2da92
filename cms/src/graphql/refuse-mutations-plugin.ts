import { GraphQLError } from 'graphql';

/**
 * The public GraphQL API is read-only. Content types have their mutations
 * removed from the schema (see src/public-api/disable-graphql-mutations.ts);
 * this refuses every remaining one (users-permissions, upload, i18n) with 403,
 * before any resolver runs.
 */
export const refuseMutationsPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }: { operation?: { operation: string } | null }) {
        if (operation?.operation === 'mutation' || operation?.operation === 'subscription') {
          throw new GraphQLError(`The public API is read-only: ${operation.operation}s are refused.`, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        }
      },
    };
  },
};
