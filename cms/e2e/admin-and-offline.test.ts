import { describe, expect, it } from 'vitest';
import { rest } from './harness/http';
import { startTestServer } from './harness/strapi-server';

describe('the admin, on a fresh database', () => {
  it('labels the fields in Vietnamese in the content manager', async () => {
    const { strapi } = await startTestServer();
    const contentTypes = strapi.plugin('content-manager').service('content-types') as any;
    const article = await contentTypes.findConfiguration({ uid: 'api::article.article' });
    expect(article.metadatas.title.edit.label).toBe('Tiêu đề');
    expect(article.metadatas.lead.edit).toMatchObject({ label: 'Sapo', description: 'Đoạn mở đầu in đậm dưới tiêu đề' });
    const cadre = await contentTypes.findConfiguration({ uid: 'api::cadre.cadre' });
    expect(cadre.metadatas.phone.edit.label).toBe('Số điện thoại (nội bộ)');
    const components = strapi.plugin('content-manager').service('components') as any;
    const tally = await components.findConfiguration({ uid: 'shared.tally-item', category: 'shared' });
    expect(tally.metadatas.count.edit.label).toBe('Số lượng');
  });

  it('keeps no write API token: Strapi’s default "Read Only" and "Full Access" tokens are removed at start-up', async () => {
    const { strapi } = await startTestServer();
    const tokens: { name: string; type: string }[] = await strapi.db.query('admin::api-token').findMany({ select: ['name', 'type'] });
    expect(tokens.filter((token) => token.type === 'full-access')).toEqual([]);
    expect(tokens.map((token) => token.name)).not.toContain('Read Only');
    expect(tokens.map((token) => token.name)).not.toContain('Full Access');
  });

  it('turns sign-up off', async () => {
    const { strapi } = await startTestServer();
    const advanced = (await strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' }).get()) as any;
    expect(advanced.allow_register).toBe(false);
  });
});

describe('nothing reaches the internet', () => {
  it('serves a GraphQL landing page without CDN scripts or fonts', async () => {
    const response = await rest('/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.text).toContain('GraphQL');
    expect(response.text).not.toMatch(/https?:\/\//);
  });

  it('runs with telemetry and the update check off', async () => {
    const { strapi } = await startTestServer();
    expect(process.env.STRAPI_TELEMETRY_DISABLED).toBe('true');
    expect(strapi.config.get('server.logger.updates.enabled')).toBe(false);
    expect((strapi as any).telemetry?.isDisabled ?? true).toBe(true);
  });
});
