import { asBlocks } from '../block-text.js';
import type { Introduction } from '../types.js';
import type { MapContext } from './collector.js';
import { withBlockImages } from './media.js';
import type { RawSiteData } from './raw.js';
import { publishedIds, type Published } from './related-ids.js';

export type RawIntroduction = NonNullable<RawSiteData['introduction']>;

export function mapIntroduction(about: RawIntroduction, published: { cadres: Published }, context: MapContext): Introduction {
  return {
    functions: withBlockImages(asBlocks(about.functions), 'introduction', context),
    structure: withBlockImages(asBlocks(about.structure), 'introduction', context),
    leaderIds: publishedIds(about.leaders, 'introduction leaders', published.cadres),
    workingHours: about.workingHours?.trim() || null,
    english: {
      name: about.nameEn?.trim() || null,
      introduction: withBlockImages(asBlocks(about.introductionEn), 'English introduction', context),
      structure: withBlockImages(asBlocks(about.structureEn), 'English introduction', context),
      address: about.addressEn?.trim() || null,
      workingHours: about.workingHoursEn?.trim() || null,
    },
    updatedAt: about.updatedAt ?? null,
  };
}
