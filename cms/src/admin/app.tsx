import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors work in Vietnamese; English stays available as Strapi's default.
    locales: ['vi'],
    // Both would make the editor's browser call strapi.io / GitHub: nothing leaves the Union's network.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
};
