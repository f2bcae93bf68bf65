import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Response,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject, onTestFinished } from 'vitest';

export const demoPassword = 'polku-demo-2026';

export const demoUsers = {
  admin: { email: 'admin@example.org', name: 'Tuula Lehtonen', role: 'admin' },
  manager: { email: 'manager@example.org', name: 'Mikko Virtanen', role: 'manager' },
  coach: { email: 'coach@example.org', name: 'Sanna Korhonen', role: 'coach' },
  coach2: { email: 'coach2@example.org', name: 'Ahmed Hassan', role: 'coach' },
  partner: { email: 'partner@example.org', name: 'Liisa Mäkinen', role: 'partnership' },
} as const;

export const screenshotDir = '/tmp/e2e-shots';

export function baseUrl(): string {
  return inject('baseUrl');
}

// These flags were measured to work with Debian's chromium in this container;
// --user-data-dir is left to playwright, which manages its own profile.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}

/** One Chromium for the calling test file, launched before its tests and closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is launched in beforeAll.');
    return browser;
  };
}

export interface PageOptions {
  /** Sets both navigator.language and the Accept-Language header. */
  locale?: 'fi-FI' | 'en-US';
  javaScriptEnabled?: boolean;
}

// Console errors a test has announced it expects, e.g. the browser's own
// "Failed to load resource: 403" when a journey deliberately opens a forbidden page.
const expectedErrors = new WeakMap<Page, RegExp[]>();
// Pages of contexts without JavaScript: nothing hydrates there, so nothing to wait for.
const scriptless = new WeakSet<Page>();

/** Lets the current test's page log console errors matching `pattern` without failing. */
export function allowConsoleErrors(page: Page, pattern: RegExp): void {
  expectedErrors.set(page, [...(expectedErrors.get(page) ?? []), pattern]);
}

/**
 * A page in a fresh context (its own cookies), closed when the test ends. The
 * test fails when the page logs a console error or throws an uncaught error,
 * because a broken script is invisible in the DOM but breaks the app for users.
 */
export async function openPage(
  browser: Browser,
  { locale = 'en-US', javaScriptEnabled = true }: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale,
    javaScriptEnabled,
    viewport: { width: 1280, height: 900 },
  });
  // Shorter than playwright's 30 s, so a missing element fails well within the test timeout.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  if (!javaScriptEnabled) scriptless.add(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if ((expectedErrors.get(page) ?? []).some((pattern) => pattern.test(text))) return;
    problems.push(`console error on ${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => {
    problems.push(`uncaught error on ${page.url()}: ${error.stack ?? error.message}`);
  });
  onTestFinished(async () => {
    await context.close();
    expect(problems, 'the page logged errors').toEqual([]);
  });
  return { context, page };
}

/**
 * Waits until React has hydrated the page, so that clicks are handled by the
 * app's scripts (client-side validation, client navigation) and not by a plain
 * form post that would race with hydration.
 */
export async function waitForApp(page: Page): Promise<void> {
  if (scriptless.has(page)) return;
  await page.waitForFunction(() => {
    const router = (window as { __remixRouter?: { state: { initialized: boolean } } })
      .__remixRouter;
    return Boolean(router?.state.initialized) && document.readyState === 'complete';
  });
}

/** Waits until a client-side navigation (and its data loading) has finished. */
export async function waitForNavigation(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const router = (window as { __remixRouter?: { state: { navigation: { state: string } } } })
      .__remixRouter;
    return router?.state.navigation.state === 'idle';
  });
}

/** page.goto that also waits for hydration; returns the document response for its status. */
export async function visit(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path);
  if (!response) throw new Error(`No response for ${path}`);
  await waitForApp(page);
  return response;
}

/** Signs in through the login form; the page is left on wherever the app sends the user. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  // A test that was sent to the login page (with its redirectTo) signs in right there.
  if (!isOnLoginPage(page)) await visit(page, '/login');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: /^(Sign in|Kirjaudu)$/ }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  // The URL changes before React renders the new page.
  await page.locator('nav.shell-nav').waitFor();
  await waitForApp(page);
}

function isOnLoginPage(page: Page): boolean {
  return page.url().startsWith(baseUrl()) && new URL(page.url()).pathname === '/login';
}

/** Signs out with the shell's button and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Sign out|Kirjaudu ulos)$/ }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.locator('input[name="email"]').waitFor();
  await waitForApp(page);
}

/**
 * Waits for the page's h1 to read exactly `text`. After a client-side
 * navigation the URL changes before the new page renders, so tests wait for
 * content rather than for the URL.
 */
export async function expectHeading(page: Page, text: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: text, exact: true });
  try {
    await heading.waitFor({ timeout: 10_000 });
  } catch {
    const actual = await page.locator('h1').allInnerTexts();
    expect(actual, `h1 on ${page.url()}`).toEqual([text]);
  }
}

/**
 * Waits until a live region (`status` for confirmations, `alert` for errors)
 * reads `text`; the region may still show the previous page's message at first.
 */
export async function expectAnnouncement(
  page: Page,
  role: 'status' | 'alert',
  text: string,
): Promise<void> {
  await expect
    .poll(() => page.getByRole(role).allInnerTexts(), {
      message: `${role} on ${page.url()}`,
      timeout: 10_000,
    })
    .toContain(text);
}

/**
 * The validation messages shown by a form control: the items of the error list that
 * its aria-describedby names. `control` is the field's exact label, or a locator for
 * a control a label does not find (a group of checkboxes, a field inside one form).
 */
export async function fieldMessages(page: Page, control: string | Locator): Promise<string[]> {
  const target = typeof control === 'string' ? page.getByLabel(control, { exact: true }) : control;
  const described = await target.getAttribute('aria-describedby');
  const ids = (described ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.length ? page.locator(`[id="${ids[0]}"] li`).allInnerTexts() : [];
}

/** The document language the server rendered (and React kept). */
export function pageLanguage(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails with every WCAG 2.1 A/AA violation axe finds, listed readably. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes
      .map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ')}`)
      .join('\n');
    return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${nodes}`;
  });
  expect(report, `axe found violations on ${page.url()}`).toEqual([]);
}

/**
 * Saves a full-page screenshot for a human to look at when E2E_SCREENSHOTS is
 * set; the tests never compare them, so ordinary runs skip the cost.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}
