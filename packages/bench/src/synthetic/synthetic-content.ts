import { planContent, type ContentPlan } from './content-plan.js';
import { Random } from './random.js';
import { SlugRegistry } from './slug-registry.js';
import { capitalize, fillTemplate, formatVietnameseNumber, isoDate, vietnameseDate, vietnamIso } from './text-helpers.js';
import {
  AUTHORS,
  CAPTION_TEMPLATES,
  CATEGORY_NAMES,
  CONTESTS,
  DISTRICTS,
  EVENTS,
  GIVEN_NAMES,
  HEADLINES,
  MIDDLE_NAMES,
  MODELS,
  PARAGRAPH_TEMPLATES,
  PARTNERS,
  PLACES,
  shortPlaceName,
  SURNAMES,
  TAG_TERMS,
  YOUTUBE_IDS,
  type Place,
} from './vocabulary.js';

/*
 * Plain data for every entry the benchmark puts into the CMS. Relations point
 * at other entries by their index in the lists here, images by their index in
 * the uploaded pool; the CMS setup module turns them into document ids.
 */

export interface ParagraphBlock {
  type: 'paragraph';
  children: { type: 'text'; text: string; bold?: boolean }[];
}

export interface SyntheticCategory {
  name: string;
  slug: string;
  order: number;
  description: string;
}
export interface SyntheticTag {
  name: string;
  slug: string;
}
export interface SyntheticProject {
  code: string;
  slug: string;
  title: string;
  shortTitle: string;
  period: string;
  startYear: number;
  endYear: number;
  decision: string;
  summary: string;
  body: ParagraphBlock[];
  implementationStatus: 'dang_trien_khai' | 'da_ket_thuc';
  coverImage: number | null;
}
export interface SyntheticVideo {
  slug: string;
  title: string;
  youtubeUrl: string;
  durationSeconds: number;
  publishedDate: string;
  description: string;
  project: number | null;
  draft: boolean;
}
export interface SyntheticTrainingCourse {
  slug: string;
  title: string;
  kind: string;
  level: string;
  organizer: string;
  partners: string | null;
  location: string;
  startDate: string;
  endDate: string;
  classCount: number;
  participantCount: number;
  audience: string;
}
export interface SyntheticCadre {
  slug: string;
  fullName: string;
  position: string;
  positionTitle: string;
  unit: string;
  district: string;
  province: string;
  bio: string;
  phone: string;
  email: string;
  birthYear: number;
  photoImage: number | null;
  courses: number[];
}
export interface SyntheticAward {
  slug: string;
  title: string;
  level: string;
  period: string;
  date: string;
  decisionNumber: string;
  issuer: string;
  description: string;
  tally: { label: string; count: number }[];
  recipients: number[];
}
export interface SyntheticArticle {
  title: string;
  slug: string;
  lead: string;
  body: ParagraphBlock[];
  author: string;
  publishedDate: string;
  coverImage: number | null;
  coverCaption: string | null;
  figures: { caption: string; afterParagraph: number; image: number | null }[];
  category: number;
  tags: number[];
  projects: number[];
  videos: number[];
  trainingCourses: number[];
  awards: number[];
  draft: boolean;
}

export interface SyntheticContent {
  plan: ContentPlan;
  categories: SyntheticCategory[];
  tags: SyntheticTag[];
  projects: SyntheticProject[];
  videos: SyntheticVideo[];
  trainingCourses: SyntheticTrainingCourse[];
  cadres: SyntheticCadre[];
  awards: SyntheticAward[];
  /** Published ones first, then the drafts. */
  articles: SyntheticArticle[];
}

export type SlugKind = 'categories' | 'tags' | 'projects' | 'videos' | 'trainingCourses' | 'cadres' | 'awards' | 'articles';

export interface GenerateOptions {
  /** Published articles; drafts and the other types follow from it (content-plan.ts). */
  articles: number;
  seed?: number;
  /** Real paragraphs (from the legacy articles) mixed into bodies, so text and word statistics stay natural. */
  legacyParagraphs?: string[];
  /** Slugs already in the CMS (the demo content), per type. */
  taken?: Partial<Record<SlugKind, Iterable<string>>>;
}

