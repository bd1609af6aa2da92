import type { Core } from '@strapi/strapi';

/**
 * The newsroom's names for Strapi's two built-in editorial roles. The codes
 * are Strapi's own: its Author role already lacks the publish action and is
 * limited to entries its holder created; its Editor role publishes anything.
 */
export const NEWSROOM_ROLES = [
  {
    code: 'strapi-author',
    strapiDefault: { name: 'Author', description: 'Authors can manage the content they have created.' },
    name: 'Phóng viên',
    description: 'Viết bài và sửa bản nháp của chính mình; không xuất bản được, bài do Biên tập viên duyệt và xuất bản.',
  },
  {
    code: 'strapi-editor',
    strapiDefault: { name: 'Editor', description: 'Editors can manage and publish contents including those of other users.' },
    name: 'Biên tập viên',
    description: 'Sửa, xuất bản và gỡ mọi bài, kể cả bài của người khác.',
  },
] as const;

/**
 * Gives the roles their Vietnamese names and descriptions at every start.
 * Only a name or description still as Strapi created it is replaced: one an
 * administrator has since changed in Settings stays theirs.
 */
export async function syncNewsroomRoles(strapi: Core.Strapi): Promise<string[]> {
  const renamed: string[] = [];
  for (const role of NEWSROOM_ROLES) {
    const stored = await strapi.db.query('admin::role').findOne({ where: { code: role.code } });
    if (!stored) continue;
    const changes: Record<string, string> = {};
    if (stored.name === role.strapiDefault.name) changes.name = role.name;
    if (stored.description === role.strapiDefault.description) changes.description = role.description;
    if (Object.keys(changes).length === 0) continue;
    await strapi.db.query('admin::role').update({ where: { id: stored.id }, data: changes });
    renamed.push(changes.name ?? stored.name);
  }
  return renamed;
}
