export { DEFAULT_CMS_URL } from './cms-url.js';
export { ContentClient, type ContentClientOptions, type PageInfo } from './client/content-client.js';
export { ContentFetchError, type ContentErrorKind } from './client/errors.js';
export { uniqueByDocumentId } from './client/unique-by-document-id.js';
export { fetchCmsIdentity, fetchRawSiteData, fetchSiteSnapshot, type CmsSource } from './load-site-data.js';
export {
  fetchChangesSince,
  fetchFullSnapshot,
  updateSiteSnapshot,
  QUERIES_HASH,
  type SiteSnapshot,
  type SnapshotUpdate,
  type UpdateOptions,
} from './client/incremental-fetch.js';
export { readSnapshotFile, writeSnapshotFile, SNAPSHOT_FORMAT } from './client/snapshot-file.js';
export { withPreviewDraft } from './load-preview-data.js';
export { applyMediaMap, webpKey } from './media-map.js';
export { mapSiteData, RELATION_LIMIT, type MapOptions, type RawSiteData } from './model/map-site-data.js';
export { routes } from './model/routes.js';
export { relationsOf, type SiteRelations } from './model/relations.js';
export { youtubeId } from './model/youtube-id.js';
export { blockText } from './model/block-text.js';
export { articleSearchText } from './model/article-search-text.js';
export {
  DOCUMENT_KIND_LABELS,
  ENUMERATION_LABELS,
  LEVEL_LABELS,
  POSITION_LABELS,
  POSITION_LABELS_EN,
  PROJECT_STATUS_LABELS,
  TRAINING_KIND_LABELS,
  labelOf,
} from './model/labels.js';
export { renderBlock, renderBlocks, renderImage, type RenderOptions } from './blocks/render-blocks.js';
export { escapeHtml } from './blocks/escape-html.js';
export { srcsetOf } from './blocks/image-sources.js';
export { safeLink, type SafeLink } from './blocks/safe-link.js';
export type * from './model/types.js';
export { LIST_TYPES, type ListName } from './client/change-plan.js';
