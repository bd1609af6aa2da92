import type { Core } from '@strapi/strapi';

/** The admin's interface language for anyone who has not chosen one in their profile. */
export const DEFAULT_INTERFACE_LANGUAGE = 'vi';

const ADMIN_USER = 'admin::user';

/**
 * Strapi keeps an admin user's interface language in their profile
 * (`preferedLanguage`, set on the profile page) and switches the admin to it
 * at every login, in any browser, but leaves it empty for new accounts: then
 * each browser falls back to its own setting, English for most. Every
 * account gets Vietnamese in its profile when it is created, and accounts
 * made before this (empty) get it at start; a language a person chose in
 * their profile is never changed.
 */
export function defaultProfileLanguage(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [ADMIN_USER],
    beforeCreate(event) {
      const data = event.params.data as { preferedLanguage?: string | null };
      if (!data.preferedLanguage) data.preferedLanguage = DEFAULT_INTERFACE_LANGUAGE;
    },
  });
}

/** Accounts without a language in their profile get Vietnamese; the number changed. */
export async function fillEmptyProfileLanguages(strapi: Core.Strapi): Promise<number> {
  const { count } = await strapi.db
    .query(ADMIN_USER)
    .updateMany({ where: { $or: [{ preferedLanguage: null }, { preferedLanguage: '' }] }, data: { preferedLanguage: DEFAULT_INTERFACE_LANGUAGE } });
  return count;
}
