import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS, labelsFor, SCHEDULER_TIMING, scheduleTiming, type FieldLabels } from './field-labels';
import { LIST_VIEWS, type ListView } from './list-views';

/** A type's view settings as the content manager stores them. */
export interface Configuration {
  settings: Record<string, unknown>;
  layouts: { list: string[]; edit: unknown };
  metadatas: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
}

/** The content manager's service for those settings (content types and components alike). */
export interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
}

function withLabels(configuration: Configuration, labels: FieldLabels, schedulerSeconds: number): Configuration | null {
  let changed = false;
  const metadatas = { ...configuration.metadatas };
  for (const [field, [label, template = '']] of Object.entries(labels)) {
    const description = template.replace(SCHEDULER_TIMING, scheduleTiming(schedulerSeconds));
    const current = metadatas[field];
    if (!current) continue;
    const edit = { ...current.edit };
    const list = { ...current.list };
    if (edit.label !== label || (edit.description ?? '') !== description || list.label !== label) {
      changed = true;
      metadatas[field] = { ...current, edit: { ...edit, label, description }, list: { ...list, label } };
    }
  }
  return changed ? { ...configuration, metadatas } : null;
}

/** The configuration with the list's columns and default sort, or null when it has them already. */
export function withListView(configuration: Configuration, view: ListView): Configuration | null {
  const { settings, layouts } = configuration;
  const same =
    settings.defaultSortBy === view.sortBy && settings.defaultSortOrder === view.sortOrder && JSON.stringify(layouts.list) === JSON.stringify(view.columns);
  if (same) return null;
  return {
    ...configuration,
    settings: { ...settings, defaultSortBy: view.sortBy, defaultSortOrder: view.sortOrder },
    layouts: { ...layouts, list: view.columns },
  };
}

/**
 * Strapi keeps field labels in the content manager's stored view settings, not
 * in schema.json; this writes the Vietnamese ones there at start-up, only
 * when they differ, so the admin speaks Vietnamese on a fresh database; the
 * schedule fields' help says how often the scheduler really runs. Each
 * list's columns and sort (list-views.ts) are set when they are new to the
 * database.
 */
export async function applyFieldLabels(strapi: Core.Strapi, { schedulerSeconds }: { schedulerSeconds: number }): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const groups: [ConfigurationService, Record<string, FieldLabels>][] = [
    [contentManager.service('content-types') as ConfigurationService, CONTENT_TYPE_LABELS],
    [contentManager.service('components') as ConfigurationService, COMPONENT_LABELS],
  ];
  const applied = ((await strapi.store.get(LIST_VIEWS_APPLIED)) as Record<string, string> | null) ?? {};
  for (const [service, labelsByUid] of groups) {
    for (const [uid, labels] of Object.entries(labelsByUid)) {
      const configuration = await service.findConfiguration({ uid });
      const labelled = withLabels(configuration, labelsFor(labels, Object.keys(configuration.metadatas)), schedulerSeconds) ?? configuration;
      // A list is set when the product's view of it is new to this database, not at every start.
      const view = LIST_VIEWS[uid];
      const viewHash = view ? createHash('sha256').update(JSON.stringify(view)).digest('hex') : undefined;
      const listed = view && applied[uid] !== viewHash ? withListView(labelled, view) : null;
      if (viewHash) applied[uid] = viewHash;
      const updated = listed ?? (labelled === configuration ? null : labelled);
      if (updated) {
        const { settings, layouts, metadatas } = updated;
        await service.updateConfiguration({ uid }, { settings, layouts, metadatas });
      }
    }
  }
  await strapi.store.set({ ...LIST_VIEWS_APPLIED, value: applied });
}

/** Which version of each type's list view (a hash of its LIST_VIEWS entry) this database has had applied. */
const LIST_VIEWS_APPLIED = { type: 'plugin', name: 'hoilhpn', key: 'list-views-applied' } as const;
