import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeopleSearch, startsWithPattern } from './people-search';

describe('the people search box', () => {
  it('matches the start of each word of a name', () => {
    expect(parsePeopleSearch('Anna Virt')).toEqual({ by: 'name', tsquery: 'anna:* & virt:*' });
    expect(parsePeopleSearch("  O'Brien-Ääkkönen ")).toEqual({
      by: 'name',
      tsquery: 'o:* & brien:* & ääkkönen:*',
    });
  });

  it('reads an email address and a phone number as such', () => {
    expect(parsePeopleSearch('Anna.V@')).toEqual({ by: 'email', prefix: 'anna.v@' });
    expect(parsePeopleSearch('040 123')).toEqual({ by: 'phone', prefix: '35840123' });
    expect(parsePeopleSearch('+358 40 1')).toEqual({ by: 'phone', prefix: '358401' });
  });

  it('gives nothing to search for when there are no letters or digits', () => {
    expect(parsePeopleSearch('  ')).toBeNull();
    expect(parsePeopleSearch('&|!:*')).toBeNull();
  });

  it('never lets tsquery syntax through, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        const search = parsePeopleSearch(q);
        if (search?.by === 'name') {
          expect(search.tsquery).toMatch(/^[\p{L}\p{N}]+:\*( & [\p{L}\p{N}]+:\*)*$/u);
        }
      }),
    );
  });

  it('escapes LIKE wildcards so they match themselves', () => {
    expect(startsWithPattern('a_b%c\\')).toBe('a\\_b\\%c\\\\%');
  });
});
