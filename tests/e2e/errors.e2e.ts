import { describe, expect, test } from 'vitest';
import {
  allowConsoleErrors,
  demoUsers,
  expectHeading,
  expectNoAxeViolations,
  useBrowser,
  openPage,
  pageLanguage,
  screenshot,
  signIn,
  visit,
} from './browser';

const browser = useBrowser();

describe('pages that do not exist', () => {
  test.each([
    { locale: 'en-US', title: 'Page not found', lang: 'en' },
    { locale: 'fi-FI', title: 'Sivua ei löydy', lang: 'fi' },
  ] as const)('($locale) an unknown address answers 404 with a way home', async (expected) => {
    const { page } = await openPage(browser(), { locale: expected.locale });
    // The browser reports the 404 document as a failed resource load.
    allowConsoleErrors(page, /status of 404/);
    const response = await visit(page, '/no-such-page');
    expect(response.status()).toBe(404);
    expect(await pageLanguage(page)).toBe(expected.lang);
    await expectHeading(page, expected.title);
    await expect(page.locator('main a[href="/"]').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, `not-found-${expected.lang}`);
  });

  test('a signed-in user gets the 404 page inside the app, with the navigation', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.coach.email);
    allowConsoleErrors(page, /status of 404/);
    const response = await visit(page, '/no-such-page');
    expect(response.status()).toBe(404);
    await expectHeading(page, 'Page not found');
    await expect(page.locator('nav.shell-nav a').allInnerTexts()).resolves.toEqual([
      'Home',
      'My work',
      'Clients',
      'Segments',
      'Service paths',
    ]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'not-found-signed-in');
  });

  test('a staff address that is not an id, or an id of nobody, answers 404, not 500', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.admin.email);
    allowConsoleErrors(page, /status of 404/);
    for (const path of [
      '/admin/users/not-a-uuid',
      '/admin/users/00000000-0000-4000-8000-000000000000',
    ]) {
      const response = await visit(page, path);
      expect(response.status(), path).toBe(404);
      await expectHeading(page, 'Page not found');
    }
    await expectNoAxeViolations(page);
  });
});
