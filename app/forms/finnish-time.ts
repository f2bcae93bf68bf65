// Staff type times as Finnish wall-clock time (`<input type="datetime-local">`
// has no zone); the database stores instants. These convert between the two
// for Europe/Helsinki, daylight saving included, on the server and in the browser.

const timeZone = 'Europe/Helsinki';
const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function finnishParts(instant: Date) {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** Minutes Finland is ahead of UTC at an instant (120 in winter, 180 in summer). */
function offsetMinutes(instant: Date): number {
  const p = finnishParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/** `2026-11-23T14:30` in Finnish time as an instant; null when it is not a real time. */
export function parseFinnishDateTime(value: string): Date | null {
  const match = localPattern.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    return null;
  }
  // The offset at the wall-clock time read as UTC is right except within hours
  // of a daylight-saving change; a second pass settles it.
  let instant = new Date(wallClock - offsetMinutes(check) * 60000);
  instant = new Date(wallClock - offsetMinutes(instant) * 60000);
  return instant;
}

/** An instant as the value of a `datetime-local` input in Finnish time. */
export function toFinnishDateTimeInput(instant: Date | string): string {
  const p = finnishParts(new Date(instant));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** The calendar day in Finland, `YYYY-MM-DD`. */
export function finnishDay(instant: Date = new Date()): string {
  return toFinnishDateTimeInput(instant).slice(0, 10);
}

/** The instant a Finnish calendar day starts. */
export function startOfFinnishDay(day: string): Date {
  return parseFinnishDateTime(`${day}T00:00`)!;
}
