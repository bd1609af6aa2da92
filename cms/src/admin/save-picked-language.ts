import { LANGUAGE_KEY, type KeyValueStore } from './browser-defaults';

type Fetch = (
  input: string | URL | { url: string },
  init?: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<{ ok: boolean; clone(): { json(): Promise<unknown> } }>;

/** The requests that sign a person in (and answer with their token), and the one that signs them out. */
const SIGN_IN_PATHS = new Set(['/admin/login', '/admin/register', '/admin/register-admin']);
const SIGN_OUT_PATH = '/admin/logout';

export interface SignInBrowser {
  fetch: Fetch;
  localStorage: KeyValueStore;
  location: { href: string };
}

function requestOf(input: Parameters<Fetch>[0], init: Parameters<Fetch>[1], base: string): { path: string; method: string } {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, base);
  const method = (init?.method ?? (typeof input === 'object' && 'method' in input ? String((input as { method: unknown }).method) : 'GET')).toUpperCase();
  return { path: url.pathname, method };
}

/**
 * Strapi switches the admin to the profile's language at each sign-in, so a
 * language picked on the login or registration page lasted until the
 * password was accepted. When the language was changed on the sign-in page
 * (it differs from what the page opened with, or from what the last person
 * signing out left), it is saved to the profile before Strapi reads it.
 */
export function savePickedLanguage(browser: SignInBrowser): void {
  const original = browser.fetch.bind(browser) as Fetch;
  let shownAtSignIn = browser.localStorage.getItem(LANGUAGE_KEY);
  browser.fetch = (async (input, init) => {
    const { path, method } = requestOf(input, init, browser.location.href);
    const picked = browser.localStorage.getItem(LANGUAGE_KEY);
    const response = await original(input, init);
    if (method !== 'POST') return response;
    if (path === SIGN_OUT_PATH) shownAtSignIn = browser.localStorage.getItem(LANGUAGE_KEY);
    if (!SIGN_IN_PATHS.has(path) || !response.ok || !picked || picked === shownAtSignIn) return response;
    const answer = (await response
      .clone()
      .json()
      .catch(() => null)) as { data?: { token?: unknown } } | null;
    const token = answer?.data?.token;
    if (typeof token === 'string') {
      // Before Strapi asks for the profile: then it applies the picked language, not the old one.
      await original(new URL('/admin/users/me', browser.location.href).toString(), {
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ preferedLanguage: picked }),
      }).catch(() => undefined);
      shownAtSignIn = picked;
    }
    return response;
  }) as Fetch;
}
