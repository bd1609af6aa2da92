/**
 * What the admin panel sends when an editor saves and publishes an article:
 * the content manager's HTTP API, logged in as an administrator (the same
 * calls as packages/rebuild/e2e/editor-client.ts).
 */
export class AdminClient {
  private token = '';

  constructor(private readonly cmsUrl: string) {}

  async login(email: string, password: string): Promise<void> {
    const response = await fetch(`${this.cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as { data?: { token?: string; accessToken?: string } };
    this.token = body.data?.token ?? body.data?.accessToken ?? '';
    if (!response.ok || !this.token) throw new Error(`admin login failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  }

  private async call(method: string, path: string, body?: unknown): Promise<any> {
    const response = await fetch(`${this.cmsUrl}/content-manager/collection-types/api::article.article${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : null;
  }

  /** Saves a new draft article; returns its document id. */
  async createDraft(data: Record<string, unknown>): Promise<string> {
    return (await this.call('POST', '', data)).data.documentId as string;
  }

  async publish(documentId: string): Promise<void> {
    await this.call('POST', `/${documentId}/actions/publish`, {});
  }
}
