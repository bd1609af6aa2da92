export type ContentErrorKind = 'unreachable' | 'token-refused' | 'short-count' | 'schema-mismatch' | 'capped-relation' | 'graphql';

/** Every way fetching the CMS can fail, with a message that says what to do. */
export class ContentFetchError extends Error {
  constructor(
    readonly kind: ContentErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ContentFetchError';
  }
}
