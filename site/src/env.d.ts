declare namespace App {
  type PreviewLocals = import('./preview/preview-locals').PreviewLocals;
  /** What pages find in Astro.locals: the preview server's draft (scripts/preview-server.mjs types what it hands over by the same interface). */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Astro's Locals takes these members
  interface Locals extends PreviewLocals {}
}
