import { phoneDigits } from './phone-number';

/**
 * What a search box query looks for. People type the start of a name ("virt",
 * "anna virt"), an email address or a phone number; each is matched by
 * prefix against its own index.
 */
export type PeopleSearch =
  | { by: 'email'; prefix: string }
  | { by: 'phone'; prefix: string }
  | { by: 'name'; tsquery: string };

export function parsePeopleSearch(q: string): PeopleSearch | null {
  const text = q.trim().toLowerCase();
  if (!text) return null;
  if (text.includes('@')) return { by: 'email', prefix: text };
  if (/^[+\d\s()-]+$/.test(text) && text.replace(/\D/g, '').length >= 3) {
    return { by: 'phone', prefix: phoneDigits(text) };
  }
  // Only letters and digits reach the text-search query, so no input can break its syntax.
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return null;
  return { by: 'name', tsquery: words.map((word) => `${word}:*`).join(' & ') };
}

/** A LIKE pattern for text starting with `prefix` literally. */
export function startsWithPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}
