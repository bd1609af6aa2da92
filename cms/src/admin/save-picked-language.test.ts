import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY } from './browser-defaults';
import { savePickedLanguage, type SignInBrowser } from './save-picked-language';

/** A browser whose server answers sign-ins with a token and records every request. */
function browserAt(language: string | null) {
  const stored = new Map<string, string>(language ? [[LANGUAGE_KEY, language]] : []);
  const requests: { path: string; method: string; body?: string; authorization?: string }[] = [];
  const browser: SignInBrowser = {
    location: { href: 'http://cms.test/admin/auth/login' },
    localStorage: { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => void stored.set(key, value) },
    fetch: async (input, init) => {
      const url = new URL(String(input), 'http://cms.test');
      requests.push({ path: url.pathname, method: init?.method ?? 'GET', body: init?.body, authorization: init?.headers?.Authorization });
      const failed = url.pathname === '/admin/login' && init?.body?.includes('wrong');
      const answer = url.pathname === '/admin/logout' ? { data: {} } : { data: { token: 'access-token', user: { preferedLanguage: 'vi' } } };
      return { ok: !failed, clone: () => ({ json: async () => answer }) };
    },
  };
  const pick = (value: string) => stored.set(LANGUAGE_KEY, value);
  const saves = () => requests.filter((request) => request.path === '/admin/users/me' && request.method === 'PUT');
  return { browser, pick, requests, saves };
}

describe('savePickedLanguage', () => {
  it('saves a language picked on the login page to the profile, with the new token, before the login answer is used', async () => {
    const { browser, pick, requests, saves } = browserAt('vi');
    savePickedLanguage(browser);
    pick('en');
    await browser.fetch('/admin/login', { method: 'POST', body: '{"email":"a@b.vn"}' });
    expect(saves()).toEqual([{ path: '/admin/users/me', method: 'PUT', body: '{"preferedLanguage":"en"}', authorization: 'Bearer access-token' }]);
    expect(requests.map((request) => request.path)).toEqual(['/admin/login', '/admin/users/me']);
  });

  it('leaves the profile alone when nothing was picked, when the sign-in failed, and for other requests', async () => {
    const { browser, pick, saves } = browserAt('vi');
    savePickedLanguage(browser);
    await browser.fetch('/admin/login', { method: 'POST', body: '{}' });
    pick('en');
    await browser.fetch('/admin/login', { method: 'POST', body: '{"password":"wrong"}' });
    await browser.fetch('/admin/users/me');
    await browser.fetch('/content-manager/collection-types/api::article.article', { method: 'POST', body: '{}' });
    expect(saves()).toEqual([]);
  });

  it('saves a pick made on the registration page', async () => {
    const { browser, pick, saves } = browserAt('vi');
    savePickedLanguage(browser);
    pick('en');
    await browser.fetch('http://cms.test/admin/register', { method: 'POST', body: '{}' });
    expect(saves().map((request) => request.body)).toEqual(['{"preferedLanguage":"en"}']);
  });

  it('does not give the next person the language the last one left at sign-out', async () => {
    const { browser, pick, saves } = browserAt('vi');
    savePickedLanguage(browser);
    // The first person's profile says English: Strapi switches to it after they sign in, then they sign out.
    await browser.fetch('/admin/login', { method: 'POST', body: '{}' });
    pick('en');
    await browser.fetch('/admin/logout', { method: 'POST' });
    // The next person signs in without touching the language.
    await browser.fetch('/admin/login', { method: 'POST', body: '{}' });
    expect(saves()).toEqual([]);
  });
});
