import type { Core } from '@strapi/strapi';
import { applyFieldLabels } from './admin-labels/apply-field-labels';
import { registerChangeLog } from './change-log';
import { ensureQueryIndexes } from './database/query-indexes';
import { batchGraphqlRelationLoads } from './graphql/batch-relation-loads';
import { memoizeTransformArgs } from './graphql/memoize-transform-args';
import { skipNoopFieldWrappers } from './graphql/skip-noop-field-wrappers';
import { registerCmsIdentity } from './identity/cms-identity';
import { hideUserTypeFromContentManager } from './editors/hide-user-type';
import { syncNewsroomRoles } from './editors/newsroom-roles';
import { defaultProfileLanguage, fillEmptyProfileLanguages } from './editors/vietnamese-profile';
import { disableGraphqlMutations } from './public-api/disable-graphql-mutations';
import { closeMediaLibraryInGraphql } from './public-api/close-media-library';
import { guardDrafts } from './public-api/guard-drafts';
import { removeDefaultApiTokens } from './public-api/remove-default-api-tokens';
import { fillPublishedDateOnPublish } from './publishing/fill-published-date';
import { slugFromTitleOnCreate } from './publishing/slug-from-title';
import { PREVIEW_TOKEN_NAME, SITE_BUILD_TOKEN_NAME } from './public-api/read-tokens';
import { writeTokenFile } from './public-api/write-token-file';
import { syncPublicRole } from './public-api/sync-public-role';
import { syncRebuildWebhook, withWebhooksPaused } from './rebuild/rebuild-webhook';
import { withClusterLock } from './database/cluster-lock';
import { reportMailRelay } from './email/email-config';
import { schedulerIntervalSeconds, startScheduler } from './scheduling/scheduler';
import { storeTextAsNfc } from './text/store-text-as-nfc';
import { refuseUnsafeLinks } from './links/refuse-unsafe-links';
import { validateSchedulesOnSave } from './scheduling/validate-schedule';
import { isDatabaseEmpty, seedDemoContent } from './seed/seed-demo-content';
import { restrictUploads } from './uploads/restrict-uploads';
import { registerSiteStatusRoute } from './site-status/site-status-route';

let stopScheduler: (() => void) | undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    guardDrafts(strapi);
    storeTextAsNfc(strapi);
    refuseUnsafeLinks(strapi);
    fillPublishedDateOnPublish(strapi);
    slugFromTitleOnCreate(strapi);
    validateSchedulesOnSave(strapi);
    disableGraphqlMutations(strapi);
    registerCmsIdentity(strapi);
    closeMediaLibraryInGraphql(strapi);
    restrictUploads(strapi);
    hideUserTypeFromContentManager(strapi);
    defaultProfileLanguage(strapi);
    registerChangeLog(strapi);
    registerSiteStatusRoute(strapi);
    // Speed only: without it GraphQL answers the same, several times slower.
    if (!skipNoopFieldWrappers())
      strapi.log.warn("GraphQL: Strapi's resolver wrappers were not found where 5.54 keeps them; every field stays wrapped (slower, same answers).");
    memoizeTransformArgs(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    batchGraphqlRelationLoads(strapi);
    reportMailRelay(strapi.log);
    // Rows every instance shares (indexes, roles, tokens, the rebuild webhook, the demo seed) are set up by one
    // instance at a time: two starting together would each create them.
    await withClusterLock(strapi, 'startup', async () => {
      await ensureQueryIndexes(strapi);
      await syncPublicRole(strapi);
      const removedTokens = await removeDefaultApiTokens(strapi);
      if (removedTokens.length > 0)
        strapi.log.info(`Removed Strapi's default API tokens: ${removedTokens.join(', ')} (the portal makes its own read-only tokens).`);
      await applyFieldLabels(strapi, { schedulerSeconds: schedulerIntervalSeconds() });
      await syncNewsroomRoles(strapi);
      await fillEmptyProfileLanguages(strapi);
      const webhook = await syncRebuildWebhook(strapi);
      if (webhook !== 'not configured' && webhook !== 'unchanged') strapi.log.info(`Site rebuild webhook ${webhook}: ${process.env.SITE_REBUILD_URL}`);
      // scripts/strapi.mjs sets this for `npm start`, so a new user sees content at once.
      if (process.env.SEED_IF_EMPTY === 'true' && (await isDatabaseEmpty(strapi))) {
        const report = await withWebhooksPaused(
          strapi,
          () => seedDemoContent(strapi, strapi.dirs.app.root),
          (result) => result.created.length > 0,
        );
        strapi.log.info(`Demo content seeded: ${report.created.length} entries created.`);
      }
      // `npm start` builds the site right after the CMS is up, with this token.
      if (process.env.SITE_BUILD_TOKEN_FILE) await writeTokenFile(strapi, SITE_BUILD_TOKEN_NAME, process.env.SITE_BUILD_TOKEN_FILE);
      // …and the preview server reads drafts with this one; it never goes to the site build.
      if (process.env.PREVIEW_TOKEN_FILE) await writeTokenFile(strapi, PREVIEW_TOKEN_NAME, process.env.PREVIEW_TOKEN_FILE);
    });
    const interval = schedulerIntervalSeconds();
    if (interval > 0) stopScheduler = startScheduler(strapi, interval);
  },

  destroy() {
    stopScheduler?.();
    stopScheduler = undefined;
  },
};
