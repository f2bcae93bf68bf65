import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('where sign-in may send the user', () => {
  it('keeps paths on this site', () => {
    expect(safeRedirect('/admin/users?role=coach')).toBe('/admin/users?role=coach');
  });

  it.each([
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    '',
    null,
    42,
    '/login',
    '/logout',
  ])('replaces %s with the home page', (target) => {
    expect(safeRedirect(target)).toBe('/');
  });
});
