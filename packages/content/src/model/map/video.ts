import { routes } from '../routes.js';
import type { Video } from '../types.js';
import { youtubeId } from '../youtube-id.js';
import type { MapContext } from './collector.js';
import { dateShown } from './dates.js';
import { mediaAsset } from './media.js';
import { entryPage } from './entry-page.js';
import type { RawNode } from './raw.js';
import { publishedId, type Published } from './related-ids.js';

export function mapVideo(node: RawNode<'videos'>, published: { projects: Published }, context: MapContext): Video {
  const id = youtubeId(node.youtubeUrl);
  if (node.youtubeUrl && !id) {
    context.collector.warn(`refused video URL: "${node.youtubeUrl}" in video "${node.title}" (${node.slug}) is not an allowed YouTube address`);
  }
  const where = `video "${node.title}"`;
  return {
    ...entryPage(node, routes.video),
    youtubeId: id,
    file: mediaAsset(node.file, where, context, { alt: node.title }),
    poster: mediaAsset(node.poster, where, context, { alt: `Ảnh bìa video ${node.title}` }),
    captions: mediaAsset(node.captions, where, context, { alt: 'Phụ đề' }),
    durationSeconds: node.durationSeconds,
    publishedDate: dateShown(node, 'video'),
    description: node.description ?? '',
    projectId: publishedId(node.project, published.projects),
    updatedAt: node.updatedAt,
  };
}
