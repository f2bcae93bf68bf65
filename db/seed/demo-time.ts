// The demo's appointments and sessions fall in office hours in Helsinki, whatever
// the time zone of the machine that seeds it.

const helsinki = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Helsinki',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

export const dayMs = 24 * 60 * 60 * 1000;

function formattedOffset(instant: number): number {
  const parts = Object.fromEntries(
    helsinki.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

// Formatting is slow and the seed asks thousands of times, so the offset is
// kept per UTC day; only a day with a DST change is worked out by the instant.
const dayOffsets = new Map<number, [number, number]>();

function offsetAt(instant: number): number {
  const day = Math.floor(instant / dayMs);
  let offsets = dayOffsets.get(day);
  if (!offsets) {
    offsets = [formattedOffset(day * dayMs), formattedOffset((day + 1) * dayMs - 1000)];
    dayOffsets.set(day, offsets);
  }
  return offsets[0] === offsets[1] ? offsets[0] : formattedOffset(instant);
}

/** The Helsinki wall-clock time of an instant, as the UTC fields of a Date. */
function helsinkiWallClock(instant: Date): Date {
  return new Date(instant.getTime() + offsetAt(instant.getTime()));
}

/** The instant at `hour:minute` in Helsinki, `days` days after the Helsinki date of `from`. */
export function atHelsinki(from: Date, days: number, hour: number, minute = 0): Date {
  const wall = helsinkiWallClock(from);
  const target = Date.UTC(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate() + days,
    hour,
    minute,
  );
  // Two rounds find the offset in force at the target time, across a DST change.
  let instant = target;
  for (let round = 0; round < 2; round += 1) {
    instant = target - (helsinkiWallClock(new Date(instant)).getTime() - instant);
  }
  return new Date(instant);
}

/** The weekday (0 = Sunday) and month (0–11) of the Helsinki date `days` days after that of `from`. */
export function helsinkiDay(from: Date, days: number): { weekday: number; month: number } {
  const wall = helsinkiWallClock(from);
  const day = new Date(
    Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + days),
  );
  return { weekday: day.getUTCDay(), month: day.getUTCMonth() };
}

/** `YYYY-MM-DD` of the Helsinki date of an instant. */
export function helsinkiDate(instant: Date): string {
  return helsinkiWallClock(instant).toISOString().slice(0, 10);
}
