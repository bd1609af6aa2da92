import { vi } from './translations/vi';

/**
 * The admin's `config` (app.tsx). Kept apart from app.tsx, whose panels
 * import Strapi's admin runtime, so Node tests can read it.
 */
export const adminConfig = {
  // Editors work in Vietnamese (the default, app.tsx's register); English stays available.
  locales: ['vi'],
  translations: { vi },
  // Both would make the editor's browser call strapi.io / GitHub: nothing leaves the Union's network.
  notifications: { releases: false },
  tutorials: false,
};
