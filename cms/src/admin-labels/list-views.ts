/**
 * What each list in the content manager shows and how it sorts: what a
 * newsroom looks for first, newest first. Strapi adds the status column
 * (bản nháp / đã xuất bản / có thay đổi) to every type with drafts by itself.
 */
export interface ListView {
  /** Columns, left to right; the slug goes last. */
  columns: string[];
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
}

const SCHEDULE_COLUMNS = ['scheduledPublishAt', 'scheduledUnpublishAt'];

export const LIST_VIEWS: Record<string, ListView> = {
  // Newest first by the date readers see. Drafts without one (stamped at publishing) sort after the dated
  // articles on SQLite and before them on PostgreSQL: neither database sorts by "date, else updated".
  'api::article.article': { columns: ['title', 'publishedDate', 'category', ...SCHEDULE_COLUMNS, 'slug'], sortBy: 'publishedDate', sortOrder: 'DESC' },
  'api::video.video': { columns: ['title', 'publishedDate', 'project', ...SCHEDULE_COLUMNS, 'slug'], sortBy: 'publishedDate', sortOrder: 'DESC' },
  'api::project.project': { columns: ['title', 'implementationStatus', 'startYear', 'endYear', 'slug'], sortBy: 'startYear', sortOrder: 'DESC' },
  'api::training-course.training-course': { columns: ['title', 'kind', 'level', 'startDate', 'slug'], sortBy: 'startDate', sortOrder: 'DESC' },
  'api::cadre.cadre': { columns: ['fullName', 'position', 'unit', 'district', 'slug'], sortBy: 'updatedAt', sortOrder: 'DESC' },
  'api::award.award': { columns: ['title', 'level', 'date', 'slug'], sortBy: 'date', sortOrder: 'DESC' },
  'api::category.category': { columns: ['name', 'order', 'slug'], sortBy: 'order', sortOrder: 'ASC' },
  'api::tag.tag': { columns: ['name', 'slug'], sortBy: 'updatedAt', sortOrder: 'DESC' },
};
