import { z } from 'zod';

/**
 * Zod reports problems as keys of the `validation` strings (with parameters
 * after a `|`), and the form translates them in the user's language. This runs
 * once in the browser and once on the server, before any schema parses.
 */
export function installValidationMessages(): void {
  z.config({
    customError: (issue) => {
      switch (issue.code) {
        case 'invalid_type':
          return issue.input === undefined || issue.input === null || issue.input === ''
            ? 'validation.required'
            : 'validation.invalid';
        case 'too_small':
          return issue.origin === 'string'
            ? encodeMessage('validation.tooShort', { minimum: Number(issue.minimum) })
            : 'validation.invalid';
        case 'too_big':
          return issue.origin === 'string'
            ? encodeMessage('validation.tooLong', { maximum: Number(issue.maximum) })
            : 'validation.invalid';
        case 'invalid_format':
          return issue.format === 'email' ? 'validation.email' : 'validation.invalid';
        case 'invalid_value':
          return 'validation.invalidOption';
        default:
          return 'validation.invalid';
      }
    },
  });
}

export function encodeMessage(key: string, params: Record<string, string | number>): string {
  return `${key}|${JSON.stringify(params)}`;
}

export function decodeMessage(message: string): { key: string; params: Record<string, unknown> } {
  const separator = message.indexOf('|');
  if (separator === -1) return { key: message, params: {} };
  try {
    return { key: message.slice(0, separator), params: JSON.parse(message.slice(separator + 1)) };
  } catch {
    return { key: message.slice(0, separator), params: {} };
  }
}
