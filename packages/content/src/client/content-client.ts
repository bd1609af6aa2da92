import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, GraphQLClient } from 'graphql-request';
import { ContentFetchError } from './errors.js';
import { mapWithConcurrency } from './map-with-concurrency.js';
import { withRetries } from './retry.js';
import { uniqueByDocumentId, type HasDocumentId } from './unique-by-document-id.js';

export interface ContentClientOptions {
  /** The CMS's base URL, e.g. http://localhost:1337 */
  url: string;
  /** The site build's read-only API token (`pnpm --dir cms api-token`). */
  token?: string;
  /** Entries per request; Strapi's maxLimit caps it (100 here). */
  pageSize?: number;
  /** Requests in flight at once while paging. */
  concurrency?: number;
  retries?: number;
  retryDelayMs?: number;
  timeoutMs?: number;
  log?: (message: string) => void;
}

export interface PageInfo {
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export type PageQuery<Node> = { page: { nodes: Node[]; pageInfo: PageInfo } | null };
export type PageVariables = { page: number; pageSize: number };

/* Field or argument unknown to the server: the site's queries and the CMS disagree. */
const SCHEMA_MISMATCH = /Cannot query field|Unknown argument|Unknown type|Unknown fragment|on type .* has no field|Expected type|GRAPHQL_VALIDATION_FAILED/;

export class ContentClient {
  readonly endpoint: string;
  private readonly client: GraphQLClient;
  private readonly options: Required<Omit<ContentClientOptions, 'token' | 'log'>> & Pick<ContentClientOptions, 'log'>;

  constructor({ url, token, ...rest }: ContentClientOptions) {
    this.endpoint = `${url.replace(/\/+$/, '')}/graphql`;
    this.options = { url, pageSize: 100, concurrency: 3, retries: 4, retryDelayMs: 250, timeoutMs: 30_000, ...rest };
    this.client = new GraphQLClient(this.endpoint, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs) }),
    });
  }

  /** One request, retried with backoff while the CMS is unreachable or answers 5xx. */
  async request<Result, Variables extends object>(document: TypedDocumentNode<Result, Variables>, variables: Variables, label: string): Promise<Result> {
    try {
      return await withRetries(
        // graphql-request types its variables as a conditional rest tuple that a generic Variables cannot meet.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        () => this.client.request<Result>(document as any, variables as any),
        (error) => !(error instanceof ClientError) || error.response.status >= 500,
        {
          retries: this.options.retries,
          baseDelayMs: this.options.retryDelayMs,
          onRetry: (attempt, delayMs, error) => this.options.log?.(`CMS ${label}: attempt ${attempt} failed (${describe(error)}); retrying in ${delayMs} ms`),
        },
      );
    } catch (error) {
      throw this.explain(error, label);
    }
  }

  /**
   * Every entry of one list: the first page tells the total, the other pages
   * follow a few at a time, and anything short of the total is an error
   * (Strapi caps lists silently at its limits).
   */
  async fetchAll<Node extends HasDocumentId>(document: TypedDocumentNode<PageQuery<Node>, PageVariables>, label: string): Promise<Node[]> {
    return (await this.fetchList(document, label)).nodes;
  }

  /** fetchAll, with the total the CMS reported for the list (which the nodes are checked against). */
  async fetchList<Node extends HasDocumentId>(
    document: TypedDocumentNode<PageQuery<Node>, PageVariables>,
    label: string,
  ): Promise<{ nodes: Node[]; total: number }> {
    const pageSize = this.options.pageSize;
    const first = await this.request(document, { page: 1, pageSize }, `${label} page 1`);
    if (!first.page) throw new ContentFetchError('graphql', `CMS ${label}: no list in the answer from ${this.endpoint}.`);
    const { total, pageCount } = first.page.pageInfo;
    const pages = Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => index + 2);
    const rest = await mapWithConcurrency(pages, this.options.concurrency, async (page) => {
      const result = await this.request(document, { page, pageSize }, `${label} page ${page}`);
      return result.page?.nodes ?? [];
    });
    const nodes = uniqueByDocumentId([...first.page.nodes, ...rest.flat()]);
    if (nodes.length !== total) {
      throw new ContentFetchError(
        'short-count',
        `CMS ${label}: the CMS reports ${total} entries but returned ${nodes.length} (page size ${first.page.pageInfo.pageSize}, ${pageCount} pages). ` +
          'Strapi caps lists silently at its limits; refusing to build a partial site.',
      );
    }
    return { nodes, total };
  }

  private explain(error: unknown, label: string): Error {
    if (error instanceof ContentFetchError) return error;
    if (error instanceof ClientError) {
      const status = error.response.status;
      const messages = (error.response.errors ?? []).map((item) => item.message).join('; ');
      const codes = (error.response.errors ?? []).map((item) => String((item.extensions as { code?: string } | undefined)?.code ?? ''));
      if (status === 401 || status === 403 || codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED')) {
        return new ContentFetchError(
          'token-refused',
          `CMS ${label}: ${this.endpoint} refused the token (HTTP ${status}${messages ? `: ${messages}` : ''}). ` +
            'Set CMS_TOKEN to the site build token (`pnpm --dir cms api-token` prints it).',
          { cause: error },
        );
      }
      if (SCHEMA_MISMATCH.test(messages) || codes.includes('GRAPHQL_VALIDATION_FAILED')) {
        return new ContentFetchError(
          'schema-mismatch',
          `CMS ${label}: the CMS's GraphQL schema does not match the site's queries (${messages}). ` +
            'Update packages/content/schema.graphql from the CMS and run `pnpm --dir packages/content codegen`.',
          { cause: error },
        );
      }
      return new ContentFetchError('graphql', `CMS ${label}: HTTP ${status} from ${this.endpoint}: ${messages || 'no details'}`, { cause: error });
    }
    return new ContentFetchError(
      'unreachable',
      `CMS ${label}: ${this.endpoint} is unreachable after ${this.options.retries + 1} attempts (${describe(error)}). Is the CMS running? Check CMS_URL.`,
      { cause: error },
    );
  }
}

function describe(error: unknown): string {
  if (error instanceof ClientError) return `HTTP ${error.response.status}`;
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
