import { z } from 'zod';
import { hasNoNulCharacter } from '~/forms/text-schemas';
import { isTimestampCursor } from './timestamp-cursor';

/**
 * A keyset cursor: the sort key of the row a page starts after (or ends
 * before). It is the values of the list's index columns, so the database seeks
 * straight to the row however deep it is. Encoded as base64url JSON, so the
 * URL stays short and a tampered cursor is simply ignored.
 */
const cursorSchema = z
  .array(z.union([z.string().max(200), z.null()]))
  .min(2)
  .max(3);
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(values: Cursor): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** The SQL type of each value of a cursor, in order. */
export type CursorTypes = readonly ('text' | 'uuid' | 'timestamptz')[];

const uuid = z.uuid();
const validFor = {
  text: hasNoNulCharacter,
  uuid: (value: string) => uuid.safeParse(value).success,
  timestamptz: isTimestampCursor,
} as const;

/**
 * The cursor's values, or null when the text is not a cursor of these types:
 * a tampered or outdated cursor shows the first page instead of failing.
 */
export function decodeCursor(text: string | undefined, types: CursorTypes): Cursor | null {
  if (!text) return null;
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(text, 'base64url').toString('utf8')),
    );
    if (!parsed.success || parsed.data.length !== types.length) return null;
    const valid = parsed.data.every(
      (value, index) => value !== null && validFor[types[index]!](value),
    );
    return valid ? parsed.data : null;
  } catch {
    return null;
  }
}
