import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they travelled: node's http does not decode a compressed body. */
  body: Buffer;
}

/**
 * One request to a server on loopback, its path sent as written: a URL string
 * would be normalised ("/../" dropped, "%2e%2e" decoded) before it left, and
 * fetch() would decode the body, hiding what the server really sent.
 */
export function rawRequest(port: number, urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}
