/** Types an editor can schedule: the ones readers see as pages of their own. */
export const SCHEDULED_TYPES = [
  'api::article.article',
  'api::project.project',
  'api::video.video',
  'api::training-course.training-course',
  'api::award.award',
  'api::cadre.cadre',
  'api::legal-document.legal-document',
] as const;

export type ScheduledType = (typeof SCHEDULED_TYPES)[number];

export const PUBLISH_AT = 'scheduledPublishAt';
export const UNPUBLISH_AT = 'scheduledUnpublishAt';

export function isScheduledType(uid: string): uid is ScheduledType {
  return (SCHEDULED_TYPES as readonly string[]).includes(uid);
}
