import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoUsers, useBrowser, openPage, screenshot, signIn, visit } from './browser';

const browser = useBrowser();

// WCAG 2.1 AA 1.4.10 Reflow: at 320 CSS pixels (a 1280 px screen zoomed to 400 %)
// nothing but data tables may need sideways scrolling, and tables scroll in their own box.
const narrow = { width: 320, height: 640 };

function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('layout', () => {
  test('every page fits a 320 px wide window without scrolling sideways', async () => {
    const { page } = await openPage(browser(), { locale: 'fi-FI' });
    await page.setViewportSize(narrow);
    await visit(page, '/login');
    const widths: Record<string, number> = { '/login': await pageWidth(page) };

    await signIn(page, demoUsers.admin.email);
    await visit(page, '/admin/users');
    const memberPath =
      (await page.locator('table.data-table tbody a').first().getAttribute('href')) ?? '';
    for (const path of [
      '/',
      '/admin/users',
      '/admin/users/new',
      memberPath,
      '/admin/activity',
      '/account',
    ]) {
      await visit(page, path);
      widths[path] = await pageWidth(page);
    }
    await visit(page, '/admin/users');
    await screenshot(page, 'narrow-staff-list');

    const tooWide = Object.entries(widths).filter(([, width]) => width > narrow.width);
    expect(tooWide, `pages wider than ${narrow.width} px`).toEqual([]);
  });
});
