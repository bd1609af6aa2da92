import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '@hoilhpn/testing/browser';
import { ADMINISTRATOR, NEWSROOM_EDITOR, REPORTER } from '../fixtures/newsroom-staff.js';
import { startLiveStack, type LiveStack } from '../harness/live-stack.js';
import { logIntoAdmin } from './admin-page.js';
import { strapiEnglish, type EnglishMatcher } from './strapi-english.js';

let stack: LiveStack;
const SCHEDULER_SECONDS = 15;
let browser: Browser;
let english: EnglishMatcher[];
/** Every host other than the CMS's that any page of this file asked for. */
const foreignRequests: string[] = [];

async function newEditorPage(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale, timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.cms.url });
  const cms = new URL(stack.cms.url);
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== cms.host) foreignRequests.push(request.url());
  });
  return { context, page: await context.newPage() };
}

const sessions = new Map<string, BrowserContext>();

/**
 * A new tab in the account's session. Strapi lets one email log in 5 times in
 * 5 minutes (its admin rate limit), so each account logs in once for the file.
 */
async function signedInPage(account: { email: string; password: string }): Promise<Page> {
  const session = sessions.get(account.email);
  if (session) return session.newPage();
  const { context, page } = await newEditorPage('vi-VN');
  await logIntoAdmin(page, stack.cms.url, account);
  sessions.set(account.email, context);
  return page;
}

/** An entry's edit form can be typed into once its title box is there. */
const titleBoxShown = (page: Page) => page.locator('input[name="title"]').waitFor({ timeout: 60_000 });

/** Opens a new entry's edit form. */
async function openNewEntry(page: Page, uid = 'api::article.article'): Promise<void> {
  await page.goto(`${stack.cms.url}/admin/content-manager/collection-types/${uid}/create`);
  await titleBoxShown(page);
}

/** Opens the first article of the list (the newest) in its edit form. */
async function openFirstArticle(page: Page): Promise<void> {
  await page.goto(`${stack.cms.url}/admin/content-manager/collection-types/api::article.article`);
  await page.locator('tbody tr').first().click({ timeout: 60_000 });
  await titleBoxShown(page);
}

/** A new article in the account's session, its title typed in. */
async function startArticle(account: { email: string; password: string }, heading: string): Promise<{ page: Page; title: Locator }> {
  const page = await signedInPage(account);
  await openNewEntry(page);
  const title = page.locator('input[name="title"]');
  await title.fill(heading);
  return { page, title };
}

