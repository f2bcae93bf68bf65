import { recordId } from './text-schemas';

/** A record id from the URL; anything but a UUID is a 404 before any query runs. */
export function requireRecordId(value: string | undefined): string {
  const parsed = recordId.safeParse(value);
  if (!parsed.success) throw new Response('Not found', { status: 404 });
  return parsed.data;
}
