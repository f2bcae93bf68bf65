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

// The journeys find their clients through the list, as a user would: the demo data
// decides who is there, so no test names a client.

function personLinks(page: Page): Locator {
  return page.locator('table.data-table tbody tr a.person-link');
}

function listRows(page: Page): Locator {
  return page.locator('table.data-table tbody tr');
}

/** The list's "N clients" line as a number. */
async function clientCount(page: Page): Promise<number> {
  const text = await page.locator('main p[role="status"]').innerText();
  expect(text, 'the count line').toMatch(/^\d[\d\s,.]* clients?$/);
  return Number(text.replace(/\D/g, ''));
}

async function hrefsOf(links: Locator): Promise<string[]> {
  return links.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('href') ?? ''),
  );
}

/** Tab by Tab until `target` has the focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, maxSteps = 80): Promise<void> {
  for (let step = 0; step < maxSteps; step += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach the element within ${maxSteps} steps`);
}

async function openClientsFromNavigation(page: Page): Promise<void> {
  await page.locator('nav.shell-nav').getByRole('link', { name: 'Clients' }).click();
  await expectHeading(page, 'Clients');
  await waitForNavigation(page);
}

/** A session's edit link on the timeline; its name says which session ("Edit the session of …"). */
function editLink(scope: Page | Locator): Locator {
  return scope.getByRole('link', { name: /^Edit the session of / });
}

function timeline(page: Page): Locator {
  return page.locator('section#timeline');
}

/** Opens a person page and waits for it to be rendered and idle. */
async function expectPersonPage(page: Page): Promise<string> {
  await timeline(page).waitFor();
  await waitForNavigation(page);
  return page.locator('h1').innerText();
}

/** Narrows the list by coach and/or segment through the filter form, as a user would. */
async function filterList(page: Page, filters: { coach?: string; segment?: string }) {
  if (filters.coach) {
    await page.getByLabel('Coach', { exact: true }).selectOption({ label: filters.coach });
  }
  if (filters.segment) {
    await page.getByLabel('Segment', { exact: true }).selectOption({ label: filters.segment });
  }
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL((url) => url.searchParams.has(filters.coach ? 'coach' : 'segment'));
  await waitForNavigation(page);
}

