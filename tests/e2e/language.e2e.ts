import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  demoUsers,
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

/** Presses a language button and waits for the page to be rendered in that language. */
async function chooseLanguage(page: Page, button: 'Suomi' | 'English') {
  const lang = button === 'Suomi' ? 'fi' : 'en';
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => pageLanguage(page)).toBe(lang);
  await expect(
    page.getByRole('button', { name: button, exact: true }).getAttribute('aria-pressed'),
  ).resolves.toBe('true');
}

describe('language', () => {
  test('the login page follows the browser language', async () => {
    const { page: finnish } = await openPage(browser(), { locale: 'fi-FI' });
    await visit(finnish, '/login');
    expect(await pageLanguage(finnish)).toBe('fi');
    await expectHeading(finnish, 'Kirjaudu sisään');
    await expect(finnish.getByLabel('Sähköposti', { exact: true }).count()).resolves.toBe(1);
    await expectNoAxeViolations(finnish);
    await screenshot(finnish, 'login-fi');

    const { page: english } = await openPage(browser(), { locale: 'en-US' });
    await visit(english, '/login');
    expect(await pageLanguage(english)).toBe('en');
    await expectHeading(english, 'Sign in');
    await expect(english.getByLabel('Email', { exact: true }).count()).resolves.toBe(1);
    await expectNoAxeViolations(english);
  });

  test('the language buttons switch the page and the choice is remembered', async () => {
    const { page } = await openPage(browser(), { locale: 'fi-FI' });
    await visit(page, '/login');

    await chooseLanguage(page, 'English');
    await expectHeading(page, 'Sign in');
    expect(new URL(page.url()).pathname).toBe('/login');
    await expectNoAxeViolations(page);

    // Remembered by this browser although the browser itself asks for Finnish.
    await visit(page, '/login');
    expect(await pageLanguage(page)).toBe('en');

    await chooseLanguage(page, 'Suomi');
    await expectHeading(page, 'Kirjaudu sisään');
  });

  test('changing the language on the login page keeps where to go after signing in', async () => {
    const { page } = await openPage(browser(), { locale: 'fi-FI' });
    await visit(page, '/admin/activity');
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/admin/activity');

    await chooseLanguage(page, 'English');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/admin/activity');
    await signIn(page, demoUsers.admin.email);
    await expectHeading(page, 'Activity log');
  });

  test('a signed-in user’s choice is saved and used on their next sign-in anywhere', async () => {
    const user = demoUsers.partner;
    const { page: first } = await openPage(browser(), { locale: 'en-US' });
    await signIn(first, user.email);
    expect(await pageLanguage(first)).toBe('en');
    await expectHeading(first, `Welcome, ${user.name}`);
    await expectNoAxeViolations(first);

    await chooseLanguage(first, 'Suomi');
    await expectHeading(first, `Tervetuloa, ${user.name}`);
    await expect(first.locator('nav.shell-nav a').allInnerTexts()).resolves.toEqual([
      'Etusivu',
      'Asiakasryhmät',
    ]);
    await expectNoAxeViolations(first);
    await screenshot(first, 'home-fi');
    await signOut(first);

    // A new browser that asks for English still gets the saved Finnish once signed in.
    const { page: second } = await openPage(browser(), { locale: 'en-US' });
    await visit(second, '/login');
    expect(await pageLanguage(second)).toBe('en');
    await signIn(second, user.email);
    expect(await pageLanguage(second)).toBe('fi');
    await expectHeading(second, `Tervetuloa, ${user.name}`);

    // And the other way round, which also leaves the account as the other journeys expect it.
    await chooseLanguage(second, 'English');
    await signOut(second);
    const { page: third } = await openPage(browser(), { locale: 'fi-FI' });
    await signIn(third, user.email);
    expect(await pageLanguage(third)).toBe('en');
    await expectHeading(third, `Welcome, ${user.name}`);
  });

  test('an admin’s pages are translated in Finnish', async () => {
    const { page } = await openPage(browser(), { locale: 'fi-FI' });
    await signIn(page, demoUsers.admin.email);
    // A saved choice would override the browser language; this journey relies on there being none.
    expect(await pageLanguage(page)).toBe('fi');
    await expect(page.locator('nav.shell-nav a').allInnerTexts()).resolves.toEqual([
      'Etusivu',
      'Käyttäjätilit',
      'Tapahtumaloki',
    ]);
    await expectNoAxeViolations(page);

    for (const [path, heading] of [
      ['/admin/users', 'Käyttäjätilit'],
      ['/admin/activity', 'Tapahtumaloki'],
      ['/account', 'Omat tiedot'],
    ] as const) {
      await visit(page, path);
      await expectHeading(page, heading);
      await expectNoAxeViolations(page);
    }
    await screenshot(page, 'activity-fi');
  });
});
