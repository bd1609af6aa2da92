import type { PreviewTarget } from '@hoilhpn/preview-link';
import type { ContentClient } from './client/content-client.js';
import {
  ArticleDraftDocument,
  AwardDraftDocument,
  CadreDraftDocument,
  LegalDocumentDraftDocument,
  ProjectDraftDocument,
  TrainingCourseDraftDocument,
  VideoDraftDocument,
} from './generated/graphql.js';
import type { RawSiteData } from './model/map-site-data.js';

type NodeOf<Key extends keyof RawSiteData> = RawSiteData[Key] extends (infer Node)[] ? Node : never;

/** Reads one draft by documentId (the preview token's privilege) and puts it among the published entries, replacing its published version. */
async function withDraft<Key extends keyof RawSiteData>(
  raw: RawSiteData,
  key: Key,
  fetchDraft: () => Promise<{ entry: NodeOf<Key> | null }>,
  prepare: (node: NodeOf<Key>) => unknown = (node) => node,
): Promise<RawSiteData | null> {
  const { entry } = await fetchDraft();
  if (!entry) return null;
  const list = raw[key] as unknown as { documentId: string }[];
  const draft = prepare(entry) as { documentId: string };
  return { ...raw, [key]: [draft, ...list.filter((node) => node.documentId !== draft.documentId)] };
}

/** A draft never published has no date yet: it shows the moment it would go out if published now. */
const datedNow = (node: { publishedDate: string | null; publishedAt: string | null }) => ({
  ...node,
  publishedDate: node.publishedDate ?? new Date().toISOString(),
});

/**
 * The site's data as it would be if this draft were published: `published`
 * (from fetchRawSiteData with the same client) with the draft in it. Null when
 * the CMS has no such document.
 */
export async function withPreviewDraft(client: ContentClient, published: RawSiteData, target: PreviewTarget): Promise<RawSiteData | null> {
  const variables = { documentId: target.documentId };
  const label = `draft ${target.type} ${target.documentId}`;
  switch (target.type) {
    case 'article':
      return withDraft(published, 'articles', () => client.request(ArticleDraftDocument, variables, label), datedNow);
    case 'video':
      return withDraft(published, 'videos', () => client.request(VideoDraftDocument, variables, label), datedNow);
    case 'project':
      return withDraft(published, 'projects', () => client.request(ProjectDraftDocument, variables, label));
    case 'training-course':
      return withDraft(published, 'trainingCourses', () => client.request(TrainingCourseDraftDocument, variables, label));
    case 'cadre':
      return withDraft(published, 'cadres', () => client.request(CadreDraftDocument, variables, label));
    case 'award':
      return withDraft(published, 'awards', () => client.request(AwardDraftDocument, variables, label));
    case 'legal-document':
      return withDraft(published, 'legalDocuments', () => client.request(LegalDocumentDraftDocument, variables, label));
  }
}
