import { slugify } from '@hoilhpn/vietnamese';
import type { Cadre } from '@hoilhpn/content';
import { groupBy, type Group } from './group-by';

const byLabel = (groups: Group<string, Cadre>[]) => groups.sort((a, b) => a.label.localeCompare(b.label, 'vi'));

/** Pre-built filter pages, so the directory filters work without JavaScript. */
export const cadresByDistrict = (cadres: readonly Cadre[]) =>
  byLabel(groupBy(cadres, (cadre) => (cadre.district ? { key: slugify(cadre.district), label: cadre.district } : null)));

export const cadresByPosition = (cadres: readonly Cadre[]) =>
  byLabel(groupBy(cadres, (cadre) => ({ key: cadre.position.replace(/_/g, '-'), label: cadre.positionLabel })));
