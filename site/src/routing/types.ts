import type { Award, Block, Cadre, Figure, MediaAsset, TrainingCourse, Video } from '@hoilhpn/content';

/**
 * Route data: exactly the plain values a page renders, JSON-serialisable,
 * without cycles and without whole-site objects. Two routes with the same
 * data (and the same code) render the same bytes; fingerprint.ts relies on it.
 */

export interface NavLink {
  label: string;
  url: string;
  external: boolean;
}

/** The header and footer every page shows. */
export interface Chrome {
  siteName: string;
  shortName: string;
  description: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  navigation: NavLink[];
  social: NavLink[];
  /** The English page's address when it exists (Giới thiệu is published), for the header's "English" link. */
  english: string | null;
  /** The organisation's logo for structured data: Cài đặt trang's, else the site's default (public/logo.png). */
  logo: { src: string; width: number; height: number };
}

/** What the header and the footer are drawn from. */
export interface ChromeProps {
  chrome: Chrome;
  /** Set when the page is in another language than the header and footer. */
  lang?: 'vi';
}

export interface LinkItem {
  url: string;
  label: string;
}

/** What a list shows of an article. */
export interface ArticleCard {
  title: string;
  url: string;
  publishedDate: string;
  lead: string;
  cover: MediaAsset | null;
  category: LinkItem | null;
}

/** A project in a list (home page, projects page). */
export interface ProjectCard {
  url: string;
  shortTitle: string;
  title: string;
  period: string | null;
  statusLabel: string;
}

export interface PageOf<T> {
  page: number;
  pageCount: number;
  items: T[];
}

export interface CadreRow {
  url: string;
  fullName: string;
  position: string;
  unit: string;
  place: string;
}

/** One value to filter a list by: its filter page, its name and how many entries it holds. */
export interface FilterLink {
  url: string;
  label: string;
  count: number;
}

export interface CadreFilters {
  total: number;
  districts: FilterLink[];
  positions: FilterLink[];
}

export interface CadreList {
  /** The filter's name; null on the whole directory. */
  heading: string | null;
  cadres: CadreRow[];
  filters: CadreFilters;
}

export interface DocumentRow {
  url: string;
  title: string;
  kindLabel: string;
  number: string | null;
  issuedDate: string;
  summary: string;
}

export interface DocumentFilters {
  total: number;
  kinds: FilterLink[];
  years: FilterLink[];
}

export interface DocumentList {
  /** The filter's name ("Kế hoạch", "Năm 2024"); null on the whole list. */
  heading: string | null;
  documents: DocumentRow[];
  filters: DocumentFilters;
}

/** A leader on the introduction pages: official contacts only (the CMS never sends private ones). */
export interface LeaderView {
  url: string;
  fullName: string;
  title: string;
  photo: MediaAsset | null;
  officePhone: string | null;
  officialEmail: string | null;
}

export interface Contact {
  address: string | null;
  phone: string | null;
  email: string | null;
}

/**
 * The model's fields a page shows just as they are stored, listed once: the
 * page's data type picks them, and its builder (data.ts) copies them.
 */
export const SHOWN_AS_STORED = {
  video: ['title', 'youtubeId', 'file', 'poster', 'captions', 'durationSeconds', 'publishedDate', 'description'],
  course: [
    'title',
    'kindLabel',
    'levelLabel',
    'organizer',
    'partners',
    'location',
    'audience',
    'startDate',
    'endDate',
    'classCount',
    'participantCount',
    'description',
  ],
  cadre: ['fullName', 'unit', 'district', 'province', 'photo', 'bio', 'officePhone', 'officialEmail'],
  award: ['title', 'levelLabel', 'period', 'date', 'decisionNumber', 'issuer', 'description', 'tally', 'total'],
} as const satisfies {
  video: readonly (keyof Video)[];
  course: readonly (keyof TrainingCourse)[];
  cadre: readonly (keyof Cadre)[];
  award: readonly (keyof Award)[];
};

type ShownAsStored<Entry, Page extends keyof typeof SHOWN_AS_STORED> = Pick<Entry, (typeof SHOWN_AS_STORED)[Page][number] & keyof Entry>;

