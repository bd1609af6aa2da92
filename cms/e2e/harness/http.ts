import { startTestServer } from './strapi-server';

export interface GraphqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; error?: { name?: string } } }[];
}

export async function graphql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlResponse<T>> {
  const { url } = await startTestServer();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphqlResponse['errors'] };
  return { status: response.status, ...body };
}

export async function rest(pathAndQuery: string, init: RequestInit & { token?: string } = {}) {
  const { url } = await startTestServer();
  const { token, headers, ...rest } = init;
  const response = await fetch(`${url}${pathAndQuery}`, {
    ...rest,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string>) },
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}
