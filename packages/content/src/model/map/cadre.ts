import { POSITION_LABELS, labelOf } from '../labels.js';
import { routes } from '../routes.js';
import type { Cadre } from '../types.js';
import type { MapContext } from './collector.js';
import { mediaAsset } from './media.js';
import { pageAddress } from './entry-page.js';
import type { RawNode } from './raw.js';
import { publishedIds, type Published } from './related-ids.js';

export function mapCadre(node: RawNode<'cadres'>, published: { trainingCourses: Published; awards: Published }, context: MapContext): Cadre {
  const where = `cadre "${node.fullName}"`;
  return {
    ...pageAddress(node, routes.cadre),
    fullName: node.fullName,
    position: node.position,
    positionLabel: labelOf(POSITION_LABELS, node.position),
    positionTitle: node.positionTitle,
    unit: node.unit,
    district: node.district,
    province: node.province,
    photo: mediaAsset(node.photo, where, context, { alt: `Ảnh ${node.fullName}` }),
    bio: node.bio ?? '',
    officePhone: node.officePhone?.trim() || null,
    officialEmail: node.officialEmail?.trim() || null,
    courseIds: publishedIds(node.courses, `${where} courses`, published.trainingCourses),
    awardIds: publishedIds(node.awards, `${where} awards`, published.awards),
    updatedAt: node.updatedAt,
  };
}

export const cadreOrder = (a: Cadre, b: Cadre) => a.fullName.localeCompare(b.fullName, 'vi');
