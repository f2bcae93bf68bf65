import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  allowConsoleErrors,
  demoUsers,
  expectAnnouncement,
  expectHeading,
  expectNoAxeViolations,
  openPage,
  screenshot,
  signIn,
  useBrowser,
  visit,
  waitForNavigation,
} from './browser';

const browser = useBrowser();

/** The messages shown by the field with this label (its aria-describedby). */
async function fieldMessages(page: Page, label: string): Promise<string[]> {
  const described = await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby');
  const ids = (described ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.length ? page.locator(`[id="${ids[0]}"] li`).allInnerTexts() : [];
}

function segmentRow(page: Page, name: string) {
  return page.locator('table.data-table tbody tr').filter({ hasText: name });
}

describe('segments', () => {
  test('a manager creates a segment with owner and team, adds and validates an insight, links an offering, and sees it all in the history', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.manager.email);
    await page.getByRole('link', { name: 'Segments' }).click();
    await expectHeading(page, 'Segments');
    await expect(segmentRow(page, 'Alanvaihtajat').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'New segment' }).click();
    await expectHeading(page, 'New segment');
    await page.getByRole('button', { name: 'Create segment' }).click();
    await expect.poll(() => fieldMessages(page, 'Name')).toEqual(['Fill in this field.']);
    await expect.poll(() => fieldMessages(page, 'Kind')).toEqual(['Choose one of the options.']);
    await expectNoAxeViolations(page);

    // A taken name is refused by the server (400), with everything typed kept.
    allowConsoleErrors(page, /status of 400/);
    await page.getByLabel('Name', { exact: true }).fill('alanvaihtajat');
    await page.getByLabel('Kind', { exact: true }).selectOption('career_changers');
    await page
      .getByLabel('Responsible owner (vastuuhenkilö)')
      .selectOption({ label: `${demoUsers.manager.name} (Manager)` });
    await page
      .getByLabel('Needs', { exact: true })
      .fill('Evening studies\nRecognition of prior learning');
    await page.getByRole('button', { name: 'Create segment' }).click();
    await expect
      .poll(() => fieldMessages(page, 'Name'))
      .toEqual(['Another segment already has this name.']);
    await expect(page.getByLabel('Needs', { exact: true }).inputValue()).resolves.toBe(
      'Evening studies\nRecognition of prior learning',
    );

    await page.getByLabel('Name', { exact: true }).fill('Hoitoalalle vaihtavat');
    await page.getByLabel('Email', { exact: true }).check();
    await page.getByLabel('Arabic', { exact: true }).check();
    await page.getByLabel(demoUsers.coach2.name, { exact: true }).check();
    await page.getByRole('button', { name: 'Create segment' }).click();
    await expectHeading(page, 'Hoitoalalle vaihtavat');
    await expectAnnouncement(page, 'status', 'Segment created.');
    const profile = page.locator('main');
    await expect(profile.getByText('Recognition of prior learning').count()).resolves.toBe(1);
    await expect(profile.locator('dd').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([demoUsers.manager.name, demoUsers.coach2.name, 'Email', 'Arabic']),
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'segment-profile');

    await page.getByRole('link', { name: 'Edit profile' }).click();
    await expectHeading(page, 'Hoitoalalle vaihtavat');
    await page
      .getByLabel('Value proposition', { exact: true })
      .fill('Nursing studies alongside work');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expectAnnouncement(page, 'status', 'Profile saved.');
    await expect(profile.getByText('Nursing studies alongside work').count()).resolves.toBe(1);

    // Customer understanding: an assumption, then the evidence that validates it.
    await page.getByRole('link', { name: 'Insights' }).click();
    const addInsight = page.locator('form#add-insight');
    await page.getByRole('heading', { name: 'Insights', level: 2 }).waitFor();
    await waitForNavigation(page);
    // With no insights yet, the form is already open.
    const addDetails = page.locator('details.insight-add');
    await expect(
      addDetails.evaluate((element) => (element as HTMLDetailsElement).open),
    ).resolves.toBe(true);
    const statement = 'Career changers into nursing fear the maths of medication calculations.';
    await addInsight.getByLabel('Insight', { exact: true }).fill(statement);
    await addInsight.getByLabel('Source', { exact: true }).fill('Session notes');
    await addInsight.getByRole('button', { name: 'Add insight' }).click();
    await expectAnnouncement(page, 'status', 'Insight added.');
    const card = page.locator('article.insight-card').filter({ hasText: statement });
    await expect(card.locator('.badge').first().innerText()).resolves.toBe('Assumption');
    await expectNoAxeViolations(page);

    await card.getByText('Change status', { exact: true }).first().click();
    await card.getByLabel('New status').selectOption('validated');
    await card
      .getByLabel('Evidence')
      .fill('Eight of ten participants named maths as their main worry.');
    await card.getByRole('button', { name: 'Change status' }).click();
    await expectAnnouncement(page, 'status', 'Insight status changed.');
    await expect
      .poll(() =>
        page
          .locator('article.insight-card')
          .filter({ hasText: statement })
          .locator('.badge')
          .first()
          .innerText(),
      )
      .toBe('Validated');
    await screenshot(page, 'segment-insights');

    // The offering map: an offering linked with the reason it serves this group.
    await page.getByRole('link', { name: 'Offerings and funding' }).click();
    await page.getByRole('button', { name: 'Link offering' }).waitFor();
    const linkOffering = page.locator('form', {
      has: page.getByRole('button', { name: 'Link offering' }),
    });
    await linkOffering.getByLabel('Offering', { exact: true }).selectOption({ index: 1 });
    const offeringName = (
      await linkOffering
        .getByLabel('Offering', { exact: true })
        .locator('option:checked')
        .innerText()
    ).trim();
    await linkOffering
      .getByLabel('Why it serves this segment')
      .fill('Builds confidence in maths before applying.');
    await linkOffering.getByLabel('Priority').selectOption('high');
    await linkOffering.getByRole('button', { name: 'Link offering' }).click();
    await expectAnnouncement(page, 'status', 'Offering linked to the segment.');
    const linked = page
      .locator('table.data-table tbody tr')
      .filter({ hasText: 'Builds confidence in maths' });
    await expect(linked.innerText()).resolves.toContain(offeringName.split(' (')[0]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'segment-offerings');

    // Everything above is in the segment's history, newest first.
    await page.getByRole('link', { name: 'History' }).click();
    // A client-side navigation: wait for the new section, not just the URL.
    await page.getByRole('heading', { name: 'History', level: 2 }).waitFor();
    await expect(
      page.locator('table.data-table tbody tr td:nth-child(3)').allInnerTexts(),
    ).resolves.toEqual([
      'Linked an offering',
      'Changed the status of an insight',
      'Added an insight',
      'Changed a segment profile',
      'Created a segment',
    ]);
    await expect(page.locator('table.data-table tbody tr').nth(3).innerText()).resolves.toContain(
      'valueProposition:',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'segment-history');
  });

  test('two managers editing at once: the second save is refused with what changed, and nothing is lost', async () => {
    const { page: first } = await openPage(browser());
    const { page: second } = await openPage(browser());
    await signIn(first, demoUsers.manager.email);
    await signIn(second, demoUsers.manager.email);
    await visit(first, '/segments');
    await segmentRow(first, 'Työnantajat').getByRole('link').click();
    await expectHeading(first, 'Työnantajat');
    await first.getByRole('link', { name: 'Edit profile' }).click();
    await first.getByLabel('Value proposition', { exact: true }).waitFor();
    const editPath = new URL(first.url()).pathname;
    await visit(second, editPath);

    await second
      .getByLabel('Value proposition', { exact: true })
      .fill('Saved first by the other manager');
    await second.getByRole('button', { name: 'Save profile' }).click();
    await expectAnnouncement(second, 'status', 'Profile saved.');

    allowConsoleErrors(first, /status of 409/);
    await first.getByLabel('Value proposition', { exact: true }).fill('My stale edit');
    await first.getByRole('button', { name: 'Save profile' }).click();
    const alert = first.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Someone else saved this segment');
    await expect(alert.innerText()).resolves.toContain('Saved first by the other manager');
    await expect(first.getByLabel('Value proposition', { exact: true }).inputValue()).resolves.toBe(
      'My stale edit',
    );
    await expectNoAxeViolations(first);
    await screenshot(first, 'segment-conflict');

    // Having seen the other change, saving again is a deliberate choice and works.
    await first.getByRole('button', { name: 'Save profile' }).click();
    await expectAnnouncement(first, 'status', 'Profile saved.');
  });

  test('coaches and partnership staff read segments but cannot change them', async () => {
    const { page } = await openPage(browser(), { locale: 'fi-FI' });
    await signIn(page, demoUsers.coach.email);
    await page.getByRole('link', { name: 'Asiakasryhmät' }).click();
    await expectHeading(page, 'Asiakasryhmät');
    await expect(page.getByRole('link', { name: 'Uusi asiakasryhmä' }).count()).resolves.toBe(0);
    await segmentRow(page, 'Maahanmuuttajataustaiset').getByRole('link').click();
    await expectHeading(page, 'Maahanmuuttajataustaiset');
    await expect(page.getByRole('link', { name: 'Muokkaa profiilia' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    allowConsoleErrors(page, /status of 403/);
    const edit = await visit(page, `${new URL(page.url()).pathname}/edit`);
    expect(edit.status()).toBe(403);
    expect((await visit(page, '/segments/new')).status()).toBe(403);

    const { page: partner } = await openPage(browser());
    await signIn(partner, demoUsers.partner.email);
    await visit(partner, '/segments');
    await expect(segmentRow(partner, 'Työnantajat').count()).resolves.toBe(1);
  });

  test('an unknown or malformed segment address is a 404', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.manager.email);
    allowConsoleErrors(page, /status of 404/);
    expect((await visit(page, '/segments/not-an-id')).status()).toBe(404);
    expect((await visit(page, '/segments/00000000-0000-4000-8000-000000000000')).status()).toBe(
      404,
    );
    expect(
      (await visit(page, '/segments/00000000-0000-4000-8000-000000000000/history')).status(),
    ).toBe(404);
  });
});
