export { foldVietnamese } from './fold-vietnamese.js';
export { toNfc } from './to-nfc.js';
export { nfcInPlace } from './nfc-in-place.js';
export { slugify, DEFAULT_SLUG_MAX_LENGTH } from './slugify.js';
export { parseVietnameseDate, type VietnameseDate } from './parse-vietnamese-date.js';
export { formatVietnameseDate } from './format-vietnamese-date.js';
export { formatVietnameseDateTime, vietnamTimeToUtc } from './format-vietnamese-date-time.js';
export { shortenText } from './shorten-text.js';
