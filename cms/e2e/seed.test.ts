import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '../src/public-api/public-actions';
import { seedDemoContent } from '../src/seed/seed-demo-content';
import { CMS_DIR, startTestServer } from './harness/strapi-server';

const TYPES = [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES];

/** Every row of every content type, with its timestamps: any write shows up here. */
async function snapshot() {
  const { strapi } = await startTestServer();
  const rows: Record<string, unknown[]> = {};
  for (const uid of TYPES) {
    rows[uid] = await strapi.db.query(uid).findMany({
      select: ['id', 'documentId', 'updatedAt', 'publishedAt'],
      orderBy: { id: 'asc' },
    });
  }
  return rows;
}

beforeAll(async () => {
  await startTestServer();
});

describe('pnpm --dir cms seed', () => {
  it('made published and draft entries of every type', async () => {
    const rows = await snapshot();
    for (const uid of TYPES) {
      expect(rows[uid]!.length, uid).toBeGreaterThan(0);
      expect(
        rows[uid]!.some((row: any) => row.publishedAt !== null),
        uid,
      ).toBe(true);
    }
  });

  it('changes nothing when run a second time', async () => {
    const { strapi } = await startTestServer();
    const before = await snapshot();
    const report = await seedDemoContent(strapi, CMS_DIR);
    expect(report).toEqual({ created: [], updated: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves an editor’s change alone on a re-run', async () => {
    const { strapi } = await startTestServer();
    const categories = strapi.documents('api::category.category');
    const category = await categories.findFirst({ filters: { slug: 'guong-dien-hinh' } } as any);
    await categories.update({ documentId: category!.documentId, data: { description: 'Sửa bởi biên tập viên' } } as any);
    await seedDemoContent(strapi, CMS_DIR);
    const after = await categories.findOne({ documentId: category!.documentId, status: 'draft' } as any);
    expect(after!.description).toBe('Sửa bởi biên tập viên');
  });
});
