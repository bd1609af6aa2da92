/*
 * What the admin remembers in the browser's localStorage, set before it first
 * renders. Strapi 5.54 reads these keys itself (admin/src/reducer.ts,
 * components/GuidedTour/Context.tsx, components/MediaLibraryBanner.tsx).
 */

/** localStorage, as far as these functions use it (the CMS's Node type-check has no DOM types). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Where Strapi keeps the admin's language in this browser. */
export const LANGUAGE_KEY = 'strapi-admin-language';
const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';
/*
 * The banner's key ends in the instance's uuid, which /admin/init reports as
 * false while telemetry is off (cms/package.json "telemetryDisabled"), and is
 * read as "undefined" until that answer arrives; one key per value of the
 * useLegacyMediaLibrary flag.
 */
const MEDIA_LIBRARY_BANNER_KEYS = ['true', 'false'].flatMap((legacy) =>
  ['false', 'undefined'].map((uuid) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${uuid}`),
);

/** Vietnamese unless this browser already chose a language (Strapi saves the choice under the same key). */
export function defaultToVietnamese(storage: KeyValueStore): void {
  if (!storage.getItem(LANGUAGE_KEY)) storage.setItem(LANGUAGE_KEY, 'vi');
}

/**
 * Off for good: the guided tour (Strapi's schema/API-token/Cloud steps, not an
 * editor's work) and the "new Media Library" banner (links to strapi.io).
 */
export function silenceStrapiPromotions(storage: KeyValueStore): void {
  let tour: Record<string, unknown> = {};
  try {
    tour = JSON.parse(storage.getItem(GUIDED_TOUR_KEY) ?? '{}') ?? {};
  } catch {
    // A damaged value: Strapi would start over from its defaults too.
  }
  storage.setItem(GUIDED_TOUR_KEY, JSON.stringify({ ...tour, enabled: false }));
  for (const key of MEDIA_LIBRARY_BANNER_KEYS) storage.setItem(key, 'true');
}
