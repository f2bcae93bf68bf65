import type { Submission } from '@conform-to/react';
import { data } from '@remix-run/node';

interface RejectOptions {
  /** Refusals from a module (`CommandResult`), as translation keys by field. */
  fieldErrors?: Record<string, string[]>;
  /** Fields never sent back to the browser (passwords). */
  hideFields?: string[];
  status?: number;
}

/**
 * The answer to a form that cannot be accepted: 400 (or the given status) with
 * the messages by their fields and what the user typed, for the form to show.
 */
export function rejectSubmission(
  submission: Submission<unknown>,
  { fieldErrors, hideFields, status = 400 }: RejectOptions = {},
) {
  return data({ result: submission.reply({ fieldErrors, hideFields }) }, { status });
}
