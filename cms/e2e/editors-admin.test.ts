import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { NEWSROOM_ROLES, syncNewsroomRoles } from '../src/editors/newsroom-roles';
import { fillEmptyProfileLanguages } from '../src/editors/vietnamese-profile';
import { adminToken, contentManager } from './harness/admin-session';
import { startTestServer } from './harness/strapi-server';

const ARTICLES = '/collection-types/api::article.article';

/** An active admin account with one of Strapi's roles, logged in as the admin panel does. */
async function loginWithRole(strapi: Core.Strapi, url: string, code: string, email: string): Promise<string> {
  const password = 'Bao-Chi-2026!';
  if (!(await strapi.db.query('admin::user').findOne({ where: { email } }))) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    await (strapi.service('admin::user') as any).create({ email, password, firstname: 'Thử', lastname: code, isActive: true, roles: [role.id] });
  }
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data?: { token?: string; accessToken?: string } };
  const token = body.data?.token ?? body.data?.accessToken;
  if (!token) throw new Error(`login as ${email} failed: HTTP ${response.status}`);
  return token;
}

describe('the newsroom roles', () => {
  it('are named and described in Vietnamese: Phóng viên (Strapi’s Author) and Biên tập viên (Editor)', async () => {
    const { strapi } = await startTestServer();
    const roles = await strapi.db.query('admin::role').findMany({ where: { code: { $in: ['strapi-author', 'strapi-editor'] } } });
    const byCode = Object.fromEntries(roles.map((role: any) => [role.code, role]));
    expect(byCode['strapi-author']).toMatchObject({ name: 'Phóng viên', description: NEWSROOM_ROLES[0].description });
    expect(byCode['strapi-editor']).toMatchObject({ name: 'Biên tập viên', description: NEWSROOM_ROLES[1].description });
    expect(byCode['strapi-author'].description).toMatch(/không xuất bản/);
  });

  it('are set once: a second start changes nothing, and a name an administrator chose is kept', async () => {
    const { strapi } = await startTestServer();
    expect(await syncNewsroomRoles(strapi)).toEqual([]);
    const editor = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await strapi.db.query('admin::role').update({ where: { id: editor.id }, data: { name: 'Ban biên tập' } });
    try {
      expect(await syncNewsroomRoles(strapi)).toEqual([]);
      expect((await strapi.db.query('admin::role').findOne({ where: { id: editor.id } })).name).toBe('Ban biên tập');
    } finally {
      await strapi.db.query('admin::role').update({ where: { id: editor.id }, data: { name: 'Biên tập viên' } });
    }
  });

  it('a Phóng viên writes a draft but cannot publish it through the admin API; a Biên tập viên can', async () => {
    const { strapi, url } = await startTestServer();
    const reporter = await loginWithRole(strapi, url, 'strapi-author', 'phong-vien-thu@example.vn');
    const created = await contentManager(url, reporter, 'POST', ARTICLES, { title: 'Tin của phóng viên', slug: 'tin-cua-phong-vien' });
    expect(created.status).toBe(201);
    const documentId: string = created.json.data.documentId;
    const refused = await contentManager(url, reporter, 'POST', `${ARTICLES}/${documentId}/actions/publish`, {});
    expect(refused.status).toBe(403);
    expect(await strapi.documents('api::article.article').findOne({ documentId, status: 'published' })).toBeNull();
    // Not a dead endpoint: the same call by an editor publishes.
    const editor = await loginWithRole(strapi, url, 'strapi-editor', 'bien-tap-thu@example.vn');
    const published = await contentManager(url, editor, 'POST', `${ARTICLES}/${documentId}/actions/publish`, {});
    expect(published.status).toBe(200);
    expect(await strapi.documents('api::article.article').findOne({ documentId, status: 'published' })).not.toBeNull();
    await strapi.documents('api::article.article').delete({ documentId });
  });
});

describe('the interface language in the profile', () => {
  it('is Vietnamese for an invited colleague when they register, follows them to any browser, and keeps what they choose', async () => {
    const { strapi, url } = await startTestServer();
    const token = await adminToken(strapi, url);
    const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    // Invited as a Super Admin does it in Settings → Users: an inactive account with a registration link.
    const invited = await fetch(`${url}/admin/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'moi-vao@example.vn', firstname: 'Lò Thị', lastname: 'Mới', roles: [role.id] }),
    });
    expect(invited.status).toBe(201);
    const { registrationToken } = ((await invited.json()) as { data: { registrationToken: string } }).data;
    const registered = await fetch(`${url}/admin/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ registrationToken, userInfo: { firstname: 'Lò Thị', lastname: 'Mới', password: 'Phu-Nu-2026!' } }),
    });
    expect(registered.status).toBe(200);
    // What the admin reads after every login (GET /admin/users/me) and switches the interface to.
    const login = await fetch(`${url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'moi-vao@example.vn', password: 'Phu-Nu-2026!' }),
    });
    const session = ((await login.json()) as { data: { token?: string; accessToken?: string } }).data;
    const me = async () =>
      (
        (await (await fetch(`${url}/admin/users/me`, { headers: { authorization: `Bearer ${session.token ?? session.accessToken}` } })).json()) as {
          data: { preferedLanguage: string | null };
        }
      ).data;
    expect((await me()).preferedLanguage).toBe('vi');
    // A choice made on the profile page is theirs, and a restart leaves it.
    const chosen = await fetch(`${url}/admin/users/me`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${session.token ?? session.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ preferedLanguage: 'en' }),
    });
    expect(chosen.status).toBe(200);
    await fillEmptyProfileLanguages(strapi);
    expect((await me()).preferedLanguage).toBe('en');
  });

  it('is filled in for accounts made before, at start', async () => {
    const { strapi } = await startTestServer();
    const before = await strapi.db
      .query('admin::user')
      .create({ data: { email: 'tu-truoc@example.vn', firstname: 'Cũ', lastname: 'Tài khoản', isActive: false } });
    // Stored as Strapi stored accounts until now: no language.
    await strapi.db.connection('admin_users').where({ id: before.id }).update({ prefered_language: null });
    expect(await fillEmptyProfileLanguages(strapi)).toBeGreaterThanOrEqual(1);
    expect((await strapi.db.query('admin::user').findOne({ where: { id: before.id } })).preferedLanguage).toBe('vi');
    await strapi.db.query('admin::user').delete({ where: { id: before.id } });
  });
});

describe('the content manager', () => {
  it('does not list the users-permissions "User" type (the site has no reader accounts)', async () => {
    const { strapi, url } = await startTestServer();
    const token = await adminToken(strapi, url);
    const { status, json } = await contentManager(url, token, 'GET', '/content-types');
    expect(status).toBe(200);
    const types = json.data as { uid: string; isDisplayed: boolean }[];
    expect(types.find((type) => type.uid === 'plugin::users-permissions.user')?.isDisplayed).toBe(false);
    expect(types.find((type) => type.uid === 'api::article.article')?.isDisplayed).toBe(true);
  });
});

describe('the favicon', () => {
  it('answers /favicon.ico with the portal’s PNG, not a 500', async () => {
    const { url } = await startTestServer();
    const response = await fetch(`${url}/favicon.ico`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
