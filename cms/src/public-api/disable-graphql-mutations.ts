import type { Core } from '@strapi/strapi';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from './public-actions';

/** Keeps create/update/delete mutations of the content types out of the public GraphQL schema. */
export function disableGraphqlMutations(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension');
  for (const uid of [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES]) {
    extension.shadowCRUD(uid).disableMutations();
  }
}
