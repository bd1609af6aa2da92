/** What the admin panel does when an editor works: the content manager's HTTP API, logged in. */
export class EditorClient {
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

  private async call(method: string, path: string, body?: unknown, base = '/content-manager/collection-types/api::article.article'): Promise<any> {
    const response = await fetch(`${this.cmsUrl}${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  async createDraft(data: Record<string, unknown>): Promise<string> {
    return (await this.call('POST', '', data)).data.documentId;
  }

  publish(documentId: string, data: Record<string, unknown> = {}) {
    return this.call('POST', `/${documentId}/actions/publish`, data);
  }

  update(documentId: string, data: Record<string, unknown>) {
    return this.call('PUT', `/${documentId}`, data);
  }

  unpublish(documentId: string) {
    return this.call('POST', `/${documentId}/actions/unpublish`, {});
  }

  delete(documentId: string) {
    return this.call('DELETE', `/${documentId}`);
  }

  /** Uploads one file through the media library, as the admin does (multipart `files` and `fileInfo`); returns its row. */
  async upload(name: string, bytes: Buffer, type: string, fileInfo: { alternativeText?: string; caption?: string } = {}): Promise<{ id: number; url: string }> {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
    form.append('fileInfo', JSON.stringify({ name, ...fileInfo }));
    const response = await fetch(`${this.cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${this.token}` }, body: form });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST /upload ${name}: HTTP ${response.status} ${text}`);
    return (JSON.parse(text) as { id: number; url: string }[])[0]!;
  }

  /** A media library file's row, as the admin reads it. */
  async file(id: number): Promise<{ id: number; url: string; size: number; mime: string }> {
    const response = await fetch(`${this.cmsUrl}/upload/files/${id}`, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new Error(`GET /upload/files/${id}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: number; url: string; size: number; mime: string };
  }

  /** Deletes a media library file (row and stored files). */
  async deleteFile(id: number): Promise<void> {
    const response = await fetch(`${this.cmsUrl}/upload/files/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new Error(`DELETE /upload/files/${id}: HTTP ${response.status} ${await response.text()}`);
  }

  /** Saves and publishes the site settings (a single type), as the editor's Save then Publish. */
  async publishSiteSettings(data: Record<string, unknown>) {
    const base = '/content-manager/single-types/api::site-setting.site-setting';
    await this.call('PUT', '', data, base);
    return this.call('POST', '/actions/publish', data, base);
  }
}
