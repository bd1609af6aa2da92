import type { MediaAsset } from '../types.js';

/**
 * What mapping gathers besides the entries: the editors' mistakes (warnings)
 * and every use of a media file, both in the order the mappers meet them.
 * Passed to the mappers that can add to it, so a mapper's signature says
 * whether it warns or registers media.
 */
export class MapCollector {
  readonly warnings: string[] = [];
  readonly media: MediaAsset[] = [];

  warn(warning: string): void {
    this.warnings.push(warning);
  }

  /** Registers one use of a media file, so copyMedia copies it and rewrites its address. */
  useMedia(asset: MediaAsset): MediaAsset {
    this.media.push(asset);
    return asset;
  }
}

/** The mappers' shared input: where media URLs are relative to, and the collector. */
export interface MapContext {
  /** The CMS's address without a trailing slash. */
  readonly cmsBase: string;
  readonly collector: MapCollector;
}

export function mapContext(cmsUrl: string): MapContext {
  return { cmsBase: cmsUrl.replace(/\/+$/, ''), collector: new MapCollector() };
}
