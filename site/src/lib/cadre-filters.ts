import { slugify } from '@hoilhpn/vietnamese';
import type { Cadre } from '@hoilhpn/content';

export interface CadreGroup {
  slug: string;
  label: string;
  cadres: Cadre[];
}

function groupBy(cadres: readonly Cadre[], key: (cadre: Cadre) => { slug: string; label: string } | null): CadreGroup[] {
  const groups = new Map<string, CadreGroup>();
  for (const cadre of cadres) {
    const found = key(cadre);
    if (!found) continue;
    const group = groups.get(found.slug) ?? { ...found, cadres: [] };
    group.cadres.push(cadre);
    groups.set(found.slug, group);
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

/** Pre-built filter pages, so the directory filters work without JavaScript. */
export const cadresByDistrict = (cadres: readonly Cadre[]) =>
  groupBy(cadres, (cadre) => (cadre.district ? { slug: slugify(cadre.district), label: cadre.district } : null));

export const cadresByPosition = (cadres: readonly Cadre[]) =>
  groupBy(cadres, (cadre) => ({ slug: cadre.position.replace(/_/g, '-'), label: cadre.positionLabel }));
