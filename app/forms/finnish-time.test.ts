import { describe, expect, it } from 'vitest';
import { finnishDay, parseFinnishDateTime, toFinnishDateTimeInput } from './finnish-time';

describe('Finnish wall-clock time', () => {
  it('reads winter time as UTC+2 and summer time as UTC+3', () => {
    expect(parseFinnishDateTime('2026-01-15T10:00')?.toISOString()).toBe(
      '2026-01-15T08:00:00.000Z',
    );
    expect(parseFinnishDateTime('2026-07-15T10:00')?.toISOString()).toBe(
      '2026-07-15T07:00:00.000Z',
    );
  });

  it('round-trips through the input value, across the daylight-saving changes', () => {
    for (const value of [
      '2026-03-29T02:59',
      '2026-03-29T04:00',
      '2026-10-25T05:00',
      '2026-12-31T23:30',
    ]) {
      const instant = parseFinnishDateTime(value);
      expect(instant).not.toBeNull();
      expect(toFinnishDateTimeInput(instant!)).toBe(value);
    }
  });

  it('refuses what is not a time', () => {
    expect(parseFinnishDateTime('2026-02-30T10:00')).toBeNull();
    expect(parseFinnishDateTime('2026-02-10T25:00')).toBeNull();
    expect(parseFinnishDateTime('2026-02-10T10:75')).toBeNull();
    expect(parseFinnishDateTime('tomorrow')).toBeNull();
    expect(parseFinnishDateTime('')).toBeNull();
  });

  it('gives the Finnish calendar day, which is ahead of UTC late in the evening', () => {
    expect(finnishDay(new Date('2026-11-23T22:30:00Z'))).toBe('2026-11-24');
  });
});
