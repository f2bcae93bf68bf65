import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  allowConsoleErrors,
  demoUsers,
  expectAnnouncement,
  expectHeading,
  expectNoAxeViolations,
  useBrowser,
  openPage,
  screenshot,
  signIn,
  visit,
} from './browser';

const browser = useBrowser();

/** The messages shown under the field labelled `label`. */
function fieldMessages(page: Page, label: string): Promise<string[]> {
  return page
    .locator('.field')
    .filter({ has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.field-errors li')
    .allInnerTexts();
}

function staffRows(page: Page) {
  return page.locator('table.data-table tbody tr');
}

async function staffCount(page: Page): Promise<number> {
  await visit(page, '/admin/users');
  return staffRows(page).count();
}

// Unique per run, so a rerun against a kept database would not collide on the email.
const stamp = Date.now().toString(36);
const newCoach = {
  name: 'Testi Valmentaja',
  email: `valmentaja-${stamp}@example.org`,
  password: 'a-long-enough-password',
};

describe('staff accounts', () => {
  test('an admin creates, edits and disables an account, and the log records it', async () => {
    const { page: admin } = await openPage(browser());
    await signIn(admin, demoUsers.admin.email);
    const countBefore = await staffCount(admin);
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'staff-list');

    await admin.getByRole('link', { name: 'New staff account' }).click();
    await expectHeading(admin, 'New staff account');
    expect(new URL(admin.url()).pathname).toBe('/admin/users/new');

    // An empty form: a message by every field, and nothing is created.
    await admin.getByRole('button', { name: 'Create account' }).click();
    for (const label of ['Name', 'Email', 'Role', 'Initial password']) {
      await expect.poll(() => fieldMessages(admin, label), { message: label }).not.toEqual([]);
    }
    expect(await fieldMessages(admin, 'Name')).toEqual(['Fill in this field.']);
    expect(new URL(admin.url()).pathname).toBe('/admin/users/new');
    await expect(
      admin.getByLabel('Name', { exact: true }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'staff-new-empty-errors');

    // A bad email and a short password: messages by those fields, the typed text stays.
    await admin.getByLabel('Name', { exact: true }).fill(newCoach.name);
    await admin.getByLabel('Email', { exact: true }).fill('not-an-email');
    await admin.getByLabel('Role', { exact: true }).selectOption('coach');
    await admin.getByLabel('Initial password', { exact: true }).fill('short');
    await admin.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() => fieldMessages(admin, 'Email'))
      .toEqual(['Enter an email address, for example name@example.org.']);
    await expect
      .poll(() => fieldMessages(admin, 'Initial password'))
      .toEqual(['Enter at least 12 characters.']);
    await expect.poll(() => fieldMessages(admin, 'Name')).toEqual([]);
    await expect(admin.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(
      newCoach.name,
    );
    await expect(admin.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(
      'not-an-email',
    );
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'staff-new-invalid');
    expect(await staffCount(admin)).toBe(countBefore);

    // A valid account.
    await visit(admin, '/admin/users/new');
    await admin.getByLabel('Name', { exact: true }).fill(newCoach.name);
    await admin.getByLabel('Email', { exact: true }).fill(newCoach.email);
    await admin.getByLabel('Role', { exact: true }).selectOption('coach');
    await admin.getByLabel('Initial password', { exact: true }).fill(newCoach.password);
    await admin.getByRole('button', { name: 'Create account' }).click();
    await expectHeading(admin, `Staff account: ${newCoach.name}`);
    await expectAnnouncement(admin, 'status', 'Account created.');
    const memberPath = new URL(admin.url()).pathname;
    expect(memberPath).toMatch(/^\/admin\/users\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'staff-member');

    expect(await staffCount(admin)).toBe(countBefore + 1);
    const row = staffRows(admin).filter({ hasText: newCoach.email });
    await expect(row.locator('td').allInnerTexts()).resolves.toEqual([
      newCoach.name,
      newCoach.email,
      'Coach',
      'Active',
      'Never',
    ]);

    // The new coach works in another browser while the admin changes the account.
    const { page: coach } = await openPage(browser());
    await signIn(coach, newCoach.email, newCoach.password);
    await expectHeading(coach, `Welcome, ${newCoach.name}`);

    // Change the role on the account's page.
    await row.getByRole('link', { name: newCoach.name }).click();
    await expectHeading(admin, `Staff account: ${newCoach.name}`);
    await admin.getByLabel('Role', { exact: true }).selectOption('partnership');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await expectAnnouncement(admin, 'status', 'Changes saved.');
    await expect(admin.getByLabel('Role', { exact: true }).inputValue()).resolves.toBe(
      'partnership',
    );

    // A new role takes effect at once: the coach's session ended and they sign in again.
    await expectSentToLogin(coach);
    await signIn(coach, newCoach.email, newCoach.password);
    await expect(coach.locator('header .user-name').innerText()).resolves.toContain(
      'Partnership staff',
    );

    // Disable it; the page says so and offers to enable it again.
    await admin.getByRole('button', { name: 'Disable account' }).click();
    await expectAnnouncement(admin, 'status', 'Account disabled and signed out.');
    await expect(admin.getByRole('button', { name: 'Enable account' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'staff-member-disabled');

    // Disabling ended the session the person had open, and they cannot sign in again.
    await expectSentToLogin(coach);
    allowConsoleErrors(coach, /status of 401/);
    await signInExpectingFailure(coach, newCoach.email, newCoach.password);

    await visit(admin, '/admin/users');
    await expect(
      staffRows(admin).filter({ hasText: newCoach.email }).locator('td').nth(2).innerText(),
    ).resolves.toBe('Partnership staff');
    await expect(
      staffRows(admin).filter({ hasText: newCoach.email }).locator('td').nth(3).innerText(),
    ).resolves.toBe('Disabled');

    // The activity log lists each of these actions on the new account, by the admin.
    await admin.getByRole('link', { name: 'Activity log' }).click();
    await expectHeading(admin, 'Activity log');
    const entries = admin
      .locator('table.data-table tbody tr')
      .filter({ hasText: `Staff account: ${newCoach.name}` });
    const byAdmin = entries.filter({ hasText: demoUsers.admin.name });
    // Newest first.
    await expect(byAdmin.locator('td:nth-child(3)').allInnerTexts()).resolves.toEqual([
      'Disabled a staff account',
      'Changed a staff account',
      'Created a staff account',
    ]);
    const ownActions = await entries
      .filter({ hasText: newCoach.name })
      .locator('td:nth-child(3)')
      .allInnerTexts();
    expect(ownActions).toContain('Signed in');
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'activity-log');
  });

  test('saving a staff account without changes adds nothing to the activity log', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.admin.email);
    const changesLogged = async () => {
      await visit(page, '/admin/activity?action=user.update');
      return page.locator('table.data-table tbody tr').count();
    };
    const before = await changesLogged();

    await visit(page, '/admin/users');
    await staffRows(page).getByRole('link', { name: demoUsers.coach2.name }).click();
    await expectHeading(page, `Staff account: ${demoUsers.coach2.name}`);
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Save changes' }).click(),
    ]);
    await expectAnnouncement(page, 'status', 'Changes saved.');

    expect(await changesLogged()).toBe(before);
  });

  test('without JavaScript the server checks the form and keeps what was typed', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await signIn(page, demoUsers.admin.email);
    const countBefore = await staffCount(page);

    await visit(page, '/admin/users/new');
    await page.getByLabel('Name', { exact: true }).fill('  ');
    await page.getByLabel('Email', { exact: true }).fill('no-at-sign.example.org');
    await page.getByLabel('Initial password', { exact: true }).fill('short');
    // The server answers invalid input with 400, reported by the browser as a failed load.
    allowConsoleErrors(page, /status of 400/);
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.getByRole('button', { name: 'Create account' }).click(),
    ]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState();

    expect(await fieldMessages(page, 'Name')).toEqual(['Fill in this field.']);
    expect(await fieldMessages(page, 'Email')).toEqual([
      'Enter an email address, for example name@example.org.',
    ]);
    expect(await fieldMessages(page, 'Role')).not.toEqual([]);
    expect(await fieldMessages(page, 'Initial password')).toEqual([
      'Enter at least 12 characters.',
    ]);
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(
      'no-at-sign.example.org',
    );
    await expect(page.getByLabel('Initial password', { exact: true }).inputValue()).resolves.toBe(
      '',
    );
    expect(await staffCount(page)).toBe(countBefore);
  });

  test('an email already in use is refused with a message by the field', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.admin.email);
    await visit(page, '/admin/users/new');
    await page.getByLabel('Name', { exact: true }).fill('Toinen Tuula');
    await page.getByLabel('Email', { exact: true }).fill(demoUsers.coach.email.toUpperCase());
    await page.getByLabel('Role', { exact: true }).selectOption('coach');
    await page.getByLabel('Initial password', { exact: true }).fill('another-long-password');
    allowConsoleErrors(page, /status of 400/);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() => fieldMessages(page, 'Email'))
      .toEqual(['Another account already uses this email address.']);
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(
      'Toinen Tuula',
    );
  });

  test('the account page shows who is signed in and passes axe', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.admin.email);
    await page.getByRole('link', { name: /Signed in as/ }).click();
    await expectHeading(page, 'Your account');
    await expect(page.locator('dl').first().innerText()).resolves.toContain(demoUsers.admin.email);
    await expectNoAxeViolations(page);
    await screenshot(page, 'account');
  });
});

/** The session has ended on the server: the next navigation asks the person to sign in again. */
async function expectSentToLogin(page: Page) {
  await page.getByRole('link', { name: /Signed in as/ }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await expectAnnouncement(page, 'status', 'Your session has ended. Sign in again to continue.');
  expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/account');
}

async function signInExpectingFailure(page: Page, email: string, password: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectAnnouncement(page, 'alert', 'The email address or password is wrong.');
  expect(new URL(page.url()).pathname).toBe('/login');
}
