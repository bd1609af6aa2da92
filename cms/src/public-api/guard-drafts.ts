import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PREVIEW_TOKEN_NAME } from './read-tokens';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
/** Strapi 5's filters on a document's draft/published history (`hasPublishedVersion` is the deprecated form). */
const PUBLICATION_FILTER_PARAMS = ['publicationFilter', 'hasPublishedVersion'] as const;

/** True while Strapi serves a REST /api or GraphQL request (not the admin panel). */
export function isContentApiRequest(strapi: Core.Strapi): boolean {
  const requestContext = strapi.requestContext.get() as { state?: { route?: { info?: { type?: string } } } } | undefined;
  return requestContext?.state?.route?.info?.type === 'content-api';
}

interface RequestState {
  state?: { route?: { info?: { type?: string } }; auth?: { strategy?: { name?: string }; credentials?: { name?: string } } };
}

/** True while serving a request made with the preview server's API token: the one reader allowed to see drafts. */
export function isPreviewTokenRequest(strapi: Core.Strapi): boolean {
  const auth = (strapi.requestContext.get() as RequestState | undefined)?.state?.auth;
  // Strapi 5.54 calls the strategy "content-api-token"; earlier 5.x "api-token".
  const byApiToken = auth?.strategy?.name === 'content-api-token' || auth?.strategy?.name === 'api-token';
  return byApiToken && auth?.credentials?.name === PREVIEW_TOKEN_NAME;
}

/**
 * Strapi 5 hands drafts to anyone allowed to `find` who asks for them
 * (`?status=draft`, GraphQL `status: DRAFT`: strapi/strapi#25326). Every
 * document read made while serving the content API goes through here: an
 * explicit draft request is refused with 403, and a read without a status is
 * pinned to the published version, so drafts cannot leak through populate or
 * relation resolvers either. A publication filter (which entries were never
 * published, which have unpublished edits) is refused the same way. The
 * preview server's token alone reads as asked. Refusals are PolicyErrors: the
 * one kind of 403 whose message Strapi's REST layer passes on to the client.
 */
export function guardDrafts(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!READ_ACTIONS.has(context.action) || !isContentApiRequest(strapi) || isPreviewTokenRequest(strapi)) return next();
    const model = strapi.getModel(context.uid) as { options?: { draftAndPublish?: boolean } } | undefined;
    if (!model?.options?.draftAndPublish) return next();

    const params = (context.params ?? {}) as { status?: string; publicationFilter?: unknown; hasPublishedVersion?: unknown };
    if (params.status !== undefined && params.status !== 'published') {
      throw new errors.PolicyError(`Drafts are not public: ${context.uid} was asked for status "${params.status}"; only published entries can be read.`);
    }
    // "modified" and its kin tell which published entries have unpublished edits waiting.
    for (const name of PUBLICATION_FILTER_PARAMS) {
      if (params[name] !== undefined && params[name] !== null) {
        throw new errors.PolicyError(`${name} is not public: it reveals which entries of ${context.uid} have unpublished drafts.`);
      }
    }
    context.params = { ...params, status: 'published' } as typeof context.params;
    return next();
  });
}
