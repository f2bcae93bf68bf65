import { describe, expect, it } from 'vitest';
import { safeLocalPath, safeRedirect } from './safe-redirect';

describe('where sign-in may send the user', () => {
  it('keeps paths on this site', () => {
    expect(safeRedirect('/admin/users?role=coach')).toBe('/admin/users?role=coach');
  });

  it.each([
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    // Browsers drop tabs and newlines from URLs: `/<tab>/host` would become `//host`.
    '/\t/evil.example',
    '/\n/evil.example',
    '/\u0000/x',
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

describe('where the language switch may return to', () => {
  it('keeps the sign-in page and its parameters', () => {
    expect(safeLocalPath('/login?redirectTo=%2Fadmin%2Factivity')).toBe(
      '/login?redirectTo=%2Fadmin%2Factivity',
    );
  });

  it.each(['//evil.example', '/\\evil.example', 'https://evil.example'])('refuses %s', (target) => {
    expect(safeLocalPath(target)).toBe('/');
  });
});
