import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './public-actions';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * Makes the public role hold exactly PUBLIC_ACTIONS, on every start: the code,
 * not a click in the admin, decides what anonymous readers may do. Also turns
 * off sign-up, since the portal has no reader accounts.
 */
export async function syncPublicRole(strapi: Core.Strapi): Promise<{ granted: string[]; revoked: string[] }> {
  const role = await strapi.db.query(ROLE).findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions has no public role: was the plugin disabled?');

  const current: { id: number; action: string }[] = await strapi.db.query(PERMISSION).findMany({ where: { role: role.id }, select: ['id', 'action'] });
  const wanted = new Set(PUBLIC_ACTIONS);
  const held = new Set(current.map((permission) => permission.action));

  const revoked = current.filter((permission) => !wanted.has(permission.action));
  const granted = PUBLIC_ACTIONS.filter((action) => !held.has(action));
  if (revoked.length > 0) {
    await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: revoked.map((permission) => permission.id) } } });
  }
  for (const action of granted) {
    await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }

  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });

  return { granted, revoked: revoked.map((permission) => permission.action) };
}
