import type { Page } from 'playwright-core';

/** The admin's login form, as an editor fills it in. */
export async function logIntoAdmin(page: Page, cmsUrl: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
}
