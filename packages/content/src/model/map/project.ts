import { asBlocks } from '../block-text.js';
import { PROJECT_STATUS_LABELS, labelOf } from '../labels.js';
import { routes } from '../routes.js';
import type { Project } from '../types.js';
import { uniqueByDocumentId } from '../../client/unique-by-document-id.js';
import type { MapContext } from './collector.js';
import { mediaAsset, withBlockImages } from './media.js';
import { entryPage } from './entry-page.js';
import type { RawNode } from './raw.js';

export function mapProject(node: RawNode<'projects'>, context: MapContext): Project {
  const where = `project "${node.title}"`;
  return {
    ...entryPage(node, routes.project),
    code: node.code,
    shortTitle: node.shortTitle ?? `Đề án ${node.code}`,
    period: node.period,
    startYear: node.startYear,
    endYear: node.endYear,
    decision: node.decision,
    summary: node.summary ?? '',
    body: withBlockImages(asBlocks(node.body), where, context),
    status: node.implementationStatus,
    statusLabel: labelOf(PROJECT_STATUS_LABELS, node.implementationStatus),
    cover: mediaAsset(node.cover, where, context, { fallback: node.title }),
    documents: uniqueByDocumentId(node.documents).map((file) => mediaAsset(file, where, context, { alt: file.name })!),
    updatedAt: node.updatedAt,
  };
}

/** By code, numerically ("Đề án 2" before "Đề án 10"). */
export const projectOrder = (a: Project, b: Project) => a.code.localeCompare(b.code, 'vi', { numeric: true });
