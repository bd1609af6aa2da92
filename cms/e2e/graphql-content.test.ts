import { ContentClient, fetchRawSiteData } from '@hoilhpn/content';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_SLUG } from '../src/seed/demo-content';
import { graphql } from './harness/http';
import { startTestServer } from './harness/strapi-server';

beforeAll(async () => {
  await startTestServer();
});

/** What a public query that must succeed answers: 200, no errors. */
async function dataOf(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { status, data, errors } = await graphql(query, variables);
  expect(errors).toBeUndefined();
  expect(status).toBe(200);
  return data;
}

describe('every content type answers over GraphQL with the seeded data', () => {
  it('serves the seed article with its title, date, lead, captions, author and relations', async () => {
    const data = await dataOf(
      `query ($slug: String!) {
        articles(filters: { slug: { eq: $slug } }) {
          documentId title slug lead author publishedDate body
          figures { caption afterParagraph }
          category { name slug }
          tags { name }
          trainingCourses { title classCount participantCount }
          awards { title }
        }
      }`,
      { slug: SEED_ARTICLE_SLUG },
    );
    expect(data.articles).toHaveLength(1);
    const article = data.articles[0];
    expect(article.title).toBe('Hoà Bình: Chú trọng nâng cao năng lực cho cán bộ Hội Phụ nữ cơ sở');
    expect(article.title).toBe(article.title.normalize('NFC'));
    expect(new Date(article.publishedDate).toISOString()).toBe('2023-11-20T17:00:00.000Z');
    expect(article.lead).toMatch(/^Thực hiện chủ đề năm 2023: “Tập trung xây dựng cơ sở Hội/);
    expect(article.author).toBe('Kim Quế');
    expect(article.figures).toEqual([
      { caption: 'Hội nghị biểu dương cán bộ cơ sở giỏi cấp tỉnh', afterParagraph: 0 },
      { caption: 'Mô hình kết nạp hội viên danh dự xã Tân Lập, Lạc Sơn', afterParagraph: 3 },
    ]);
    expect(article.body).toHaveLength(5);
    expect(article.body[1].children[0].text).toMatch(/^Kết quả, trong năm 2023, Hội LHPN tỉnh tổ chức được 21 lớp/);
    expect(JSON.stringify(article.body)).not.toMatch(/CÁC ĐỀ ÁN|Kim Quế/);
    expect(article.category).toEqual({ name: 'Xây dựng tổ chức Hội', slug: 'xay-dung-to-chuc-hoi' });
    expect(article.tags.map((tag: { name: string }) => tag.name).sort()).toEqual(['bồi dưỡng', 'cán bộ Hội cơ sở', 'khen thưởng']);
    expect(article.trainingCourses).toEqual(
      expect.arrayContaining([
        { title: 'Bồi dưỡng, tập huấn nghiệp vụ công tác Hội cho cán bộ Hội cơ sở năm 2023', classCount: 21, participantCount: 817 },
        { title: 'Tập huấn công tác kiểm tra, giám sát, khiếu nại, tố cáo năm 2023', classCount: 1, participantCount: 50 },
      ]),
    );
    expect(article.awards).toEqual([{ title: 'Biểu dương cán bộ Hội cơ sở giỏi giai đoạn 2021–2023' }]);
  });

  it('serves the award with a tally that sums to 95 and its recipients, linked both ways', async () => {
    const data = await dataOf(`{
      awards {
        title period level
        tally { label count }
        recipients { fullName unit district awards { title } }
        articles { slug }
      }
    }`);
    expect(data.awards).toHaveLength(1);
    const [award] = data.awards;
    expect(award.period).toBe('2021–2023');
    expect(award.tally.map((item: { count: number }) => item.count)).toEqual([27, 50, 10, 8]);
    expect(award.tally.reduce((sum: number, item: { count: number }) => sum + item.count, 0)).toBe(95);
    expect(award.recipients.length).toBeGreaterThanOrEqual(6);
    expect(new Set(award.recipients.map((cadre: { district: string }) => cadre.district)).size).toBeGreaterThanOrEqual(4);
    for (const cadre of award.recipients) expect(cadre.awards).toEqual([{ title: award.title }]);
    expect(award.articles).toEqual([{ slug: SEED_ARTICLE_SLUG }]);
  });

  it('serves the 2023 training programme: 21 classes for 817 cadres and 1 class for 50 leaders', async () => {
    const data = await dataOf(`{
      trainingCourses(sort: "participantCount:desc") { title kind level classCount participantCount startDate audience articles { slug } }
    }`);
    expect(data.trainingCourses.map((course: any) => [course.kind, course.classCount, course.participantCount])).toEqual([
      ['boi_duong_nghiep_vu', 21, 817],
      ['tap_huan_kiem_tra_giam_sat', 1, 50],
    ]);
    for (const course of data.trainingCourses) {
      expect(course.startDate.startsWith('2023')).toBe(true);
      expect(course.articles).toEqual([{ slug: SEED_ARTICLE_SLUG }]);
    }
  });

  it('serves Đề án 938 and 939 with their periods and videos, and videos with their project', async () => {
    const data = await dataOf(`{
      projects(sort: "code:asc") { code title period decision implementationStatus videos { slug } }
      videos(sort: "publishedDate:asc") { slug youtubeUrl project { code } }
    }`);
    expect(data.projects.map((project: any) => [project.code, project.period])).toEqual([
      ['938', '2017–2027'],
      ['939', '2017–2025'],
    ]);
    expect(data.projects[0].title).toContain('giải quyết một số vấn đề xã hội liên quan đến phụ nữ');
    expect(data.projects[1].title).toContain('Hỗ trợ phụ nữ khởi nghiệp');
    expect(data.projects[1].videos).toEqual([{ slug: 'phu-nu-hoa-binh-khoi-nghiep-tu-san-vat-dia-phuong' }]);
    expect(data.videos).toHaveLength(2);
    expect(data.videos.map((video: any) => video.project.code)).toEqual(['939', '938']);
  });

  it('serves categories with their articles, cadres with their places, tags and the site settings', async () => {
    const data = await dataOf(`{
      categories(sort: "order:asc") { name slug order articles { slug } }
      cadres(pagination: { limit: 100 }) { fullName position unit district province }
      tags { name articles { slug } }
      siteSetting { siteName province navigation { label url } featuredArticles { slug } }
    }`);
    expect(data.categories.map((category: any) => category.slug)).toEqual([
      'tin-hoat-dong',
      'xay-dung-to-chuc-hoi',
      'guong-dien-hinh',
      'ho-tro-phu-nu-khoi-nghiep',
    ]);
    expect(data.categories[1].articles).toEqual([{ slug: SEED_ARTICLE_SLUG }]);
    expect(data.cadres.length).toBeGreaterThanOrEqual(6);
    expect(data.cadres.every((cadre: any) => cadre.unit.length > 0)).toBe(true);
    expect(data.cadres.map((cadre: any) => cadre.unit)).toContain('Hội LHPN tỉnh Hoà Bình');
    expect(data.cadres.every((cadre: any) => cadre.province === 'Hoà Bình')).toBe(true);
    for (const tag of data.tags) expect(tag.articles).toEqual([{ slug: SEED_ARTICLE_SLUG }]);
    expect(data.siteSetting.siteName).toBe('Hội Liên hiệp Phụ nữ tỉnh Hoà Bình');
    expect(data.siteSetting.featuredArticles).toEqual([{ slug: SEED_ARTICLE_SLUG }]);
    expect(data.siteSetting.navigation.map((link: any) => link.url)).toContain('/de-an/');
  });

  it("serves Giới thiệu with its leaders and their official contacts, and never a cadre's private ones", async () => {
    const data = await dataOf(`{
      introduction { functions workingHours nameEn leaders { fullName positionTitle officePhone officialEmail } }
    }`);
    expect(data.introduction.nameEn).toBe("Hoa Binh Provincial Women's Union");
    expect(data.introduction.leaders).toEqual([
      { fullName: 'Trần Thị Minh Hằng', positionTitle: 'Chủ tịch Hội LHPN tỉnh', officePhone: '0218 3000 001', officialEmail: 'chutich@hoiphunu.example.vn' },
      {
        fullName: 'Lê Thị Thanh Vân',
        positionTitle: 'Phó Chủ tịch Hội LHPN tỉnh',
        officePhone: '0218 3000 002',
        officialEmail: 'phochutich@hoiphunu.example.vn',
      },
    ]);
    const privateField = await graphql('{ cadres { phone } }');
    expect(privateField.errors?.[0]?.message).toMatch(/Cannot query field "phone"/);
  });

  it("serves the sample documents (Văn bản) to the site's own queries, with kind, number, dates, the PDF and their project and article", async () => {
    const raw = await fetchRawSiteData(new ContentClient({ url: (await startTestServer()).url, retries: 0 }));
    const projectCode = new Map(raw.projects.map((project) => [project.documentId, project.code]));
    const articleSlug = new Map(raw.articles.map((article) => [article.documentId, article.slug]));
    // The site's query asks for the newest first.
    expect(raw.legalDocuments.map((document) => [document.kind, document.number, document.issuedDate])).toEqual([
      ['huong_dan', '05/HD-HPN', '2023-08-10'],
      ['ke_hoach', '12/KH-HPN', '2023-02-15'],
      ['nghi_quyet', '01-NQ/ĐH', '2021-05-20'],
    ]);
    const [guide, plan] = raw.legalDocuments;
    expect(plan.file).toMatchObject({ mime: 'application/pdf', ext: '.pdf' });
    expect(plan.projects.map((project) => projectCode.get(project!.documentId))).toEqual(['939']);
    expect(guide.file).toBeNull();
    expect(guide.articles.map((article) => articleSlug.get(article!.documentId))).toEqual([SEED_ARTICLE_SLUG]);
    for (const document of raw.legalDocuments) expect(document.summary).toContain('Văn bản mẫu');
  });

  it('reports list totals so clients can page past the limit', async () => {
    const data = await dataOf(`{
      cadres_connection(pagination: { page: 1, pageSize: 3 }) { nodes { slug } pageInfo { total pageCount pageSize } }
    }`);
    expect(data.cadres_connection.nodes).toHaveLength(3);
    // 8 cadres of the communes and wards, 2 leaders of the province (Giới thiệu).
    expect(data.cadres_connection.pageInfo.total).toBe(10);
    expect(data.cadres_connection.pageInfo.pageCount).toBe(4);
  });
});