describe('clients and their sessions', () => {
  test('a coach finds a client, logs a session with two topics, moves them one stage, and finds them on the board', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.coach.email);
    await openClientsFromNavigation(page);
    await expectNoAxeViolations(page);
    const everyone = await clientCount(page);

    // Search by the start of the first row's surname: the list narrows, and the view is a URL.
    const firstRow = await personLinks(page).first().innerText();
    const prefix = /^\p{L}+/u.exec(firstRow)![0].slice(0, 4);
    await page.getByLabel('Search', { exact: true }).fill(prefix);
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === prefix);
    await expect.poll(() => clientCount(page)).toBeLessThan(everyone);
    const found = await personLinks(page).allInnerTexts();
    expect(found.length).toBeGreaterThan(0);
    for (const name of found) {
      const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
      expect(
        words.some((word) => word.startsWith(prefix.toLowerCase())),
        `${name} matches ${prefix}`,
      ).toBe(true);
    }
    await expect(page.getByLabel('Search', { exact: true }).inputValue()).resolves.toBe(prefix);
    await expectNoAxeViolations(page);
    await screenshot(page, 'people-search');

    // Open the first client found who is on a service path with a stage after the current one.
    const candidates = await hrefsOf(personLinks(page));
    let pathCard: Locator | undefined;
    for (const [index, href] of candidates.entries()) {
      if (index === 0) await personLinks(page).first().click();
      else await visit(page, href);
      await expectPersonPage(page);
      const movable = page
        .locator('section#paths .person-path')
        .filter({ has: page.locator('li[aria-current="step"] + li') })
        .filter({ has: page.getByRole('button', { name: 'Move' }) });
      if (await movable.count()) {
        pathCard = movable.first();
        break;
      }
    }
    if (!pathCard) throw new Error(`No client found by “${prefix}” can move to a next stage`);
    const name = await page.locator('h1').innerText();
    const personPath = new URL(page.url()).pathname;
    const pathName = await pathCard.locator('h3 a').innerText();
    // Pinned by the path's name, so the card is found again after the page re-renders.
    pathCard = page
      .locator('section#paths .person-path')
      .filter({ has: page.getByRole('link', { name: pathName, exact: true }) });
    const currentStage = await pathCard
      .locator('li[aria-current="step"]')
      .evaluate((item) => item.firstChild?.textContent ?? '');
    const nextStage = await pathCard.locator('li[aria-current="step"] + li').innerText();
    await expectNoAxeViolations(page);
    await screenshot(page, 'person-page-coach');

    // A session with two topics.
    await page.getByRole('link', { name: 'Log a session' }).click();
    await expectHeading(page, `Log a session with ${name}`);
    await waitForNavigation(page);
    await expect(
      page.getByLabel('Date and time', { exact: true }).inputValue(),
      'the time is preset to now',
    ).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await expectNoAxeViolations(page);
    const notes = `Asiakas pohti hakemista syksyllä (e2e ${Date.now()}).`;
    const nextSteps = 'Asiakas selvittää opintovapaan työnantajan kanssa.';
    await page.getByLabel('Duration (minutes)', { exact: true }).fill('45');
    await page.getByLabel('Channel', { exact: true }).selectOption({ label: 'Phone' });
    await page.getByLabel('Money and funding', { exact: true }).check();
    await page.getByLabel('Study modes', { exact: true }).check();
    await page.getByLabel('Notes', { exact: true }).fill(notes);
    await page.getByLabel('Agreed next steps', { exact: true }).fill(nextSteps);
    await screenshot(page, 'session-log-form');
    await page.getByRole('button', { name: 'Save session' }).click();
    await expectHeading(page, name);
    await expectAnnouncement(page, 'status', 'The session was saved.');
    const session = timeline(page).locator('li.timeline-session').filter({ hasText: notes });
    await expect(session.locator('h3').innerText()).resolves.toBe('Session · Phone · 45 min');
    await expect(session.locator('li.badge').allInnerTexts()).resolves.toEqual([
      'Money and funding',
      'Study modes',
    ]);
    await expect(session.innerText()).resolves.toContain(`Agreed next steps: ${nextSteps}`);
    await expect(session.innerText()).resolves.toContain(`by ${demoUsers.coach.name}`);

    // One stage on: the form offers the next stage first.
    const stageSelect = pathCard.getByLabel('New stage', { exact: true });
    await expect(stageSelect.locator('option:checked').innerText()).resolves.toBe(nextStage);
    const moveNote = 'Hakemus lähetetty yhdessä.';
    await pathCard.getByLabel('Note (optional)', { exact: true }).fill(moveNote);
    await pathCard.getByRole('button', { name: 'Move' }).click();
    await expectAnnouncement(page, 'status', 'The client was moved to the new stage.');
    await expect
      .poll(() =>
        pathCard
          .locator('li[aria-current="step"]')
          .evaluate((item) => item.firstChild?.textContent),
      )
      .toBe(nextStage);
    const move = timeline(page).locator('li.timeline-stage').first();
    await expect(move.locator('h3').innerText()).resolves.toBe(
      `${pathName}: ${currentStage} → ${nextStage}`,
    );
    await expect(move.innerText()).resolves.toContain(moveNote);
    // The session is still there, below the move.
    await expect(session.count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'person-after-move');

    // The path's board shows the client in the new stage's column.
    await pathCard.getByRole('link', { name: pathName, exact: true }).click();
    await expectHeading(page, pathName);
    await page.getByRole('region', { name: 'Stages of the path; scrolls sideways' }).waitFor();
    await waitForNavigation(page);
    const column = page
      .locator('li.path-board-column')
      .filter({ has: page.getByRole('heading', { level: 3, name: nextStage, exact: true }) });
    await expect(column.count()).resolves.toBe(1);
    const cards = await column.locator('.path-card-name').allInnerTexts();
    if (!cards.includes(name)) {
      // A full column shows the longest waiting first: the client who just arrived is in
      // the people list the column links to.
      await column.getByRole('link', { name: /^Show all/ }).click();
      await expectHeading(page, 'Clients');
      await waitForNavigation(page);
      await page.getByLabel('Search', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL((url) => url.searchParams.has('q'));
      await expect.poll(() => hrefsOf(personLinks(page))).toContain(personPath);
    }
    await expectNoAxeViolations(page);
    if (page.url().includes('/paths/')) await column.scrollIntoViewIfNeeded();
    await screenshot(page, 'path-board-after-move');
  });

  test('a session with a negative length and an appointment before it is refused by the fields, with the input kept', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.coach.email);
    await openClientsFromNavigation(page);
    await personLinks(page).first().click();
    const name = await expectPersonPage(page);
    const newestBefore = await timeline(page).locator('li.timeline-entry').first().innerText();

    await page.getByRole('link', { name: 'Log a session' }).click();
    await expectHeading(page, `Log a session with ${name}`);
    await waitForNavigation(page);
    const occurredAt = await page.getByLabel('Date and time', { exact: true }).inputValue();
    // A day before the session, in the same datetime-local text.
    const dayBefore = new Date(Date.parse(`${occurredAt}:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 16);
    // The topic first: a message appearing by a field on blur moves what is below it.
    await page.getByLabel('Other', { exact: true }).check();
    await page.getByLabel('Notes', { exact: true }).fill('Tämä ei saa tallentua.');
    await page.getByLabel('Duration (minutes)', { exact: true }).fill('-15');
    await page.getByLabel('Next appointment', { exact: true }).fill(dayBefore);
    await page.getByRole('button', { name: 'Save session' }).click();

    await expect
      .poll(() => fieldMessages(page, 'Duration (minutes)'))
      .toEqual(['Enter the duration in whole minutes, from 1 to 600.']);
    await screenshot(page, 'session-log-refused');
    // Both mistakes at once, so the coach fixes them in one go.
    await expect
      .poll(() => fieldMessages(page, 'Next appointment'))
      .toEqual(['The next appointment must come after this session.']);
    await expect(fieldMessages(page, 'Date and time')).resolves.toEqual([]);
    await expect(page.getByLabel('Duration (minutes)', { exact: true }).inputValue()).resolves.toBe(
      '-15',
    );
    await expect(page.getByLabel('Next appointment', { exact: true }).inputValue()).resolves.toBe(
      dayBefore,
    );
    await expect(page.getByLabel('Notes', { exact: true }).inputValue()).resolves.toBe(
      'Tämä ei saa tallentua.',
    );
    await expect(page.getByLabel('Other', { exact: true }).isChecked()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toMatch(/\/sessions\/new$/);
    await expectNoAxeViolations(page);

    // Nothing reached the timeline.
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expectHeading(page, name);
    await waitForNavigation(page);
    await expect(timeline(page).locator('li.timeline-entry').first().innerText()).resolves.toBe(
      newestBefore,
    );
    await expect(timeline(page).getByText('Tämä ei saa tallentua.').count()).resolves.toBe(0);
  });

  test('without JavaScript the server refuses a bad session with 400, the messages by the fields and the input', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    allowConsoleErrors(page, /status of 400/);
    await signIn(page, demoUsers.coach.email);
    await visit(page, '/people');
    // No page script runs here, so no evaluate() (and no axe: the form is checked with JavaScript).
    const personPath = (await personLinks(page).first().getAttribute('href'))!;
    await visit(page, `${personPath}/sessions/new`);
    const occurredAt = await page.getByLabel('Date and time', { exact: true }).inputValue();
    const dayBefore = new Date(Date.parse(`${occurredAt}:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 16);
    const save = async () => {
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
        page.getByRole('button', { name: 'Save session' }).click(),
      ]);
      expect(response.status()).toBe(400);
      await page.locator('.field-errors').first().waitFor();
    };

    // A negative length and no topic.
    await page.getByLabel('Duration (minutes)', { exact: true }).fill('-15');
    await page.getByLabel('Notes', { exact: true }).fill('Ilman JavaScriptiä.');
    await save();
    await expect(fieldMessages(page, 'Duration (minutes)')).resolves.toEqual([
      'Enter the duration in whole minutes, from 1 to 600.',
    ]);
    await expect(fieldMessages(page, page.getByRole('group', { name: 'Topics' }))).resolves.toEqual(
      ['Choose at least one topic, or “Other”.'],
    );
    await expect(page.getByLabel('Duration (minutes)', { exact: true }).inputValue()).resolves.toBe(
      '-15',
    );
    await expect(page.getByLabel('Notes', { exact: true }).inputValue()).resolves.toBe(
      'Ilman JavaScriptiä.',
    );
    await screenshot(page, 'session-log-refused-no-js');

    // Those fixed, an appointment before the session.
    await page.getByLabel('Duration (minutes)', { exact: true }).fill('30');
    await page.getByLabel('Other', { exact: true }).check();
    await page.getByLabel('Next appointment', { exact: true }).fill(dayBefore);
    await save();
    await expect(fieldMessages(page, 'Next appointment')).resolves.toEqual([
      'The next appointment must come after this session.',
    ]);
    await expect(fieldMessages(page, 'Duration (minutes)')).resolves.toEqual([]);
    await expect(page.getByLabel('Next appointment', { exact: true }).inputValue()).resolves.toBe(
      dayBefore,
    );
    await expect(page.getByLabel('Other', { exact: true }).isChecked()).resolves.toBe(true);
  });

  test('a coach adds a client with the email of an existing one after the duplicate warning, then edits them', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.coach.email);
    await openClientsFromNavigation(page);
    const existing = listRows(page).filter({ hasText: /@/ }).first();
    const [lastName, firstName] = (await existing.locator('a.person-link').innerText()).split(', ');
    const email = /\S+@\S+/.exec(await existing.innerText())![0];

    await page.getByRole('link', { name: 'New client' }).click();
    await expectHeading(page, 'New client');
    await waitForNavigation(page);
    await expectNoAxeViolations(page);
    const newLast = `Testinen${Date.now().toString(36)}`;
    await page.getByLabel('First name', { exact: true }).fill('Kaarina');
    await page.getByLabel('Last name', { exact: true }).fill(newLast);
    await page.getByLabel('Email', { exact: true }).fill(email);
    // Nothing is saved yet: the server answers 409 with the likely duplicates.
    allowConsoleErrors(page, /status of 409/);
    await page.getByRole('button', { name: 'Add client' }).click();
    const warning = page.locator('section.duplicate-warning');
    await warning.getByRole('heading', { name: 'This may be someone already in Polku' }).waitFor();
    const match = warning.locator('li').filter({ hasText: `${firstName} ${lastName}` });
    await expect(match.count()).resolves.toBe(1);
    await expect(match.innerText()).resolves.toContain('same email');
    await expect(match.getByRole('link').getAttribute('href')).resolves.toMatch(/^\/people\//);
    // What was typed is kept.
    await expect(page.getByLabel('Last name', { exact: true }).inputValue()).resolves.toBe(newLast);
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(email);
    await expectNoAxeViolations(page);
    await screenshot(page, 'person-duplicate-warning');

    await page.getByLabel('This is a different person: add them anyway').check();
    await page.getByRole('button', { name: 'Add client' }).click();
    await expectHeading(page, `Kaarina ${newLast}`);
    await expectAnnouncement(page, 'status', 'The client was added.');
    await waitForNavigation(page);
    const contact = page.locator('section[aria-labelledby="person-contact"]');
    await expect(contact.innerText()).resolves.toContain(email);
    await expect(
      page.locator('section[aria-labelledby="person-service"]').innerText(),
    ).resolves.toContain(demoUsers.coach.name);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Edit details' }).click();
    await expectHeading(page, `Edit Kaarina ${newLast}`);
    await waitForNavigation(page);
    await page.getByLabel('Municipality', { exact: true }).fill('Kuopio');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectHeading(page, `Kaarina ${newLast}`);
    await expectAnnouncement(page, 'status', 'The changes were saved.');
    const municipality = contact.locator('dt:text-is("Municipality") + dd');
    await expect(municipality.innerText()).resolves.toBe('Kuopio');
    await expectNoAxeViolations(page);
    await screenshot(page, 'person-created-and-edited');
  });

  test('a client only another coach’s team may read is a 404 for a coach outside it', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.coach.email);
    await openClientsFromNavigation(page);
    await filterList(page, { coach: demoUsers.coach.name, segment: 'Maahanmuuttajataustaiset' });
    const url = new URL(page.url());
    expect(url.searchParams.get('coach')).toMatch(/^[0-9a-f-]{36}$/);
    expect(url.searchParams.get('segment')).toMatch(/^[0-9a-f-]{36}$/);
    // coach2 is on the team of Työttömät ja lomautetut only.
    const row = listRows(page)
      .filter({ hasNotText: 'Työttömät ja lomautetut' })
      .filter({ hasText: demoUsers.coach.name })
      .first();
    const link = row.locator('a.person-link');
    const [lastName, firstName] = (await link.innerText()).split(', ');
    const href = (await link.getAttribute('href'))!;
    await expectNoAxeViolations(page);

    const { page: other } = await openPage(browser());
    await signIn(other, demoUsers.coach2.email);
    allowConsoleErrors(other, /status of 404/);
    const response = await visit(other, href);
    expect(response.status()).toBe(404);
    await expectHeading(other, 'Page not found');
    const html = await other.content();
    expect(html).not.toContain(`${firstName} ${lastName}`);
    expect(html).not.toContain(`${lastName}, ${firstName}`);
    for (const path of [`${href}/sessions/new`, `${href}/edit`]) {
      expect((await visit(other, path)).status(), path).toBe(404);
    }
    await expectNoAxeViolations(other);
    await screenshot(other, 'person-outside-caseload');

    // Nor does a search find them.
    await visit(other, `/people?q=${encodeURIComponent(`${firstName} ${lastName}`)}`);
    await expect(hrefsOf(personLinks(other))).resolves.not.toContain(href);
  });

  test('a manager reads a client’s sessions without the notes and cannot change anything, and sees more clients than a coach', async () => {
    const { page: coach } = await openPage(browser());
    await signIn(coach, demoUsers.coach.email);
    await openClientsFromNavigation(coach);
    const coachCount = await clientCount(coach);
    // A client whose newest session has notes, as the coach sees it.
    let href = '';
    let sessionTitle = '';
    let sessionTopics: string[] = [];
    let noteText = '';
    for (const candidate of (await hrefsOf(personLinks(coach))).slice(0, 10)) {
      await visit(coach, candidate);
      const withNotes = timeline(coach)
        .locator('li.timeline-session')
        .filter({ has: coach.locator('.timeline-text') })
        .first();
      if (!(await withNotes.count())) continue;
      href = candidate;
      sessionTitle = await withNotes.locator('h3').innerText();
      sessionTopics = await withNotes.locator('li.badge').allInnerTexts();
      noteText = await withNotes.locator('.timeline-text').first().innerText();
      break;
    }
    expect(href, 'a client with session notes').not.toBe('');

    const { page } = await openPage(browser());
    await signIn(page, demoUsers.manager.email);
    await openClientsFromNavigation(page);
    await expect(clientCount(page)).resolves.toBeGreaterThan(coachCount);
    await expectNoAxeViolations(page);

    await visit(page, href);
    await expectPersonPage(page);
    const session = timeline(page)
      .locator('li.timeline-session')
      .filter({ has: page.getByRole('heading', { name: sessionTitle, exact: true }) })
      .first();
    await expect(session.locator('li.badge').allInnerTexts()).resolves.toEqual(sessionTopics);
    await expect(timeline(page).innerText()).resolves.toContain(
      'Notes are visible to coaches only.',
    );
    await expect(timeline(page).locator('.timeline-text').count()).resolves.toBe(0);
    await expect(page.content()).resolves.not.toContain(noteText);
    await expect(page.getByRole('link', { name: 'Log a session' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Edit details' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Move' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Put on path' }).count()).resolves.toBe(0);
    await expect(page.getByText('Write a note').count()).resolves.toBe(0);
    await expect(timeline(page).getByRole('link', { name: /^Edit/ }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'person-page-manager');
  });

  test('a manager pages through the clients and sorts them by last contact, with the keyboard too', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.manager.email);
    await openClientsFromNavigation(page);
    const firstPage = await hrefsOf(personLinks(page));
    expect(firstPage).toHaveLength(50);
    await expect(
      page.locator('nav.page-links span[aria-disabled="true"]').innerText(),
    ).resolves.toBe('← Previous page');

    await page.getByRole('link', { name: /^Next page/ }).click();
    await page.waitForURL((url) => url.searchParams.has('after'));
    await expect.poll(async () => (await hrefsOf(personLinks(page)))[0]).not.toBe(firstPage[0]);
    const secondPage = await hrefsOf(personLinks(page));
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'people-page-2');

    await page.getByRole('link', { name: /^← Previous page/ }).click();
    await page.waitForURL((url) => url.searchParams.has('before'));
    await expect.poll(() => hrefsOf(personLinks(page))).toEqual(firstPage);

    // From the top of a freshly loaded list, only keys: Tab to the header, Enter.
    await visit(page, '/people');
    const header = page.getByRole('link', { name: 'Last contact', exact: true });
    await tabTo(page, header);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'lastContact');
    await waitForNavigation(page);
    // The URL changes before React renders the sorted page.
    await expect
      .poll(() =>
        page.locator('thead th').filter({ hasText: 'Last contact' }).getAttribute('aria-sort'),
      )
      .toBe('ascending');
    // The filter form offers the order shown, so that searching next keeps it.
    await expect
      .poll(() => page.getByLabel('Sort by', { exact: true }).inputValue())
      .toBe('lastContact');
    // Oldest contact first, clients never contacted before everyone else.
    const lastContacts = (await listRows(page).locator('td:last-child').allInnerTexts()).map(
      (text) => (text === 'Never' ? -Infinity : Date.parse(text)),
    );
    expect(lastContacts.every((time) => !Number.isNaN(time))).toBe(true);
    expect(lastContacts).toEqual([...lastContacts].sort((a, b) => a - b));
    await expectNoAxeViolations(page);
    await screenshot(page, 'people-sorted-last-contact');
  });

  test('my work shows a coach’s day and the clients stalled for a chosen number of days', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.coach.email);
    await page.locator('nav.shell-nav').getByRole('link', { name: 'My work' }).click();
    await expectHeading(page, 'My work');
    await waitForNavigation(page);
    await expect(page.locator('main h2').allInnerTexts()).resolves.toEqual([
      'Today',
      'Overdue follow-ups',
      'Coming 14 days',
      'Stalled on a service path',
    ]);
    await expect(page.getByText(/^You are the coach of \d+ clients?\./).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'my-work');

    const stalled = page.locator('section[aria-labelledby="stalled-title"]');
    await stalled.getByLabel('Days in one stage', { exact: true }).fill('60');
    await stalled.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL((url) => url.searchParams.get('stalledDays') === '60');
    await expect
      .poll(() => stalled.locator('p.muted').first().innerText())
      .toBe('Your clients who have stayed in the same stage for more than 60 days.');
    await expect(
      stalled.getByLabel('Days in one stage', { exact: true }).inputValue(),
    ).resolves.toBe('60');
    const days = await stalled.locator('tbody td.numeric').allInnerTexts();
    for (const value of days) expect(Number(value)).toBeGreaterThan(60);
    await expectNoAxeViolations(page);
    await screenshot(page, 'my-work-stalled-60');
  });

  test('the author edits a session’s topics and the change is in its history', async () => {
    const { page } = await openPage(browser());
    await signIn(page, demoUsers.coach.email);
    await openClientsFromNavigation(page);
    await filterList(page, { coach: demoUsers.coach.name });
    // A session of this coach's that has not been edited yet.
    let editHref = '';
    for (const candidate of (await hrefsOf(personLinks(page))).slice(0, 10)) {
      await visit(page, candidate);
      const unedited = timeline(page)
        .locator('li.timeline-session')
        .filter({ has: editLink(page) })
        .filter({ hasNot: page.locator('.badge-muted') })
        .first();
      if (!(await unedited.count())) continue;
      editHref = (await editLink(unedited).getAttribute('href'))!;
      break;
    }
    expect(editHref, 'an unedited session by this coach').not.toBe('');
    const name = await page.locator('h1').innerText();
    const entry = timeline(page)
      .locator('li.timeline-session')
      .filter({ has: page.locator(`a[href="${editHref}"]`) });

    await editLink(entry).click();
    await expectHeading(page, 'Edit session');
    await waitForNavigation(page);
    const history = page.locator('section[aria-labelledby="history-title"]');
    await expect(history.innerText()).resolves.toContain('The session has not been edited.');
    await expectNoAxeViolations(page);
    const topics = page.getByRole('group', { name: 'Topics' });
    const before = await topics.locator('label:has(input:checked)').allInnerTexts();
    const added = topics.locator('label:has(input:not(:checked))').first();
    const addedTopic = (await added.innerText()).trim();
    await added.locator('input').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectHeading(page, name);
    await expectAnnouncement(page, 'status', 'The changes to the session were saved.');
    await expect(entry.locator('li.badge').allInnerTexts()).resolves.toContain(addedTopic);
    await expect(entry.locator('.badge-muted').innerText()).resolves.toBe('edited');

    await editLink(entry).click();
    await expectHeading(page, 'Edit session');
    await waitForNavigation(page);
    await expect(history.locator('.revision').count()).resolves.toBe(1);
    await expect(history.locator('.revision h3').innerText()).resolves.toContain(
      demoUsers.coach.name,
    );
    const row = history.locator('tbody tr');
    await expect(row.locator('th').allInnerTexts()).resolves.toEqual(['Topics']);
    const [from, to] = await row.locator('td').allInnerTexts();
    expect(from!.split(', ').sort()).toEqual(before.map((topic) => topic.trim()).sort());
    expect(to!.split(', ')).toContain(addedTopic);
    await expectNoAxeViolations(page);
    await screenshot(page, 'session-history');
  });
});
