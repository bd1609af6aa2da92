import type { PreviewTarget } from '@hoilhpn/preview-link';

/** What the preview server tells the page it renders (Astro.locals). Static builds have none. */
export interface PreviewLocals {
  preview?: PreviewTarget;
}

export function previewOf(locals: unknown): PreviewTarget | undefined {
  return (locals as PreviewLocals | undefined)?.preview;
}
