import { describe, expect, it } from 'vitest';
import { REBUILD_EVENTS, REBUILD_WEBHOOK_NAME, syncRebuildWebhook } from '../src/rebuild/rebuild-webhook';
import { startTestServer } from './harness/strapi-server';

interface StoredWebhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/*
 * The rebuild webhook as several instances leave it: two instances that
 * started together on an older version could each have stored one, and an
 * instance loads webhooks before another one stores its own. After a sync
 * there is one stored, and this instance's runner calls it once per event.
 */
describe('syncRebuildWebhook with several instances on one database', () => {
  const environment = { SITE_REBUILD_URL: 'http://127.0.0.1:9/webhook', SITE_REBUILD_SECRET: 'mot-bi-mat-du-dai-cho-webhook' };

  it('removes a duplicate, and this instance calls the stored webhook exactly once', async () => {
    const { strapi } = await startTestServer();
    const store = strapi.get('webhookStore') as {
      findWebhooks(): Promise<StoredWebhook[]>;
      createWebhook(data: Omit<StoredWebhook, 'id'>): Promise<StoredWebhook>;
      deleteWebhook(id: StoredWebhook['id']): Promise<unknown>;
    };
    const runner = strapi.get('webhookRunner') as { webhooksMap: Map<string, StoredWebhook[]> };
    const ours = async () => (await store.findWebhooks()).filter((webhook) => webhook.name === REBUILD_WEBHOOK_NAME);
    const inRunner = () => (runner.webhooksMap.get('entry.publish') ?? []).filter((webhook) => webhook.name === REBUILD_WEBHOOK_NAME);
    const before = await ours();
    try {
      // Two other instances each stored one after this instance had loaded its webhooks: its runner has neither.
      for (let instance = 0; instance < 2; instance += 1) {
        await store.createWebhook({
          name: REBUILD_WEBHOOK_NAME,
          url: environment.SITE_REBUILD_URL,
          headers: { 'x-rebuild-secret': environment.SITE_REBUILD_SECRET },
          events: REBUILD_EVENTS,
          isEnabled: true,
        });
      }
      expect(inRunner()).toEqual([]);
      expect(await ours()).toHaveLength(2);

      expect(await syncRebuildWebhook(strapi, environment)).toBe('unchanged');
      const [kept, ...rest] = await ours();
      expect(rest).toEqual([]);
      expect(inRunner().map((webhook) => webhook.id)).toEqual([kept!.id]);
      // Again: still one, never registered twice.
      await syncRebuildWebhook(strapi, environment);
      expect(inRunner()).toHaveLength(1);
    } finally {
      // Leave the shared CMS's webhooks as they were.
      for (const webhook of await ours()) if (!before.some((earlier) => earlier.id === webhook.id)) await store.deleteWebhook(webhook.id);
    }
  });
});
