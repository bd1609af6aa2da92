import { asBlocks } from '../block-text.js';
import { LEVEL_LABELS, TRAINING_KIND_LABELS, labelOf } from '../labels.js';
import { routes } from '../routes.js';
import type { TrainingCourse } from '../types.js';
import type { MapContext } from './collector.js';
import { withBlockImages } from './media.js';
import { entryPage } from './entry-page.js';
import type { RawNode } from './raw.js';

export function mapTrainingCourse(node: RawNode<'trainingCourses'>, context: MapContext): TrainingCourse {
  return {
    ...entryPage(node, routes.course),
    kind: node.kind,
    kindLabel: labelOf(TRAINING_KIND_LABELS, node.kind),
    level: node.level,
    levelLabel: labelOf(LEVEL_LABELS, node.level),
    organizer: node.organizer,
    partners: node.partners,
    location: node.location,
    startDate: node.startDate,
    endDate: node.endDate,
    year: Number(node.startDate.slice(0, 4)),
    classCount: node.classCount,
    participantCount: node.participantCount,
    audience: node.audience,
    description: withBlockImages(asBlocks(node.description), `course "${node.title}"`, context),
    updatedAt: node.updatedAt,
  };
}

/** Newest start first, then by title. */
export const trainingCourseOrder = (a: TrainingCourse, b: TrainingCourse) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title, 'vi');
