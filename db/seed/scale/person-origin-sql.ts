import {
  finlandSwedishNames,
  finnishNames,
  immigrantOrigins,
  type NameOrigin,
} from './scale-names';
import { arrayLiteral, caseOf, expandWeights, pickWeighted, unit } from './sql-random';
import type { ScaleWorld } from './scale-world';

// A person's origin decides their names and first languages. Origins are
// numbered: 0 Finnish, 1 Finland-Swedish, then the foreign origins in order.

const origins: NameOrigin[] = [
  finnishNames,
  finlandSwedishNames,
  ...immigrantOrigins.map(([origin]) => origin),
];

// In segments of foreign-background clients nine in ten are of a foreign
// origin; elsewhere about one in eight.
const foreignSegmentOrigins: [number, number][] = [
  [0, 10],
  [1, 1],
  ...immigrantOrigins.map(([, weight], index) => [index + 2, weight] as [number, number]),
];
const otherSegmentOrigins: [number, number][] = [
  [0, 640],
  [1, 56],
  ...immigrantOrigins.map(([, weight], index) => [index + 2, weight] as [number, number]),
];

/** The origin number of a person, given the SQL of their main segment's position. */
export function personOrigin(world: ScaleWorld, h: string, segment: string): string {
  const foreign = world.segments.flatMap((s, index) => (s.foreignBackground ? [index] : []));
  return `(case when ${segment} in (${foreign.join(',')}) then ${pickWeighted(foreignSegmentOrigins, 'int', h, 'origin')} else ${pickWeighted(otherSegmentOrigins, 'int', h, 'origin')} end)`;
}

/**
 * A name from one flat array holding every origin's names: `origin` selects
 * the slice. Weighted names are repeated in the array, so a uniform pick
 * within the slice follows the weights.
 */
function nameFrom(lists: string[][], h: string, origin: string, purpose: string): string {
  const starts: number[] = [];
  let offset = 0;
  for (const list of lists) {
    starts.push(offset);
    offset += list.length;
  }
  const all = arrayLiteral(lists.flat(), 'text');
  const start = `(${arrayLiteral(starts, 'int')})[1 + ${origin}]`;
  const count = `(${arrayLiteral(
    lists.map((list) => list.length),
    'int',
  )})[1 + ${origin}]`;
  return `(${all})[1 + ${start} + floor(${unit(h, purpose)} * ${count})::int]`;
}

export function firstName(h: string, origin: string): string {
  return nameFrom(
    origins.map((o) => [...o.firstNames]),
    h,
    origin,
    'first name',
  );
}

export function lastName(h: string, origin: string): string {
  return nameFrom(
    origins.map((o) => expandWeights(o.lastNames)),
    h,
    origin,
    'last name',
  );
}

/** First language first, then often Finnish or English; as array literals cast to text[]. */
function languageChoices(language: string): [string, number][] {
  if (language === 'fi')
    return [
      ['{fi}', 75],
      ['{fi,en}', 20],
      ['{fi,sv}', 5],
    ];
  if (language === 'sv')
    return [
      ['{sv}', 30],
      ['{sv,fi}', 60],
      ['{sv,fi,en}', 10],
    ];
  if (language === 'en')
    return [
      ['{en}', 50],
      ['{en,fi}', 50],
    ];
  return [
    [`{${language}}`, 20],
    [`{${language},fi}`, 35],
    [`{${language},en}`, 20],
    [`{${language},fi,en}`, 25],
  ];
}

export function personLanguages(h: string, origin: string): string {
  return `${caseOf(
    origin,
    origins.map((o) => pickWeighted(languageChoices(o.language), 'text', h, 'languages')),
  )}::text[]`;
}

/** first.last[number]@example.* without accents, as people write their addresses. */
export function personEmail(h: string, first: string, last: string): string {
  const local = `translate(lower(${first} || '.' || ${last}), 'äöåéèüçşğıñáíóúõ'' ', 'aoaeeucsginaiouo')`;
  const number = `(case when ${unit(h, 'email number')} < 0.4 then '' else (1 + (${unit(h, 'email digits')} * 98)::int)::text end)`;
  const domain = pickWeighted(
    [
      ['example.com', 5],
      ['example.net', 3],
      ['example.org', 2],
    ],
    'text',
    h,
    'email domain',
  );
  return `(${local} || ${number} || '@' || ${domain})`;
}