export interface TemplateData {
  home: {
    featured: ArticleCard[];
    latest: ArticleCard[];
    trained: number;
    classes: number;
    honoured: number;
    projects: ProjectCard[];
    videos: { url: string; title: string; publishedDate: string; poster: MediaAsset | null }[];
  };
  news: PageOf<ArticleCard> & { categories: LinkItem[] };
  article: {
    title: string;
    url: string;
    lead: string;
    body: Block[];
    figures: Figure[];
    author: string | null;
    publishedDate: string;
    updatedAt: string | null;
    cover: MediaAsset | null;
    coverCaption: string | null;
    seo: { title: string; description: string; image: string | null };
    category: LinkItem | null;
    tags: LinkItem[];
    /** Projects, courses, awards, videos: one titled list each, empty ones left out. */
    linked: { title: string; items: LinkItem[] }[];
    related: ArticleCard[];
  };
  category: PageOf<ArticleCard> & { name: string; slug: string; url: string; description: string };
  tag: PageOf<ArticleCard> & { name: string; slug: string };
  projects: {
    projects: (ProjectCard & { decision: string | null; summary: string })[];
  };
  project: {
    code: string;
    title: string;
    shortTitle: string;
    period: string | null;
    decision: string | null;
    statusLabel: string;
    summary: string;
    body: Block[];
    cover: MediaAsset | null;
    documents: MediaAsset[];
    /** Văn bản naming this project. */
    legalDocuments: DocumentRow[];
    articleCount: number;
    latestArticles: ArticleCard[];
    videos: { url: string; title: string; publishedDate: string }[];
  };
  videos: { videos: { url: string; title: string; publishedDate: string; durationSeconds: number | null; poster: MediaAsset | null }[] };
  video: ShownAsStored<Video, 'video'> & {
    project: { url: string; shortTitle: string } | null;
    articles: LinkItem[];
  };
  training: {
    courses: {
      url: string;
      title: string;
      kindLabel: string;
      levelLabel: string;
      startDate: string;
      endDate: string | null;
      classCount: number;
      participantCount: number;
    }[];
    byYear: { label: string; classes: number; participants: number }[];
    byLevel: { label: string; classes: number; participants: number }[];
  };
  course: ShownAsStored<TrainingCourse, 'course'> & {
    articles: LinkItem[];
    cadres: LinkItem[];
  };
  /** The directory and its filter pages (by district, by position). */
  cadres: CadreList;
  cadresByDistrict: CadreList;
  cadresByPosition: CadreList;
  cadre: ShownAsStored<Cadre, 'cadre'> & {
    /** Not the model's enumeration value: the title shown (positionTitle, else the position's label). */
    position: string;
    awards: LinkItem[];
    courses: LinkItem[];
  };
  awards: { awards: { url: string; title: string; levelLabel: string; period: string | null; total: number }[] };
  award: ShownAsStored<Award, 'award'> & {
    recipients: { url: string; fullName: string; position: string; district: string | null }[];
    articles: LinkItem[];
  };
  /** Văn bản: the list and its filter pages (by kind, by year), and each document. */
  legalDocuments: DocumentList;
  legalDocumentsByKind: DocumentList;
  legalDocumentsByYear: DocumentList;
  legalDocument: {
    title: string;
    url: string;
    kind: LinkItem;
    number: string | null;
    issuer: string | null;
    issuedDate: string;
    effectiveDate: string | null;
    summary: string;
    file: MediaAsset | null;
    projects: LinkItem[];
    articles: LinkItem[];
  };
  introduction: {
    functions: Block[];
    structure: Block[];
    leaders: LeaderView[];
    workingHours: string | null;
    contact: Contact;
  };
  english: {
    name: string;
    introduction: Block[];
    structure: Block[];
    leaders: LeaderView[];
    workingHours: string | null;
    contact: Contact;
  };
  search: Record<string, never>;
  notFound: Record<string, never>;
  rss: {
    title: string;
    description: string;
    items: { title: string; url: string; publishedDate: string; lead: string; author: string | null; category: string | null }[];
  };
  sitemap: { entries: { path: string; lastmod: string | null }[] };
}

export type Template = keyof TemplateData;

/** Templates that are HTML pages (the rest are feeds and files). */
export type PageTemplate = Exclude<Template, 'rss' | 'sitemap'>;

export interface Route<T extends Template = Template> {
  /** Site-relative, with the trailing slash pages have ('/tin-tuc/x/', '/rss.xml'). */
  path: string;
  template: T;
  /** When the content shown last changed, where known (for the sitemap). */
  lastmod: string | null;
  /** Pages readers should not find through search engines (the sitemap leaves them out). */
  noindex: boolean;
  data: TemplateData[T] & (T extends PageTemplate ? { chrome: Chrome } : unknown);
}

export type AnyRoute = { [T in Template]: Route<T> }[Template];
