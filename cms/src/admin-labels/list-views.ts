import { PUBLISH_AT, UNPUBLISH_AT } from '../scheduling/scheduled-types';

/**
 * What each list in the content manager shows and how it sorts: what a
 * newsroom looks for first, newest first. Strapi adds the status column
 * (bản nháp / đã xuất bản / có thay đổi) to every type with drafts by itself.
 * Applied once per database and again whenever a type's entry here changes
 * (apply-field-labels.ts): an administrator's own "Configure the view" lasts
 * until then.
 */
export interface ListView {
  /** Columns, left to right; the slug goes last. */
  columns: string[];
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
}

/** Every type an editor can schedule shows when it goes out and comes down, before the slug. */
const SCHEDULE_COLUMNS = [PUBLISH_AT, UNPUBLISH_AT];

export const LIST_VIEWS: Record<string, ListView> = {
  // Newest first by the date readers see. Drafts without one (stamped at publishing) sort after the dated
  // articles on SQLite and before them on PostgreSQL: neither database sorts by "date, else updated".
  'api::article.article': { columns: ['title', 'publishedDate', 'category', ...SCHEDULE_COLUMNS, 'slug'], sortBy: 'publishedDate', sortOrder: 'DESC' },
  'api::video.video': { columns: ['title', 'publishedDate', 'project', ...SCHEDULE_COLUMNS, 'slug'], sortBy: 'publishedDate', sortOrder: 'DESC' },
  'api::project.project': {
    columns: ['title', 'implementationStatus', 'startYear', 'endYear', ...SCHEDULE_COLUMNS, 'slug'],
    sortBy: 'startYear',
    sortOrder: 'DESC',
  },
  'api::training-course.training-course': {
    columns: ['title', 'kind', 'level', 'startDate', ...SCHEDULE_COLUMNS, 'slug'],
    sortBy: 'startDate',
    sortOrder: 'DESC',
  },
  'api::cadre.cadre': { columns: ['fullName', 'position', 'unit', 'district', ...SCHEDULE_COLUMNS, 'slug'], sortBy: 'updatedAt', sortOrder: 'DESC' },
  'api::award.award': { columns: ['title', 'level', 'date', ...SCHEDULE_COLUMNS, 'slug'], sortBy: 'date', sortOrder: 'DESC' },
  'api::legal-document.legal-document': {
    columns: ['title', 'kind', 'number', 'issuedDate', ...SCHEDULE_COLUMNS, 'slug'],
    sortBy: 'issuedDate',
    sortOrder: 'DESC',
  },
  'api::category.category': { columns: ['name', 'order', 'slug'], sortBy: 'order', sortOrder: 'ASC' },
  'api::tag.tag': { columns: ['name', 'slug'], sortBy: 'updatedAt', sortOrder: 'DESC' },
};
