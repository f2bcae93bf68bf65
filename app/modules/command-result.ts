/**
 * What a module's command answers: done (with a value), or messages keyed by
 * form field, as translation keys. The empty field name '' means the whole form.
 */
export type CommandResult<T = undefined> =
  { ok: true; value: T } | { ok: false; fieldErrors: Record<string, string[]> };

export function done(): CommandResult;
export function done<T>(value: T): CommandResult<T>;
export function done<T>(value?: T): CommandResult<T | undefined> {
  return { ok: true, value };
}

export function refused(
  field: string,
  messageKey: string,
): { ok: false; fieldErrors: Record<string, string[]> } {
  return { ok: false, fieldErrors: { [field]: [messageKey] } };
}