/* Synthetic content covers 2018 to June 2025, before the two-tier local government. */
const FIRST_YEAR = 2018;
const LAST_YEAR = 2025;

const nfc = (text: string) => text.normalize('NFC');
const paragraph = (text: string): ParagraphBlock => ({ type: 'paragraph', children: [{ type: 'text', text: nfc(text) }] });

class Generator {
  constructor(private readonly random: Random) {}

  place(): Place {
    return this.random.pick(PLACES);
  }

  /** A date in range, spread evenly; June 2025 is the last month. */
  date(): { year: number; month: number; day: number } {
    const year = this.random.int(FIRST_YEAR, LAST_YEAR);
    const month = this.random.int(1, year === LAST_YEAR ? 6 : 12);
    return { year, month, day: this.random.int(1, 28) };
  }

  /** Values for every {placeholder} a template may use, consistent within one article. */
  values(place: Place, year: number, dateText: string): Record<string, string | number> {
    const r = this.random;
    return {
      date: dateText,
      year,
      period: `${year - 2}–${year}`,
      term: year < 2021 ? '2016–2021' : '2021–2026',
      district: place.district,
      commune: place.commune,
      event: r.pick(EVENTS),
      model: r.pick(MODELS),
      contest: r.pick(CONTESTS),
      partner: r.pick(PARTNERS),
      people: r.int(30, 320),
      members: formatVietnameseNumber(r.int(180, 2400)),
      percent: r.int(62, 96),
      groups: r.int(3, 40),
      money: formatVietnameseNumber(r.int(20, 1500)),
      founders: r.int(10, 45),
      gifts: r.int(10, 200),
      giftValue: formatVietnameseNumber(r.int(6, 20) * 50),
      awarded: r.int(5, 60),
      helped: formatVietnameseNumber(r.int(50, 3000)),
      loans: formatVietnameseNumber(r.int(10, 900) / 10),
      classes: r.int(2, 30),
      trainees: formatVietnameseNumber(r.int(100, 2500)),
    };
  }
}

