import { describe, expect, it } from 'vitest';
import { getTranslator } from './i18n';
import { en } from './locales/en';
import { fi } from './locales/fi';
import { localeFromAcceptLanguage } from './locale.server';

function leaves(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

describe('translations', () => {
  it('Finnish and English have the same keys, none of them empty', () => {
    const finnish = leaves(fi);
    const english = leaves(en);
    expect(finnish.map(([key]) => key).sort()).toEqual(english.map(([key]) => key).sort());
    for (const [key, value] of [...finnish, ...english]) {
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: unknown) =>
      String(text)
        .match(/{{\s*\w+/g)
        ?.sort() ?? [];
    const finnish = new Map(leaves(fi));
    for (const [key, text] of leaves(en)) {
      expect(placeholders(finnish.get(key)), key).toEqual(placeholders(text));
    }
  });

  it('translates in the requested language', () => {
    expect(getTranslator('fi')('login.title')).toBe('Kirjaudu sisään');
    expect(getTranslator('en')('login.title')).toBe('Sign in');
    expect(getTranslator('en')('staff.count', { count: 1 })).toBe('1 account');
    expect(getTranslator('fi')('staff.count', { count: 3 })).toBe('3 tiliä');
  });
});

describe('the browser’s language', () => {
  it.each([
    ['fi-FI,fi;q=0.9,en;q=0.8', 'fi'],
    ['en-GB,en;q=0.9', 'en'],
    ['sv-FI,sv;q=0.9,en;q=0.5,fi;q=0.4', 'en'],
    ['de-DE', null],
    ['', null],
  ])('%s → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
