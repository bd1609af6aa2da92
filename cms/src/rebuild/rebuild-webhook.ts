import type { Core } from '@strapi/strapi';

export const REBUILD_WEBHOOK_NAME = 'Dựng lại trang tĩnh (site rebuild)';
export const REBUILD_SECRET_HEADER = 'x-rebuild-secret';
/* What changes the public site. Creating a draft does not, so entry.create is left out. */
export const REBUILD_EVENTS = ['entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.create', 'media.update', 'media.delete'];

interface Webhook {
  id: number | string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id'>): Promise<Webhook>;
  updateWebhook(id: Webhook['id'], data: Omit<Webhook, 'id'>): Promise<Webhook | null>;
  deleteWebhook(id: Webhook['id']): Promise<unknown>;
}

interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
  remove(webhook: Webhook): void;
  run(webhook: Webhook, event: string, info?: Record<string, unknown>): Promise<{ statusCode: number; message?: string }>;
}

const store = (strapi: Core.Strapi) => strapi.get('webhookStore') as WebhookStore;
const runner = (strapi: Core.Strapi) => strapi.get('webhookRunner') as WebhookRunner;

/**
 * Registers (or corrects) the webhook that tells the rebuild service content
 * changed, from SITE_REBUILD_URL and SITE_REBUILD_SECRET. Without a URL it
 * leaves webhooks alone (an administrator may point one at GitHub instead).
 */
export async function syncRebuildWebhook(
  strapi: Core.Strapi,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<'created' | 'updated' | 'unchanged' | 'not configured'> {
  const url = environment.SITE_REBUILD_URL?.trim();
  if (!url) return 'not configured';
  const secret = environment.SITE_REBUILD_SECRET?.trim() ?? '';
  if (secret.length < 16) {
    throw new Error('SITE_REBUILD_URL is set but SITE_REBUILD_SECRET is missing or shorter than 16 characters: the rebuild service would refuse every call.');
  }
  const desired = { name: REBUILD_WEBHOOK_NAME, url, headers: { [REBUILD_SECRET_HEADER]: secret }, events: REBUILD_EVENTS, isEnabled: true };
  const [existing, ...extra] = (await store(strapi).findWebhooks()).filter((webhook) => webhook.name === REBUILD_WEBHOOK_NAME);
  // Two instances that once started together could each have made one: every publish would be sent twice.
  for (const duplicate of extra) {
    await store(strapi).deleteWebhook(duplicate.id);
    runner(strapi).remove(duplicate);
  }
  if (!existing) {
    runner(strapi).add(await store(strapi).createWebhook(desired));
    return 'created';
  }
  const same =
    existing.url === desired.url &&
    existing.isEnabled &&
    existing.headers?.[REBUILD_SECRET_HEADER] === secret &&
    [...existing.events].sort().join() === [...REBUILD_EVENTS].sort().join();
  if (same) {
    // Made by another instance after this one loaded its webhooks: this one must call it too (update is remove + add, never twice).
    runner(strapi).update(existing);
    return 'unchanged';
  }
  const updated = await store(strapi).updateWebhook(existing.id, { ...desired, headers: { ...existing.headers, ...desired.headers } });
  if (updated) runner(strapi).update(updated);
  return 'updated';
}

/**
 * Runs bulk work (seed, import) with webhooks silenced, so hundreds of entries
 * do not send hundreds of calls; then, if `changed` says so, sends one
 * "entry.update" to each webhook that listens for it.
 */
export async function withWebhooksPaused<T>(strapi: Core.Strapi, work: () => Promise<T>, changed: (result: T) => boolean): Promise<T> {
  const webhooks = (await store(strapi).findWebhooks()).filter((webhook) => webhook.isEnabled);
  for (const webhook of webhooks) runner(strapi).remove(webhook);
  let result: T;
  try {
    result = await work();
  } finally {
    for (const webhook of webhooks) runner(strapi).add(webhook);
  }
  if (changed(result)) {
    for (const webhook of webhooks.filter((item) => item.events.includes('entry.update'))) {
      const outcome = await runner(strapi).run(webhook, 'entry.update', { model: 'bulk', entry: null });
      const report = describeWebhookOutcome(webhook, outcome);
      if (report) strapi.log[report.level](report.message);
    }
  }
  return result;
}

/**
 * What to log after calling a webhook. Strapi's runner reports a call that
 * reached nobody (connection refused: `npm start` seeds before the rebuild
 * service is up, and that service builds the site when it starts anyway) as
 * status 500 with fetch's own "fetch failed"; that is worth an info line, not
 * a warning that reads like a server error.
 */
export function describeWebhookOutcome(
  webhook: Pick<Webhook, 'name' | 'url'>,
  outcome: { statusCode: number; message?: string },
): { level: 'info' | 'warn'; message: string } | undefined {
  if (outcome.statusCode < 300) return undefined;
  if (outcome.statusCode === 500 && outcome.message === 'fetch failed') {
    return { level: 'info', message: `Webhook "${webhook.name}": nothing answers at ${webhook.url} yet; the rebuild service builds the site when it starts.` };
  }
  return { level: 'warn', message: `Webhook "${webhook.name}" answered ${outcome.statusCode}: ${outcome.message ?? ''}` };
}