export function generateSyntheticContent({ articles, seed = 20_231_121, legacyParagraphs = [], taken = {} }: GenerateOptions): SyntheticContent {
  const plan = planContent(articles);
  const random = new Random(seed);
  const gen = new Generator(random);
  const slugs = (kind: SlugKind) => new SlugRegistry(taken[kind] ?? []);
  const legacy = legacyParagraphs.map(nfc).filter((text) => text.length > 0);
  const imageOrNull = (probability: number) => (random.chance(probability) ? random.int(0, plan.images - 1) : null);

  const categorySlugs = slugs('categories');
  const categories: SyntheticCategory[] = Array.from({ length: plan.categories }, (_, index) => {
    const [baseName, description] = CATEGORY_NAMES[index % CATEGORY_NAMES.length]!;
    const round = Math.floor(index / CATEGORY_NAMES.length);
    const name = round === 0 ? baseName : `${baseName} (${round + 1})`;
    return { name: nfc(name), slug: categorySlugs.claim(name), order: index + 1, description: nfc(description) };
  });

  const tagSlugs = slugs('tags');
  const tags: SyntheticTag[] = Array.from({ length: plan.tags }, (_, index) => {
    const term = TAG_TERMS[index % TAG_TERMS.length]!;
    const round = Math.floor(index / TAG_TERMS.length);
    const name = round === 0 ? term : `${term} ${shortPlaceName(DISTRICTS[(round - 1) % DISTRICTS.length]!)}`;
    return { name: nfc(name), slug: tagSlugs.claim(name) };
  });

  const projectSlugs = slugs('projects');
  const projects: SyntheticProject[] = Array.from({ length: plan.projects }, (_, index) => {
    const code = String(1100 + index * 7);
    const startYear = random.int(2016, 2022);
    const endYear = startYear + random.int(3, 8);
    const theme = random.pick(MODELS);
    const title = `Đề án “Nhân rộng mô hình ${theme}, hỗ trợ phụ nữ phát triển kinh tế giai đoạn ${startYear}–${endYear}”`;
    const place = gen.place();
    const values = gen.values(place, startYear, vietnameseDate(startYear, 6, 30));
    return {
      code,
      slug: projectSlugs.claim(`de-an-${code}`),
      title: nfc(title),
      shortTitle: `Đề án ${code}`,
      period: `${startYear}–${endYear}`,
      startYear,
      endYear,
      decision: nfc(`Quyết định số ${code}/QĐ-UBND ngày ${vietnameseDate(startYear, random.int(1, 12), random.int(1, 28))} của UBND tỉnh Hoà Bình`),
      summary: nfc(
        `Tuyên truyền, vận động, hỗ trợ hội viên, phụ nữ nhân rộng mô hình “${theme}”, tiếp cận vốn vay, học nghề, khởi sự kinh doanh, góp phần giảm nghèo bền vững giai đoạn ${startYear}–${endYear}.`,
      ),
      body: random.sample(PARAGRAPH_TEMPLATES, 3).map((template) => paragraph(fillTemplate(template, values))),
      implementationStatus: endYear < LAST_YEAR ? 'da_ket_thuc' : 'dang_trien_khai',
      coverImage: imageOrNull(0.6),
    };
  });

  const videoSlugs = slugs('videos');
  const VIDEO_TITLES = [
    'Phụ nữ {commune} khởi nghiệp từ sản vật địa phương',
    'Chung tay phòng, chống bạo lực gia đình ở {district}',
    'Phóng sự: Mô hình “{model}” tại {commune}',
    'Hội thi “{contest}” năm {year}',
    'Chi hội phụ nữ {commune} sinh hoạt theo hình thức mới',
    'Những người phụ nữ giữ nghề dệt thổ cẩm ở {commune}',
  ];
  const videos: SyntheticVideo[] = Array.from({ length: plan.videos + plan.draftVideos }, (_, index) => {
    const { year, month, day } = gen.date();
    const place = gen.place();
    const values = gen.values(place, year, vietnameseDate(year, month, day));
    const title = capitalize(fillTemplate(random.pick(VIDEO_TITLES), values));
    return {
      slug: videoSlugs.claim(`${title} ${year}`),
      title: nfc(title),
      youtubeUrl: `https://www.youtube.com/watch?v=${random.pick(YOUTUBE_IDS)}`,
      durationSeconds: random.int(60, 900),
      publishedDate: vietnamIso(year, month, day, random.int(7, 17), random.int(0, 59)),
      description: nfc(fillTemplate(random.pick(PARAGRAPH_TEMPLATES), values)),
      project: projects.length > 0 && random.chance(0.4) ? random.int(0, projects.length - 1) : null,
      draft: index >= plan.videos,
    };
  });

  const courseSlugs = slugs('trainingCourses');
  const KINDS: [string, string][] = [
    ['boi_duong_nghiep_vu', 'Bồi dưỡng nghiệp vụ công tác Hội'],
    ['tap_huan_kiem_tra_giam_sat', 'Tập huấn công tác kiểm tra, giám sát'],
    ['tap_huan_ky_nang', 'Tập huấn kỹ năng tuyên truyền, vận động'],
    ['boi_duong_chinh_tri', 'Bồi dưỡng lý luận chính trị'],
    ['khac', 'Tập huấn chuyển đổi số'],
  ];
  const trainingCourses: SyntheticTrainingCourse[] = Array.from({ length: plan.trainingCourses }, () => {
    const [kind, kindTitle] = random.pick(KINDS);
    const { year, month, day } = gen.date();
    const place = gen.place();
    const level = random.pick(['tinh', 'huyen', 'huyen', 'xa']);
    const host = level === 'tinh' ? 'tỉnh Hoà Bình' : level === 'huyen' ? place.district : place.commune;
    const title = `${kindTitle} cho cán bộ Hội cơ sở ${host} năm ${year}`;
    const endMonth = Math.min(12, month + random.int(0, 5));
    return {
      slug: courseSlugs.claim(title),
      title: nfc(title),
      kind,
      level,
      organizer: nfc(`Hội LHPN ${host}`),
      partners: random.chance(0.5) ? nfc(random.sample(PARTNERS, 2).join('; ')) : null,
      location: nfc(capitalize(host)),
      startDate: isoDate(year, month, day),
      endDate: isoDate(year, endMonth, endMonth === month ? Math.min(28, day + random.int(1, 5)) : random.int(1, 28)),
      classCount: random.int(1, 25),
      participantCount: random.int(20, 900),
      audience: nfc('Chủ tịch, Phó Chủ tịch Hội LHPN cơ sở, chi hội trưởng, chi hội phó, tổ trưởng tổ phụ nữ'),
    };
  });

  const cadreSlugs = slugs('cadres');
  const POSITIONS: [string, (place: Place) => string][] = [
    ['chu_tich', (p) => `Chủ tịch Hội LHPN ${p.commune}`],
    ['pho_chu_tich', (p) => `Phó Chủ tịch Hội LHPN ${p.commune}`],
    ['chi_hoi_truong', () => `Chi hội trưởng chi hội phụ nữ xóm ${random.pick(['Bưa', 'Đồng Lề', 'Gò Bài', 'Mường', 'Khú', 'Chiềng'])}`],
    ['chi_hoi_pho', () => `Chi hội phó chi hội phụ nữ tổ ${random.int(1, 12)}`],
    ['to_truong_phu_nu', () => `Tổ trưởng tổ phụ nữ xóm ${random.pick(['Cại', 'Nước', 'Trên', 'Dưới', 'Mới'])}`],
    ['nguoi_dung_dau_mo_hinh', () => `Tổ trưởng mô hình “${random.pick(MODELS)}”`],
    ['uy_vien_ban_thuong_vu', (p) => `Ủy viên Ban Thường vụ Hội LHPN ${p.district}`],
  ];
  const cadres: SyntheticCadre[] = Array.from({ length: plan.cadres }, () => {
    const fullName = `${random.pick(SURNAMES)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
    const place = gen.place();
    const [position, title] = random.pick(POSITIONS);
    const slug = cadreSlugs.claim(`${fullName} ${shortPlaceName(place.commune)}`);
    return {
      slug,
      fullName: nfc(fullName),
      position,
      positionTitle: nfc(title(place)),
      unit: nfc(place.commune),
      district: nfc(place.district),
      province: 'Hoà Bình',
      bio: nfc(`Nhiều năm gắn bó với công tác Hội ở ${place.commune}, chị luôn gần gũi, lắng nghe hội viên và được chị em tin tưởng.`),
      phone: `0912${String(random.int(0, 999_999)).padStart(6, '0')}`,
      email: `${slug}@example.vn`,
      birthYear: random.int(1965, 1996),
      photoImage: imageOrNull(0.4),
      courses: trainingCourses.length > 0 && random.chance(0.3) ? random.sample(range(trainingCourses.length), random.int(1, 2)) : [],
    };
  });

  const awardSlugs = slugs('awards');
  const awards: SyntheticAward[] = Array.from({ length: plan.awards }, () => {
    const { year, month, day } = gen.date();
    const place = gen.place();
    const level = random.pick(['tinh', 'huyen', 'huyen', 'xa', 'trung_uong']);
    const title = random.chance(0.5)
      ? `Biểu dương cán bộ Hội cơ sở giỏi ${level === 'tinh' ? 'cấp tỉnh' : place.district} giai đoạn ${year - 2}–${year}`
      : `Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm ${year} (${shortPlaceName(place.district)})`;
    const tally = random
      .sample(
        ['Chủ tịch Hội phụ nữ cơ sở', 'Chi hội trưởng chi hội phụ nữ', 'Tổ trưởng phụ nữ', 'Người đứng đầu mô hình tại cộng đồng', 'Tập thể chi hội'],
        random.int(2, 4),
      )
      .map((label) => ({ label: nfc(label), count: random.int(3, 60) }));
    return {
      slug: awardSlugs.claim(title),
      title: nfc(title),
      level,
      period: `${year - 2}–${year}`,
      date: isoDate(year, month, day),
      decisionNumber: `${random.int(10, 999)}/QĐ-HPN`,
      issuer: nfc(level === 'tinh' ? 'Hội LHPN tỉnh Hoà Bình' : `Hội LHPN ${place.district}`),
      description: nfc(
        `Hội nghị biểu dương, khen thưởng ${tally.reduce((sum, item) => sum + item.count, 0)} cán bộ, hội viên tiêu biểu ${place.district} có thành tích xuất sắc.`,
      ),
      tally,
      recipients: random.sample(range(cadres.length), random.int(2, 8)),
    };
  });

  const articleSlugs = slugs('articles');
  const publishedVideos = videos.flatMap((video, index) => (video.draft ? [] : [index]));
  const article = (draft: boolean): SyntheticArticle => {
    const { year, month, day } = gen.date();
    const place = gen.place();
    const values = gen.values(place, year, vietnameseDate(year, month, Math.max(1, day - random.int(0, 3))));
    const headline = capitalize(fillTemplate(random.pick(HEADLINES), values));
    const title = random.chance(0.6) ? `${shortPlaceName(random.chance(0.5) ? place.district : place.commune)}: ${headline}` : headline;
    const paragraphs = random.sample(PARAGRAPH_TEMPLATES, random.int(3, 6)).map((template) => fillTemplate(template, values));
    if (legacy.length > 0) {
      for (const text of random.sample(legacy, random.int(0, 2))) paragraphs.splice(random.int(0, paragraphs.length), 0, text);
    }
    const body = paragraphs.map(paragraph);
    // Every fourth article stresses a phrase, as editors do.
    if (random.chance(0.25)) body[0]!.children.push({ type: 'text', text: nfc(' Đây là hoạt động thiết thực, ý nghĩa.'), bold: true });
    const cover = imageOrNull(0.7);
    const figureCount = random.chance(0.3) ? random.int(1, 2) : 0;
    return {
      title: nfc(title),
      slug: articleSlugs.claim(title),
      lead: nfc(
        `Thực hiện chủ đề năm ${year}, Hội LHPN ${place.district} đã tích cực triển khai nhiều hoạt động thiết thực, hướng về cơ sở; ${values.event} tại ${place.commune} thu hút ${values.people} cán bộ, hội viên tham gia.`,
      ),
      body,
      author: nfc(random.pick(AUTHORS)),
      publishedDate: vietnamIso(year, month, day, random.int(7, 17), random.int(0, 59)),
      coverImage: cover,
      coverCaption: cover === null ? null : nfc(fillTemplate(random.pick(CAPTION_TEMPLATES), values)),
      figures: Array.from({ length: figureCount }, () => ({
        caption: nfc(fillTemplate(random.pick(CAPTION_TEMPLATES), values)),
        afterParagraph: random.int(1, body.length),
        image: imageOrNull(0.5),
      })),
      // Older categories carry more news: a skewed pick, as on a real portal.
      category: Math.floor(random.next() ** 2 * categories.length),
      tags: random.sample(range(tags.length), random.int(0, 3)),
      projects: random.chance(0.25) ? [random.int(0, projects.length - 1)] : [],
      videos: publishedVideos.length > 0 && random.chance(0.08) ? [random.pick(publishedVideos)] : [],
      trainingCourses: random.chance(0.1) ? [random.int(0, trainingCourses.length - 1)] : [],
      awards: random.chance(0.05) ? [random.int(0, awards.length - 1)] : [],
      draft,
    };
  };
  const allArticles = [...Array.from({ length: plan.articles }, () => article(false)), ...Array.from({ length: plan.draftArticles }, () => article(true))];

  return { plan, categories, tags, projects, videos, trainingCourses, cadres, awards, articles: allArticles };
}

function range(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}
