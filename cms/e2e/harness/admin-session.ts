import type { Core } from '@strapi/strapi';
import { startTestServer } from './strapi-server';

const ADMIN = { email: 'quan-tri@example.vn', password: 'QuanTri-2026!' };

/**
 * A logged-in super administrator's bearer token: what the admin panel sends
 * with each request. The account is made once per database.
 */
export async function adminToken(strapi: Core.Strapi, url: string): Promise<string> {
  if (!(await strapi.db.query('admin::user').findOne({ where: { email: ADMIN.email } }))) {
    const superAdmin = await (strapi.service('admin::role') as any).getSuperAdmin();
    await (strapi.service('admin::user') as any).create({ ...ADMIN, firstname: 'Quản', lastname: 'Trị', isActive: true, roles: [superAdmin.id] });
  }
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const body = (await response.json()) as { data?: { token?: string; accessToken?: string } };
  const token = body.data?.token ?? body.data?.accessToken;
  if (!response.ok || !token) throw new Error(`admin login failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  return token;
}

/** One call to the content manager's API, as the admin panel makes it; the answer's status and body. */
export async function contentManager(url: string, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${url}/content-manager${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

/** The shared test CMS and a super administrator's token for it. */
export async function adminSession(): Promise<{ url: string; token: string }> {
  const server = await startTestServer();
  return { url: server.url, token: await adminToken(server.strapi, server.url) };
}
