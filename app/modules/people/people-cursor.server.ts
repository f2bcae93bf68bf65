import { z } from 'zod';

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

export function decodeCursor(text: string | undefined, length: number): Cursor | null {
  if (!text) return null;
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(text, 'base64url').toString('utf8')),
    );
    if (!parsed.success || parsed.data.length !== length) return null;
    return parsed.data;
  } catch {
    return null;
  }
}
