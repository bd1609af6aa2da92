export { PREVIEW_TYPES, isPreviewType, previewTypeOf, type PreviewType } from './preview-types';
export { DEFAULT_TTL_SECONDS, MIN_SECRET_LENGTH, signPreviewPath, verifyPreviewPath, type PreviewLinkCheck, type PreviewTarget } from './preview-link';
