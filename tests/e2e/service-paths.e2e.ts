import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  allowConsoleErrors,
  demoUsers,
  expectAnnouncement,
  expectHeading,
  expectNoAxeViolations,
  fieldMessages,
  openPage,
  screenshot,
  signIn,
  useBrowser,
  visit,
  waitForNavigation,
} from './browser';

const browser = useBrowser();

/** The rows of every segment's table of paths, each with its name, stage count and client count. */
async function listedPaths(page: Page) {
  const rows = page.locator('section.path-group table.data-table tbody tr');
  return rows.evaluateAll((elements) =>
    elements.map((row) => {
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '');
      const link = row.querySelector('a');
      return {
        name: link?.textContent?.trim() ?? '',
        href: link?.getAttribute('href') ?? '',
        stages: Number(cells[1]),
        clients: Number(cells[2]),
      };
    }),
  );
}

function tab(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Service path sections' }).getByRole('link', {
    name,
    exact: true,
  });
}

function stageItems(page: Page): Locator {
  return page.locator('ol.stage-editor > li.stage-editor-item');
}

/** The editor's item of the stage now named `name`. */
function stageItem(page: Page, name: string): Locator {
  return stageItems(page).filter({
    has: page.getByRole('heading', { level: 3, name: new RegExp(`^Stage \\d+: ${escape(name)}$`) }),
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function stageHeadings(page: Page): Promise<string[]> {
  return stageItems(page).locator('h3').allInnerTexts();
}

/** Opens the stage editor of the path and waits until it is ready. */
async function openStages(page: Page, pathHref: string): Promise<void> {
  await visit(page, `${pathHref}/stages`);
  await page.getByRole('heading', { level: 2, name: 'Stages', exact: true }).waitFor();
}

describe('service paths', () => {
  test('a manager reads the paths by segment, a board, a funnel for a period, and edits the stages', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.manager.email);
    await page.locator('nav.shell-nav').getByRole('link', { name: 'Service paths' }).click();
    await expectHeading(page, 'Service paths');
    await waitForNavigation(page);
    const segmentHeadings = await page.locator('section.path-group h2').allInnerTexts();
    expect(segmentHeadings).toEqual(
      expect.arrayContaining(['Maahanmuuttajataustaiset', 'Työttömät ja lomautetut']),
    );
    const paths = await listedPaths(page);
    await expect(page.locator('main [role="status"]').innerText()).resolves.toBe(
      `${paths.length} service paths`,
    );
    await expect(page.getByRole('link', { name: 'New service path' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'paths-list');

    // The path with the most clients: its board, funnel and stages have something to show.
    const path = [...paths].sort((a, b) => b.clients - a.clients)[0]!;
    expect(path.clients).toBeGreaterThan(0);
    await page.getByRole('link', { name: path.name, exact: true }).click();
    await expectHeading(page, path.name);
    await waitForNavigation(page);
    await expect(
      page
        .getByRole('navigation', { name: 'Service path sections' })
        .getByRole('link')
        .allInnerTexts(),
    ).resolves.toEqual(['Board', 'Funnel', 'Edit stages']);
    const board = page.getByRole('region', { name: 'Stages of the path; scrolls sideways' });
    await expect(board.locator('li.path-board-column').count()).resolves.toBe(path.stages);
    const counts = await board.locator('.path-board-count').allInnerTexts();
    const onBoard = counts.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
    expect(onBoard).toBe(path.clients);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Recent moves' }).count(),
    ).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'path-board');

    // The funnel: a chart and the same numbers in a table, one row per stage.
    await tab(page, 'Funnel').click();
    const figure = page.locator('figure.funnel-figure');
    await figure.getByRole('heading', { name: 'Clients who entered each stage' }).waitFor();
    await waitForNavigation(page);
    await expect(figure.locator('.bar-chart svg, .empty-state').first().isVisible()).resolves.toBe(
      true,
    );
    const table = page.locator('table.funnel-table');
    await expect(table.locator('tbody tr').count()).resolves.toBe(path.stages);
    for (const cell of await table.locator('tbody td.numeric:nth-child(3)').allInnerTexts()) {
      expect(cell).toMatch(/^\d+$/);
    }
    await expectNoAxeViolations(page);
    await screenshot(page, 'path-funnel');

    // An end before the start is refused by the field, with the dates kept.
    await page.getByLabel('From', { exact: true }).fill('2026-06-30');
    await page.getByLabel('To', { exact: true }).fill('2026-01-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect
      .poll(() => fieldMessages(page, 'To'))
      .toEqual(['The end date must be on or after the start date.']);
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe('2026-06-30');
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('2026-01-01');
    await expectNoAxeViolations(page);
    await screenshot(page, 'path-funnel-bad-period');

    // The same period in a shared link: the server says so, and shows the last 12 months.
    await visit(page, `${path.href}/funnel?from=2026-06-30&to=2026-01-01`);
    await expect(fieldMessages(page, 'To')).resolves.toEqual([
      'The end date must be on or after the start date.',
    ]);
    await expect(page.locator('.alert-info').innerText()).resolves.toMatch(
      /^Check the dates\. The last 12 months are shown meanwhile:/,
    );

    // A good period is a URL, and the table says which period it counts.
    await page.getByLabel('From', { exact: true }).fill('2025-01-01');
    await page.getByLabel('To', { exact: true }).fill('2025-12-31');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(
      (url) =>
        url.searchParams.get('from') === '2025-01-01' &&
        url.searchParams.get('to') === '2025-12-31',
    );
    await expect
      .poll(() => table.locator('caption').innerText())
      .toBe('Clients who entered each stage, 1 Jan 2025 – 31 Dec 2025');
    await expect(fieldMessages(page, 'To')).resolves.toEqual([]);

    // The stage editor. Every change is undone at the end: other journeys share this path.
    await tab(page, 'Edit stages').click();
    await page.getByRole('heading', { level: 2, name: 'Stages', exact: true }).waitFor();
    await waitForNavigation(page);
    await expectNoAxeViolations(page);
    await screenshot(page, 'path-stages');
    const original = await stageHeadings(page);
    expect(original).toHaveLength(path.stages);
    const secondName = original[1]!.replace(/^Stage 2: /, '');
    const renamed = `${secondName} (e2e)`;

    let item = stageItem(page, secondName);
    await item.getByLabel('Name of stage', { exact: true }).fill(renamed);
    await item.getByRole('button', { name: /^Save stage/ }).click();
    await expectAnnouncement(page, 'status', 'Stage saved.');
    await expect.poll(() => stageHeadings(page)).toContain(`Stage 2: ${renamed}`);

    item = stageItem(page, renamed);
    await item.getByRole('button', { name: /^Move down/ }).click();
    await expectAnnouncement(page, 'status', 'Stage moved.');
    await expect.poll(() => stageHeadings(page)).toContain(`Stage 3: ${renamed}`);
    // Focus returns to the moved stage, so a keyboard user can move it again.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')))
      .toMatch(/^stage-.*-title$/);
    await expect(
      page.evaluate(() => document.activeElement?.querySelector('h3')?.textContent),
    ).resolves.toBe(`Stage 3: ${renamed}`);

    const added = 'Tarkistuspiste (e2e)';
    const addForm = page.locator('section[aria-labelledby="add-stage-title"]');
    await addForm.getByLabel('Name of stage', { exact: true }).fill(added);
    await expect(
      addForm.getByLabel('Place', { exact: true }).locator('option:checked').innerText(),
    ).resolves.toBe('At the end');
    await addForm.getByRole('button', { name: 'Add stage' }).click();
    await expectAnnouncement(page, 'status', 'Stage added.');
    await expect.poll(() => stageHeadings(page)).toContain(`Stage ${path.stages + 1}: ${added}`);
    const newStage = stageItem(page, added);
    await expect(newStage.innerText()).resolves.toContain('0 clients in this stage now');
    await expectNoAxeViolations(page);
    await screenshot(page, 'path-stages-edited');

    // A stage clients have been in offers no removal, and says why.
    const used = stageItems(page).first();
    await expect(used.innerText()).resolves.toContain(
      'Clients have been in this stage, so it cannot be removed.',
    );
    await expect(used.getByRole('button', { name: /^Remove stage/ }).count()).resolves.toBe(0);
    // A page loaded before the first client entered a stage still shows its button: the
    // server refuses then. Simulated by pointing the new stage's form at the used stage.
    const usedId = (await used.getAttribute('id'))!.replace(/^stage-/, '');
    await newStage
      .locator('form.stage-remove-form input[name="stageId"]')
      .evaluate((input, id) => ((input as HTMLInputElement).value = id), usedId);
    allowConsoleErrors(page, /status of 400/);
    await newStage.getByRole('button', { name: /^Remove stage/ }).click();
    await expect
      .poll(() => used.getByRole('alert').allInnerTexts())
      .toEqual([
        'This stage has history: clients have been in it, and their moves refer to it. It cannot be removed; rename it or change its kind instead.',
      ]);
    // The URL still names the stage added before; its notice must not stand beside the refusal.
    await expect(page.getByRole('status').allInnerTexts()).resolves.not.toContain('Stage added.');
    await expect(stageHeadings(page)).resolves.toHaveLength(path.stages + 1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'path-stage-remove-refused');

    // The new, unused stage can be removed.
    await openStages(page, path.href);
    await stageItem(page, added)
      .getByRole('button', { name: /^Remove stage/ })
      .click();
    await expectAnnouncement(page, 'status', 'Stage removed.');
    await expect.poll(() => stageHeadings(page)).toHaveLength(path.stages);

    // Back as it was.
    await stageItem(page, renamed)
      .getByRole('button', { name: /^Move up/ })
      .click();
    await expectAnnouncement(page, 'status', 'Stage moved.');
    await expect.poll(() => stageHeadings(page)).toContain(`Stage 2: ${renamed}`);
    item = stageItem(page, renamed);
    await item.getByLabel('Name of stage', { exact: true }).fill(secondName);
    await item.getByRole('button', { name: /^Save stage/ }).click();
    await expectAnnouncement(page, 'status', 'Stage saved.');
    await expect.poll(() => stageHeadings(page)).toEqual(original);
  });

  test('a coach reads boards and funnels but has no stage editor', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.coach.email);
    await page.locator('nav.shell-nav').getByRole('link', { name: 'Service paths' }).click();
    await expectHeading(page, 'Service paths');
    await waitForNavigation(page);
    await expect(
      page.getByText('The client counts include only the clients of your caseload.').count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'New service path' }).count()).resolves.toBe(0);
    const path = (await listedPaths(page))[0]!;
    await page.getByRole('link', { name: path.name, exact: true }).click();
    await expectHeading(page, path.name);
    await waitForNavigation(page);
    await expect(
      page
        .getByRole('navigation', { name: 'Service path sections' })
        .getByRole('link')
        .allInnerTexts(),
    ).resolves.toEqual(['Board', 'Funnel']);
    await expect(page.getByText('You see the clients of your caseload.').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'path-board-coach');

    allowConsoleErrors(page, /status of 403/);
    const response = await visit(page, `${path.href}/stages`);
    expect(response.status()).toBe(403);
    await expectHeading(page, 'No access');
    await expectNoAxeViolations(page);
  });
});
