import { sql, type SQL } from 'drizzle-orm';

/**
 * Times in paging cursors are written by PostgreSQL as UTC with microseconds
 * (`2026-11-23T13:20:01.123456Z`), so a cursor names an exact row time, sorts as
 * text, and reads back the same whatever the server's time zone.
 */
export function timestampCursorText(time: SQL): SQL<string> {
  return sql<string>`case when isfinite(${time}) then to_char(${time} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') else (${time})::text end`;
}

const cursorPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Whether text from a URL is such a time (or `-infinity`), safe to cast in SQL. */
export function isTimestampCursor(text: string): boolean {
  if (text === '-infinity') return true;
  if (!cursorPattern.test(text)) return false;
  const parsed = new Date(`${text.slice(0, 23)}Z`);
  // The Date round trip rejects 31 February and 25 o'clock, which the pattern lets through.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === text.slice(0, 19);
}
