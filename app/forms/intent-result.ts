import type { SubmissionResult } from '@conform-to/react';

/**
 * A page with several forms gets one action result back; this picks it for the
 * form it belongs to, by the hidden `intent` (and record id) the form sent.
 */
export function resultForIntent(
  result: SubmissionResult<string[]> | undefined,
  intent: string,
  record?: { field: string; id: string },
): SubmissionResult<string[]> | undefined {
  const typed = result?.initialValue;
  if (!typed || typed.intent !== intent) return undefined;
  return !record || typed[record.field] === record.id ? result : undefined;
}
