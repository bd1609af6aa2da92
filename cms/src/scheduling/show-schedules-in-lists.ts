import type { Core } from '@strapi/strapi';
import type { ConfigurationService } from '../admin-labels/apply-field-labels';
import { PUBLISH_AT, SCHEDULED_TYPES, UNPUBLISH_AT } from './scheduled-types';

const MARKER = { type: 'plugin', name: 'hoilhpn', key: 'schedule-columns-added' } as const;

/**
 * The list views show what is scheduled and when: the two schedule columns
 * are added to each scheduled type's list once per database (a marker in
 * Strapi's store remembers it), right after the entry's name; an editor who
 * later removes or reorders them in "Configure the view" keeps that choice.
 */
export async function showSchedulesInLists(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ConfigurationService;
  const done = ((await strapi.store.get(MARKER)) as string[] | null) ?? [];
  for (const uid of SCHEDULED_TYPES) {
    if (done.includes(uid)) continue;
    const configuration = await service.findConfiguration({ uid });
    const list = configuration.layouts.list;
    const missing = [PUBLISH_AT, UNPUBLISH_AT].filter((field) => !list.includes(field));
    if (missing.length > 0) {
      const { settings, layouts, metadatas } = configuration;
      // Right after the id and the entry's name, where they show without scrolling sideways.
      const at = Math.min(2, list.length);
      await service.updateConfiguration({ uid }, { settings, layouts: { ...layouts, list: [...list.slice(0, at), ...missing, ...list.slice(at)] }, metadatas });
    }
    done.push(uid);
  }
  await strapi.store.set({ ...MARKER, value: done });
}
