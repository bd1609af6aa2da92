import { LEVEL_LABELS, labelOf } from '../labels.js';
import { routes } from '../routes.js';
import type { Award, TallyItem } from '../types.js';
import { entryPage } from './entry-page.js';
import type { RawNode } from './raw.js';

export function mapAward(node: RawNode<'awards'>): Award {
  const tally = (node.tally ?? []).filter((item): item is TallyItem => Boolean(item));
  return {
    ...entryPage(node, routes.award),
    level: node.level,
    levelLabel: labelOf(LEVEL_LABELS, node.level),
    period: node.period,
    date: node.date,
    decisionNumber: node.decisionNumber,
    issuer: node.issuer,
    description: node.description ?? '',
    tally,
    total: tally.reduce((sum, item) => sum + item.count, 0),
    updatedAt: node.updatedAt,
  };
}

/** Newest first (undated last), then by title. */
export const awardOrder = (a: Award, b: Award) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title, 'vi');
