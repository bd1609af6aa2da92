/**
 * The site's view of the CMS, flat: every entry stands alone and names the
 * entries it links to by id. Reverse relations (a category's articles, an
 * article's related articles, …) are not stored on entries; relationsOf
 * (relations.ts) computes them all in one place. A changed entry can so be
 * replaced without touching any other.
 */

export interface ImageVariant {
  src: string;
  width: number;
  height: number;
  /** This rendition as WebP in the built site (see MediaAsset.webp). */
  webp: string | null;
}

export interface MediaAsset {
  /** Where the file is served from in the built site (after copying), else the CMS URL. */
  src: string;
  /** The CMS URL it was copied from. */
  sourceUrl: string;
  name: string;
  alt: string;
  /** The editor gave no alternative text: a build warning. */
  altMissing: boolean;
  width: number | null;
  height: number | null;
  mime: string;
  size: number;
  /** Smaller renditions Strapi made (thumbnail, small, medium, large), for srcset. */
  variants: ImageVariant[];
  /** The same picture as WebP in the built site, made when copying (null until then, and for files that are not JPEG or PNG). */
  webp: string | null;
  /**
   * When the file was last changed in the media library. A replaced file keeps
   * its URL (Strapi keeps the name), so a copy is known to be current only for
   * the same URL and this time.
   */
  fileUpdatedAt: string | null;
}

export interface Figure {
  /** Figures without a picture are left out (and warned about) when mapping. */
  image: MediaAsset;
  caption: string;
  alt: string;
  afterParagraph: number;
}

export type Block = Record<string, unknown> & { type: string };

/** Where an entry with a page of its own is: the CMS's documentId, its slug, and the page's path. */
export interface PageAddress {
  id: string;
  slug: string;
  url: string;
}

/** What every titled entry with a page of its own has. */
export interface EntryPage extends PageAddress {
  title: string;
}

export interface Category extends PageAddress {
  name: string;
  description: string;
  order: number;
}

export interface Tag extends PageAddress {
  name: string;
}

export interface Article extends EntryPage {
  lead: string;
  body: Block[];
  author: string | null;
  /** ISO instant */
  publishedDate: string;
  updatedAt: string | null;
  cover: MediaAsset | null;
  coverCaption: string | null;
  figures: Figure[];
  seo: { title: string; description: string; image: MediaAsset | null };
  categoryId: string | null;
  tagIds: string[];
  trainingCourseIds: string[];
  awardIds: string[];
  projectIds: string[];
  videoIds: string[];
}

export interface Project extends EntryPage {
  code: string;
  shortTitle: string;
  period: string | null;
  startYear: number | null;
  endYear: number | null;
  decision: string | null;
  summary: string;
  body: Block[];
  status: 'dang_trien_khai' | 'da_ket_thuc';
  statusLabel: string;
  cover: MediaAsset | null;
  documents: MediaAsset[];
  updatedAt: string | null;
}

export interface Video extends EntryPage {
  /** 11-character YouTube id, when the video is on YouTube. */
  youtubeId: string | null;
  file: MediaAsset | null;
  poster: MediaAsset | null;
  captions: MediaAsset | null;
  durationSeconds: number | null;
  publishedDate: string;
  description: string;
  projectId: string | null;
  updatedAt: string | null;
}

export interface TrainingCourse extends EntryPage {
  kind: string;
  kindLabel: string;
  level: string;
  levelLabel: string;
  organizer: string | null;
  partners: string | null;
  location: string | null;
  startDate: string;
  endDate: string | null;
  year: number;
  classCount: number;
  participantCount: number;
  audience: string | null;
  description: Block[];
  updatedAt: string | null;
}

export interface Cadre extends PageAddress {
  fullName: string;
  position: string;
  positionLabel: string;
  positionTitle: string | null;
  unit: string;
  district: string | null;
  province: string | null;
  photo: MediaAsset | null;
  bio: string;
  /** Official contacts, public; the cadre's own phone, email and birth year never leave the CMS. */
  officePhone: string | null;
  officialEmail: string | null;
  courseIds: string[];
  awardIds: string[];
  updatedAt: string | null;
}

export interface TallyItem {
  label: string;
  count: number;
}

export interface Award extends EntryPage {
  level: string;
  levelLabel: string;
  period: string | null;
  date: string | null;
  decisionNumber: string | null;
  issuer: string | null;
  description: string;
  tally: TallyItem[];
  total: number;
  updatedAt: string | null;
}

export interface Link {
  label: string;
  url: string;
}

export interface SiteSettings {
  siteName: string;
  shortName: string;
  description: string;
  /** The logo set in Cài đặt trang, if any (the site has a default). */
  logo: MediaAsset | null;
  province: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  socialLinks: Link[];
  navigation: Link[];
  featuredArticleIds: string[];
}

/** One of the Union's documents (Văn bản): a resolution, plan, guideline, official letter… */
export interface LegalDocument extends EntryPage {
  kind: string;
  kindLabel: string;
  /** Number and symbol, e.g. 15/KH-HPN. */
  number: string | null;
  issuer: string | null;
  issuedDate: string;
  year: number;
  effectiveDate: string | null;
  summary: string;
  file: MediaAsset | null;
  projectIds: string[];
  articleIds: string[];
  updatedAt: string | null;
}

/** The introduction page (Giới thiệu) and the English page; editors fill both in one CMS entry. */
export interface Introduction {
  functions: Block[];
  structure: Block[];
  /** Published cadres, in the editors' order. */
  leaderIds: string[];
  workingHours: string | null;
  english: {
    name: string | null;
    introduction: Block[];
    structure: Block[];
    address: string | null;
    workingHours: string | null;
  };
  updatedAt: string | null;
}

export interface SiteData {
  settings: SiteSettings;
  /** Null until editors publish Giới thiệu: the site then has no /gioi-thieu/ and no /en/. */
  introduction: Introduction | null;
  /** Newest first. */
  articles: Article[];
  categories: Category[];
  tags: Tag[];
  projects: Project[];
  videos: Video[];
  trainingCourses: TrainingCourse[];
  cadres: Cadre[];
  awards: Award[];
  /** Newest issue date first. */
  legalDocuments: LegalDocument[];
  /** Every use of a media file (one object per use; copyMedia rewrites them all). */
  media: MediaAsset[];
  /** Things editors should fix (missing alt text, refused video URLs), listed at the end of the build. */
  warnings: string[];
}