/** The interface language the CMS keeps in an account's profile, as the administrator reads it through the admin API. */
async function staffLanguage(email: string): Promise<string | null> {
  const login = await fetch(`${stack.cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMINISTRATOR.email, password: ADMINISTRATOR.password }),
  });
  const { data } = (await login.json()) as { data: { token: string } };
  const users = await fetch(`${stack.cms.url}/admin/users?pageSize=100`, { headers: { Authorization: `Bearer ${data.token}` } });
  const { data: page } = (await users.json()) as { data: { results: { email: string; preferedLanguage: string | null }[] } };
  return page.results.find((user) => user.email === email)?.preferedLanguage ?? null;
}

/** The text a person sees or hears on the page: visible text nodes, the placeholders of empty fields, and visible elements' accessible labels. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (text && parent && parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) texts.add(text);
    }
    for (const field of Array.from(document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]'))) {
      if (field.checkVisibility() && !field.value) texts.add(field.placeholder.trim());
    }
    // What a screen reader says for buttons drawn as icons ("Close modal" on every dialog's ×).
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('[aria-label]'))) {
      const label = element.getAttribute('aria-label')!.replace(/\s+/g, ' ').trim();
      if (label && element.checkVisibility()) texts.add(label);
    }
    return [...texts];
  });
}

/** Strapi's English still on the page: "text ← the en.json message it comes from". */
async function englishOn(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const text of await visibleTexts(page)) {
    const match = english.find((matcher) => matcher.test(text));
    if (match) found.push(match.english === text ? text : `${text} ← ${match.english}`);
  }
  return found;
}

/** Waits until the admin has drawn the screen (its loaders gone, the heading there). */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1, h1').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], [role="progressbar"]'), undefined, { timeout: 30_000 }).catch(() => {});
}

beforeAll(async () => {
  if (!hasChromium) return;
  english = await strapiEnglish();
  // Not the default 20 s: the schedule fields' help text must give the interval the scheduler really has.
  stack = await startLiveStack({
    setupModule: path.join(__dirname, '..', 'fixtures', 'newsroom-staff.ts'),
    cmsEnv: { SCHEDULER_INTERVAL_SECONDS: String(SCHEDULER_SECONDS) },
  });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  for (const session of sessions.values()) await session.close();
  await browser?.close();
  await stack?.stop();
});

describe.skipIf(!hasChromium)('the admin in Vietnamese (Chromium)', () => {
  // A failed step says what the editor's tabs showed: the log is all CI keeps. Each test's tabs are closed after it.
  afterEach(async (context) => {
    for (const session of sessions.values()) {
      for (const page of session.pages()) {
        if (context.task.result?.state === 'fail') {
          const text = await page
            .locator('body')
            .innerText({ timeout: 2_000 })
            .catch((error: Error) => error.message);
          const path = `/tmp/admin-failure-${Date.now()}.png`;
          await page.screenshot({ path, fullPage: true }).catch(() => {});
          console.error(`[${context.task.name}] tab at ${page.url()} (screenshot ${path}):\n${text.slice(0, 3000)}`);
        }
        await page.close();
      }
    }
  });

  it('opens the login page in Vietnamese for a browser in any language, and keeps a language the person picks', async () => {
    for (const locale of ['vi-VN', 'en-US']) {
      const { context, page } = await newEditorPage(locale);
      await page.goto(`${stack.cms.url}/admin/auth/login`);
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 60_000 });
      expect(await englishOn(page), `login page, browser in ${locale}`).toEqual([]);
      expect(await page.evaluate(() => localStorage.getItem('strapi-admin-language'))).toBe('vi');
      await context.close();
    }
    // A browser that chose English keeps it: the default never overrides a choice.
    const { context, page } = await newEditorPage('vi-VN');
    await page.addInitScript(() => localStorage.setItem('strapi-admin-language', 'en'));
    await page.goto(`${stack.cms.url}/admin/auth/login`);
    await page.getByRole('button', { name: 'Login' }).waitFor({ timeout: 60_000 });
    await context.close();
  });

  /*
   * The screens a Biên tập viên works in all day. Each is opened as they open
   * it and every visible string is checked against Strapi's English.
   */
  const visit = (adminPath: string) => async (page: Page) => {
    await page.goto(`${stack.cms.url}${adminPath}`);
  };
  const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
    { name: 'home page', open: visit('/admin') },
    { name: 'article list', open: visit('/admin/content-manager/collection-types/api::article.article') },
    { name: 'new article', open: openNewEntry },
    { name: 'a published article (tabs, status, relations, slug check)', open: openFirstArticle },
    {
      name: 'the delete confirmation of an article',
      open: async (page) => {
        await openFirstArticle(page);
        // "Xoá mục" sits in one of the edit view's "Thao tác khác" menus.
        const menus = page.getByRole('button', { name: 'Thao tác khác' });
        for (let index = 0; index < (await menus.count()); index += 1) {
          await menus.nth(index).click();
          const remove = page.getByRole('menuitem', { name: /^Xoá mục/ });
          if ((await remove.count()) > 0) {
            await remove.click();
            await page.getByRole('alertdialog').waitFor({ timeout: 10_000 });
            return;
          }
          await page.keyboard.press('Escape');
        }
        throw new Error('no "Xoá mục" in the edit view\'s menus');
      },
    },
    {
      name: 'the link dialog of the body editor',
      open: async (page) => {
        await openNewEntry(page);
        const editor = page.locator('[role="textbox"][contenteditable="true"]').first();
        await editor.click();
        await page.keyboard.type('Liên hệ Hội');
        // The editor takes keys, and a selection, a moment after the browser has them: Slate copies the page's
        // selection into its own on a throttled event, and "Liên kết" does nothing while Slate's is still empty
        // (one CI run in three). So the words are selected as a person would, and the button is pressed again
        // until its dialog opens, re-selecting the words each time.
        await expect.poll(async () => editor.innerText(), { timeout: 10_000 }).toContain('Liên hệ Hội');
        const linkDialog = page.locator('input[name="rel"]');
        for (let attempt = 1; ; attempt += 1) {
          // The words are selected where they stand, as a mouse would, rather than with keys the editor may still be catching up on.
          await page.evaluate((words) => {
            const root = document.querySelector('[role="textbox"][contenteditable="true"]')!;
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent!.indexOf(words);
              if (at >= 0) return void getSelection()!.setBaseAndExtent(node, at, node, at + words.length);
            }
          }, 'Liên hệ Hội');
          await expect.poll(async () => page.evaluate(() => getSelection()?.toString()), { timeout: 5_000 }).toBe('Liên hệ Hội');
          await page.waitForTimeout(300);
          await page.getByRole('button', { name: 'Liên kết', exact: true }).click({ timeout: 30_000 });
          try {
            await linkDialog.waitFor({ timeout: 5_000 });
            return;
          } catch (error) {
            if (attempt === 4) throw error;
          }
        }
      },
    },
    { name: 'category list', open: visit('/admin/content-manager/collection-types/api::category.category') },
    { name: 'site settings', open: visit('/admin/content-manager/single-types/api::site-setting.site-setting') },
    { name: 'media library', open: visit('/admin/plugins/upload') },
    { name: 'profile', open: visit('/admin/me') },
  ];

  it('shows an editor no Strapi English on the screens they use', async () => {
    const page = await signedInPage(NEWSROOM_EDITOR);
    const english: Record<string, string[]> = {};
    for (const screen of SCREENS) {
      await screen.open(page);
      await settle(page);
      const found = await englishOn(page);
      if (found.length > 0) english[screen.name] = found;
    }
    await page.close();
    expect(english).toEqual({});
  });

  it('shows labels, not codes, and years as four digits; lists have a newsroom’s columns, newest first', async () => {
    const page = await signedInPage(NEWSROOM_EDITOR);
    const list = async (uid: string) => {
      await page.goto(`${stack.cms.url}/admin/content-manager/collection-types/${uid}`);
      await settle(page);
      await page.locator('tbody tr').first().waitFor({ timeout: 60_000 });
      return page.locator('tbody').innerText();
    };

    const cadres = await list('api::cadre.cadre');
    expect(cadres).toContain('Chủ tịch');
    expect(cadres).not.toMatch(/chu_tich|chi_hoi_truong/);

    const projects = await list('api::project.project');
    expect(projects).toMatch(/\b20\d\d\b/);
    expect(projects).not.toMatch(/\b2\.0\d\d\b/);
    expect(projects).toMatch(/Đang triển khai|Đã kết thúc/);
    expect(projects).not.toMatch(/dang_trien_khai|da_ket_thuc/);

    // The list asks the CMS for its entries sorted as configured (the address bar shows no sort until one is picked).
    const listRequest = page.waitForRequest(
      (request) => /\/content-manager\/collection-types\/api::article\.article\?/.test(decodeURIComponent(request.url())),
      { timeout: 60_000 },
    );
    await list('api::article.article');
    const asked = decodeURIComponent((await listRequest).url());
    expect(asked).toMatch(/sort=publishedDate:DESC/i);
    // Column titles are drawn in capitals by CSS.
    const headers = (await page.locator('thead th').allInnerTexts()).map((text) => text.trim().toLocaleLowerCase('vi')).filter(Boolean);
    const order = ['Tiêu đề', 'Ngày đăng', 'Chuyên mục', 'Hẹn giờ xuất bản', 'Hẹn giờ gỡ bài', 'Đường dẫn (slug)'].map((label) =>
      headers.findIndex((header) => header.startsWith(label.toLocaleLowerCase('vi'))),
    );
    expect(order, headers.join(' | ')).not.toContain(-1);
    expect(order, headers.join(' | ')).toEqual([...order].sort((a, b) => a - b));

    // A dropdown offers the labels.
    await openNewEntry(page, 'api::training-course.training-course');
    await page.getByRole('combobox', { name: /Loại lớp/ }).click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['Bồi dưỡng nghiệp vụ', 'Tập huấn kỹ năng', 'Khác']));
    expect(options.join(' | ')).not.toContain('_');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('hides what editors should not see: guided tour, Strapi Cloud, marketplace, the media library banner, the User type, "Edit the model"', async () => {
    for (const account of [ADMINISTRATOR, NEWSROOM_EDITOR]) {
      const page = await signedInPage(account);
      await page.goto(`${stack.cms.url}/admin`);
      await settle(page);
      const home = await page.locator('body').innerText();
      // The tour's own title, not any "Hướng dẫn": the demo's documents and edited entries may be guides.
      expect(home).not.toMatch(/Hướng dẫn từng bước|guided tour|Discover your application|Strapi Cloud|Deploy|Triển khai/i);
      expect(home).not.toMatch(/Thư viện media mới|new Media Library/i);
      expect(await page.locator('a[href*="market.strapi.io"], a[href*="strapi.io"]').count()).toBe(0);
      await page.goto(`${stack.cms.url}/admin/content-manager/collection-types/api::article.article`);
      await settle(page);
      const nav = await page.getByRole('navigation').allInnerTexts();
      expect(nav.join('\n')).toMatch(/Bài viết/);
      expect(nav.join('\n')).not.toMatch(/^User$/m);
      if (account === NEWSROOM_EDITOR) {
        await page.locator('tbody tr').first().click({ timeout: 60_000 });
        await page.locator('input[name="title"]').waitFor({ timeout: 60_000 });
        await page
          .getByRole('button', { name: /Thao tác khác|More actions/ })
          .first()
          .click();
        const menu = await page.getByRole('menu').innerText();
        expect(menu).not.toMatch(/Sửa cấu trúc|Edit the model/);
        expect(await page.locator('a[href*="content-type-builder"]').count()).toBe(0);
      }
      await page.close();
    }
    expect(foreignRequests).toEqual([]);
  });

  it('refuses a program, a renamed one and an SVG with a script in the media library, in Vietnamese, and keeps none of them', async () => {
    const page = await signedInPage(NEWSROOM_EDITOR);
    await page.goto(`${stack.cms.url}/admin/plugins/upload`);
    await settle(page);
    // A Windows program starts with "MZ"; the SVG is a real image that would run its script on the CMS's origin.
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>');
    // Strapi 5.54's media library uploads what the file chooser gives at once, and lists each refusal in its upload panel.
    // An empty library offers "Thêm tệp" itself; one with files (the demo's documents) has "Tải tệp lên" in its "Mới" menu.
    const addFiles = page.getByRole('button', { name: 'Thêm tệp' });
    const newMenu = page.getByRole('button', { name: 'Mới' });
    // Whichever the library draws, once it has drawn (a loaded machine takes a while).
    await expect.poll(async () => (await addFiles.count()) + (await newMenu.count()), { timeout: 90_000 }).toBeGreaterThan(0);
    const chooser = page.waitForEvent('filechooser');
    if ((await addFiles.count()) > 0) await addFiles.first().click();
    else {
      await newMenu.click();
      await page.getByRole('menuitem', { name: 'Tải tệp lên' }).click();
    }
    await (
      await chooser
    ).setFiles([
      { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: program },
      { name: 'hoa-don.pdf', mimeType: 'application/pdf', buffer: program },
      { name: 'logo-hoi.svg', mimeType: 'image/svg+xml', buffer: svg },
    ]);
    const refusals = [
      'Tải lên không thành công',
      'Tệp "setup.exe" không được phép tải lên: chỉ nhận ảnh (JPG, PNG, WebP, GIF, AVIF), PDF',
      'Tệp "hoa-don.pdf" không được phép tải lên: tên tệp có đuôi .pdf nhưng nội dung không phải tệp PDF.',
      'Tệp "logo-hoi.svg" không được phép tải lên: không nhận ảnh SVG',
    ];
    await expect
      .poll(
        async () => {
          const text = await page.locator('body').innerText();
          return refusals.filter((refusal) => !text.includes(refusal));
        },
        { timeout: 30_000 },
      )
      .toEqual([]);
    expect(await englishOn(page)).toEqual([]);
    await page.goto(`${stack.cms.url}/admin/plugins/upload`);
    await settle(page);
    const library = await page.locator('main').innerText();
    for (const name of ['setup', 'hoa-don', 'logo-hoi']) expect(library).not.toContain(name);
    await page.close();
    expect(foreignRequests).toEqual([]);
  });

  it('refuses a schedule time in the past, naming the field and the time; the help text gives the scheduler’s real interval', async () => {
    const { page } = await startArticle(NEWSROOM_EDITOR, 'Tin hẹn giờ nhầm ngày');
    const schedule = page.getByRole('group', { name: 'Hẹn giờ xuất bản' });
    await schedule.waitFor({ timeout: 30_000 });
    const text = await page.locator('body').innerText();
    expect(text).toContain(`chậm nhất khoảng ${SCHEDULER_SECONDS} giây sau giờ hẹn`);
    expect(text).not.toContain('khoảng 20 giây');
    // The boxes are named in Vietnamese for screen readers (patches/README.md), and typed into key by key as an
    // editor does: each key moves the open calendar, Enter takes its date. Picking a date sets the time to 00:00
    // a moment later, which can overwrite a time typed at once, so each box is typed again until it holds.
    const dateBox = schedule.getByRole('combobox', { name: 'Chọn ngày' });
    const timeBox = schedule.getByRole('combobox', { name: 'Chọn giờ' });
    const typeUntilHeld = async (box: typeof dateBox, value: string) => {
      await expect
        .poll(
          async () => {
            if ((await box.inputValue()) !== value) {
              await box.click();
              await box.press('Control+A');
              await box.press('Backspace');
              await box.pressSequentially(value, { delay: 40 });
              await box.press('Enter');
            }
            return box.inputValue();
          },
          { timeout: 20_000, interval: 500 },
        )
        .toBe(value);
    };
    await typeUntilHeld(dateBox, '01/01/2020');
    await typeUntilHeld(timeBox, '08:00');
    await typeUntilHeld(dateBox, '01/01/2020');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const refusal =
      '"Hẹn giờ xuất bản" (08:00 01/01/2020, giờ Việt Nam) đã qua. Hãy chọn một thời điểm sau bây giờ, hoặc xoá hẹn giờ và bấm Xuất bản để đăng ngay.';
    await expect.poll(async () => page.locator('body').innerText(), { timeout: 15_000 }).toContain(refusal);
    // Nothing was stored: the form is still the new entry's.
    expect(new URL(page.url()).pathname).toMatch(/\/create$/);
    // The clear buttons are Vietnamese too.
    expect(await schedule.getByRole('button', { name: 'Xoá ngày' }).count()).toBe(1);
    await page.close();
    expect(foreignRequests).toEqual([]);
  });

  it('attaches the tags an editor creates from a new article\'s "Thẻ" box, and asks in Vietnamese before publishing it with a draft tag', async () => {
    const { page, title } = await startArticle(NEWSROOM_EDITOR, 'Hội viên bán nông sản qua mạng');
    await page.locator('textarea[name="lead"]').fill('Sapo của tin.');
    // Neither tag exists yet: each is made in Strapi's "Tạo mục liên kết" window, one kept as a draft, one published.
    const tagsBox = page.locator('input[name="tags"]');
    for (const [tag, button] of [
      ['Nông sản sạch', 'Lưu'],
      ['Chợ phiên số', 'Xuất bản'],
    ] as const) {
      const dialog = page.getByRole('dialog');
      // The option sits in a list the box fills as it searches: a click while the list redraws can miss it, so the
      // editor's two clicks are repeated until the window is open.
      await expect
        .poll(
          async () => {
            if ((await dialog.count()) === 0) {
              await tagsBox.click({ timeout: 60_000 });
              await page
                .getByRole('option', { name: 'Tạo mục liên kết' })
                .click({ timeout: 10_000 })
                .catch(() => {});
            }
            return dialog.locator('input[name="name"]').isVisible();
          },
          { timeout: 60_000, interval: 3_000 },
        )
        .toBe(true);
      await dialog.locator('input[name="name"]').fill(tag);
      await dialog.getByRole('button', { name: button, exact: true }).click();
      // Once stored, the window shows the new tag as an entry to edit.
      await dialog.getByText('Sửa mục liên kết').waitFor({ timeout: 30_000 });
      // The window's × is read out in Vietnamese too (the design system said "Close modal").
      expect(await dialog.getByRole('button', { name: 'Đóng', exact: true }).count()).toBeGreaterThan(0);
      expect(await englishOn(page), 'the relation window').toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached', timeout: 10_000 });
      await expect.poll(async () => page.locator('main').innerText(), { timeout: 10_000 }).toContain(tag);
    }
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.waitForURL((url) => /api::article\.article\/[a-z0-9]{20,}/.test(url.pathname), { timeout: 30_000 });
    // Stored with the article, not only shown: a fresh load of the entry lists both.
    await page.reload();
    await title.waitFor({ timeout: 60_000 });
    await expect.poll(async () => page.locator('main').innerText(), { timeout: 30_000 }).toMatch(/Nông sản sạch[\s\S]*Chợ phiên số/);
    // One tag is a draft: Strapi asks before publishing without it, in Vietnamese.
    await page.locator('[role="textbox"][contenteditable="true"]').first().click();
    await page.keyboard.type('Nội dung của tin.');
    await page.getByRole('button', { name: 'Xuất bản', exact: true }).click({ timeout: 30_000 });
    const question = page.getByRole('alertdialog');
    await expect
      .poll(async () => (await question.count()) > 0 && (await question.innerText()), { timeout: 15_000 })
      .toContain('1 mục liên kết còn là bản nháp. Chúng sẽ hiện trên trang khi được xuất bản.');
    expect(await englishOn(page)).toEqual([]);
    await question.getByRole('button', { name: 'Huỷ' }).click();
    await page.close();
    expect(foreignRequests).toEqual([]);
  });

  it('lets an administrator invite a Phóng viên and copy the whole registration link; the language she picks on the registration page is kept in her profile', async () => {
    const page = await signedInPage(ADMINISTRATOR);
    await page.goto(`${stack.cms.url}/admin/settings/users?pageSize=10&page=1&sort=firstname`);
    await page.getByRole('button', { name: 'Mời người dùng mới' }).click({ timeout: 60_000 });
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="firstname"]').fill('Lò Thị');
    await dialog.locator('input[name="lastname"]').fill('Mai');
    await dialog.locator('input[name="email"]').fill('lo-thi-mai@example.vn');
    await dialog.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Phóng viên' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Mời người dùng' }).click();
    const copy = dialog.getByRole('button', { name: 'Sao chép vào clipboard' });
    await copy.click({ timeout: 15_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The dialog shows the link cut short; what is copied is all of it, and it opens the registration form.
    expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin\/auth\/register\?registrationToken=[0-9a-f]{20,}$/);
    expect(copied.startsWith(stack.cms.url)).toBe(true);
    expect(await dialog.innerText()).not.toContain(copied);
    // The invited person opens it in their own browser.
    const { context: invitedBrowser, page: invited } = await newEditorPage('vi-VN');
    await invited.goto(copied);
    await invited.locator('input[name="password"]').waitFor({ timeout: 60_000 });
    // The token in the copied link is the invitation's whole token: the CMS knows whom it invites.
    const token = new URL(copied).searchParams.get('registrationToken');
    const info = await fetch(`${stack.cms.url}/admin/registration-info?registrationToken=${token}`);
    expect(info.status).toBe(200);
    expect(((await info.json()) as { data: { email: string } }).data.email).toBe('lo-thi-mai@example.vn');
    // She reads English better: she picks it on the registration page, and it is what her profile keeps.
    await invited.getByRole('combobox').filter({ hasText: 'Tiếng Việt' }).click();
    await invited.getByRole('option', { name: 'English' }).click();
    await invited.locator('input[name="password"]').fill('Mat-khau-2026');
    await invited.locator('input[name="confirmPassword"]').fill('Mat-khau-2026');
    await invited.locator('button[type="submit"]').click();
    await invited.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
    // After a reload Strapi applies the profile's language again: still English.
    await invited.reload();
    await expect.poll(async () => (await invited.getByRole('navigation').allInnerTexts()).join('\n'), { timeout: 60_000 }).toContain('Content Manager');
    expect(await staffLanguage('lo-thi-mai@example.vn')).toBe('en');
    await invitedBrowser.close();
    await page.close();
    expect(foreignRequests).toEqual([]);
  });

  it('lets a Phóng viên save a draft but not publish it', async () => {
    const { page } = await startArticle(REPORTER, 'Bài của phóng viên chờ duyệt');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL((url) => /api::article\.article\/[a-z0-9]{20,}/.test(url.pathname), { timeout: 30_000 });
    await expect.poll(async () => page.getByRole('button', { name: 'Xuất bản' }).isDisabled(), { timeout: 15_000 }).toBe(true);
    await page.close();
    expect(foreignRequests).toEqual([]);
  });
});
