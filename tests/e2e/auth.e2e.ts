import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  allowConsoleErrors,
  demoPassword,
  demoUsers,
  expectAnnouncement,
  expectHeading,
  expectNoAxeViolations,
  useBrowser,
  openPage,
  pageLanguage,
  screenshot,
  signIn,
  signOut,
  visit,
} from './browser';

const browser = useBrowser();

function navigationLinks(page: Page): Promise<string[]> {
  return page.locator('nav.shell-nav a').allInnerTexts();
}

describe('signing in', () => {
  test('an anonymous visit to a page asks for sign-in and then returns to that page', async () => {
    const { page } = await openPage(browser());
    await visit(page, '/admin/users');

    const loginUrl = new URL(page.url());
    expect(loginUrl.pathname).toBe('/login');
    expect(loginUrl.searchParams.get('redirectTo')).toBe('/admin/users');
    await expectHeading(page, 'Sign in');
    await expectNoAxeViolations(page);
    await screenshot(page, 'login-en');

    await signIn(page, demoUsers.admin.email);
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await expectHeading(page, 'Staff accounts');
  });

  const adminLinks = ['Home', 'Staff accounts', 'Activity log'];
  // Segments are read by every role that works with customers; clients and their
  // paths by managers and coaches; a coach's own day only by coaches.
  const managerLinks = ['Home', 'Clients', 'Segments', 'Service paths'];
  const coachLinks = ['Home', 'My work', 'Clients', 'Segments', 'Service paths'];
  const journeys = [
    { user: demoUsers.admin, links: adminLinks },
    { user: demoUsers.manager, links: managerLinks },
    { user: demoUsers.coach, links: coachLinks },
    { user: demoUsers.coach2, links: coachLinks },
    { user: demoUsers.partner, links: ['Home', 'Segments'] },
  ];

  test.each(journeys)(
    '$user.email sees their name and only what the role may use, and can sign out',
    async ({ user, links }) => {
      const { page } = await openPage(browser());
      await signIn(page, user.email);

      expect(new URL(page.url()).pathname).toBe('/');
      await expect(page.locator('header .user-name').innerText()).resolves.toContain(user.name);
      await expectHeading(page, `Welcome, ${user.name}`);
      expect(await navigationLinks(page)).toEqual(links);
      await expectNoAxeViolations(page);
      await screenshot(page, `home-${user.role}`);

      if (user.role !== 'admin') {
        // The browser reports the 403 document as a failed resource load.
        allowConsoleErrors(page, /status of 403/);
        for (const path of ['/admin/users', '/admin/activity', '/admin/users/new']) {
          const response = await visit(page, path);
          expect(response.status(), path).toBe(403);
          await expectHeading(page, 'No access');
        }
        // The navigation stays, so the user can find their way back.
        expect(await navigationLinks(page)).toEqual(links);
        await expectNoAxeViolations(page);
        await screenshot(page, `forbidden-${user.role}`);
      }

      await signOut(page);
      expect(new URL(page.url()).searchParams.get('signedOut')).toBe('1');
      await expectAnnouncement(page, 'status', 'You have signed out.');

      await visit(page, '/');
      expect(new URL(page.url()).pathname).toBe('/login');
      await expect(page.locator('nav.shell-nav').count()).resolves.toBe(0);
    },
  );

  test('the signed-out page can be checked by axe', async () => {
    const { page } = await openPage(browser(), { locale: 'fi-FI' });
    await visit(page, '/login?signedOut=1');
    expect(await pageLanguage(page)).toBe('fi');
    await expectAnnouncement(page, 'status', 'Olet kirjautunut ulos.');
    await expectNoAxeViolations(page);
  });
});

describe('a failed sign-in', () => {
  const cases = [
    {
      locale: 'en-US',
      message: 'The email address or password is wrong.',
    },
    {
      locale: 'fi-FI',
      message: 'Sähköpostiosoite tai salasana on väärin.',
    },
  ] as const;

  test.each(cases)(
    '($locale) says the same for a wrong password and an unknown account, and keeps the email',
    async ({ locale, message }) => {
      const { page } = await openPage(browser(), { locale });
      // The app answers a failed sign-in with 401, which the browser reports as a failed load.
      allowConsoleErrors(page, /status of 401/);

      for (const email of [demoUsers.coach2.email, 'nobody@example.org']) {
        await visit(page, '/login');
        await page.locator('input[name="email"]').fill(email);
        await page.locator('input[name="password"]').fill('not-the-password');
        await page.locator('input[name="password"]').press('Enter');

        await expectAnnouncement(page, 'alert', message);
        expect(new URL(page.url()).pathname).toBe('/login');
        await expect(page.locator('input[name="email"]').inputValue()).resolves.toBe(email);
      }
      await expectNoAxeViolations(page);
      await screenshot(page, `login-failed-${locale}`);
    },
  );

  test('without JavaScript the server keeps the email and shows the message', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    allowConsoleErrors(page, /status of 401/);
    await visit(page, '/login');
    await page.locator('input[name="email"]').fill(demoUsers.coach2.email);
    await page.locator('input[name="password"]').fill('not-the-password');
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    expect(response.status()).toBe(401);
    await expectAnnouncement(page, 'alert', 'The email address or password is wrong.');
    await expect(page.locator('input[name="email"]').inputValue()).resolves.toBe(
      demoUsers.coach2.email,
    );
    // The server never sends a password back to the page.
    await expect(page.locator('input[name="password"]').inputValue()).resolves.toBe('');
  });
});

describe('keyboard', () => {
  test('the login form is reachable with Tab in reading order and submits with Enter', async () => {
    const { page } = await openPage(browser());
    await visit(page, '/login');

    const order: string[] = [];
    for (let step = 0; step < 8; step += 1) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return 'body';
          if (element instanceof HTMLInputElement) return `input:${element.name}`;
          if (element.classList.contains('skip-link')) return 'skip-link';
          return `${element.tagName.toLowerCase()}:${element.innerText.trim()}`;
        }),
      );
    }
    const controls = [
      'button:Suomi',
      'button:English',
      'input:email',
      'input:password',
      'button:Sign in',
    ];
    const reached = order.filter((entry) => controls.includes(entry)).slice(0, controls.length);
    expect(reached).toEqual(controls);
    // A skip link, when present, must come first, before the controls it skips.
    const skip = order.indexOf('skip-link');
    expect(skip === -1 || skip === 0).toBe(true);

    // From a fresh page, only keys: Tab to the email field, type, Tab, type, Enter.
    await visit(page, '/login');
    const emailAt = order.indexOf('input:email');
    for (let step = 0; step <= emailAt; step += 1) await page.keyboard.press('Tab');
    await page.keyboard.type(demoUsers.manager.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await expectHeading(page, `Welcome, ${demoUsers.manager.name}`);
    expect(new URL(page.url()).pathname).toBe('/');

    // On a freshly loaded shell page the first Tab offers the skip link, which moves focus to the content.
    await visit(page, '/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });
});
