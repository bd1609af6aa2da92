import type {
  ArticlesPageQuery,
  AwardsPageQuery,
  CadresPageQuery,
  CategoriesPageQuery,
  IntroductionQuery,
  LegalDocumentsPageQuery,
  ProjectsPageQuery,
  SiteSettingsQuery,
  TagsPageQuery,
  TrainingCoursesPageQuery,
  VideosPageQuery,
} from '../../generated/graphql.js';

type NodeOf<Q> = Q extends { page: { nodes: Array<infer N> } | null } ? N : never;

/** Everything the CMS gave, one array per type (see load-site-data.ts). */
export interface RawSiteData {
  articles: NodeOf<ArticlesPageQuery>[];
  categories: NodeOf<CategoriesPageQuery>[];
  tags: NodeOf<TagsPageQuery>[];
  projects: NodeOf<ProjectsPageQuery>[];
  videos: NodeOf<VideosPageQuery>[];
  trainingCourses: NodeOf<TrainingCoursesPageQuery>[];
  cadres: NodeOf<CadresPageQuery>[];
  awards: NodeOf<AwardsPageQuery>[];
  legalDocuments: NodeOf<LegalDocumentsPageQuery>[];
  settings: SiteSettingsQuery['siteSetting'];
  /** Null until editors publish Giới thiệu; hand-made data (tests, the benchmark's) may leave it out. */
  introduction?: IntroductionQuery['introduction'];
}

/** One CMS entry of a list in RawSiteData. */
export type RawNode<K extends Exclude<keyof RawSiteData, 'settings' | 'introduction'>> = RawSiteData[K][number];
