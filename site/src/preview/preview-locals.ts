import type { SiteData } from '@hoilhpn/content';
import type { PreviewTarget } from '@hoilhpn/preview-link';

/**
 * What the preview server hands the page it renders (Astro.locals): the
 * signed target, and the site's model with the draft in it, from which the
 * draft's route is computed by the built site's own routing code. Static
 * builds have neither.
 */
export interface PreviewLocals {
  preview?: PreviewTarget;
  previewModel?: SiteData;
}
