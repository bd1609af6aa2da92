import { ENUMERATION_LABELS } from '@hoilhpn/content/labels';
import { admin } from './admin';
import { blocksEditor } from './blocks-editor';
import { contentManager } from './content-manager';
import { upload } from './upload';

/** Plugin messages carry their plugin's id as a prefix in the admin's message catalogue. */
function prefixed(plugin: string, messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${plugin}.${key}`, text]));
}

/**
 * Where Strapi's own vi.json says something the newsroom says otherwise: one
 * name for the media library everywhere, Strapi's Author role is the
 * newsroom's Phóng viên (cms/src/editors/newsroom-roles.ts), and a fix.
 */
const corrections: Record<string, string> = {
  'global.plugins.upload': 'Thư viện media',
  'Media Library': 'Thư viện media',
  'Content Manager': 'Quản lý nội dung',
  'global.delete-target': 'Xoá {target}',
  'Settings.permissions.users.strapi-author': 'Phóng viên',
  'Settings.permissions.users.strapi-editor': 'Biên tập viên',
  'content-manager.containers.Home.pluginHeaderTitle': 'Quản lý nội dung',
  'content-manager.components.Search.placeholder': 'Tìm một mục…',
  'content-manager.popUpWarning.bodyMessage.contentType.delete': 'Bạn có chắc muốn xoá mục này?',
  'content-manager.popUpWarning.bodyMessage.contentType.delete.all': 'Bạn có chắc muốn xoá các mục này?',
};

/**
 * The admin in Vietnamese: `config.translations.vi` in app.tsx, laid over
 * Strapi's partial vi.json. Keys are Strapi 5.54's own (its en.json files).
 */
export const vi: Record<string, string> = {
  ...admin,
  ...prefixed('content-manager', contentManager),
  // The rich-text editor is the content manager's: it asks for a few of these ids with its prefix (expand, collapse,
  // reordering) and for the rest, its toolbar and link dialog, without; their English is in the admin's en.json.
  ...blocksEditor,
  ...prefixed('content-manager', blocksEditor),
  ...prefixed('upload', upload),
  // A dropdown of an enumeration asks for each value's label by the value itself ("chu_tich" → "Chủ tịch").
  ...ENUMERATION_LABELS,
  'content-type-builder.plugin.name': 'Thiết kế loại nội dung',
  /*
   * Messages the admin asks for by ids its en.json lacks (it shows their
   * built-in English defaultMessage): the menu entry, the content manager's
   * menu search, the list's status column.
   */
  'content-manager.plugin.name': 'Quản lý nội dung',
  'search.placeholder': 'Tìm',
  'content-manager.containers.list.table-headers.status': 'Trạng thái',
  ...corrections,
};
