import { getInputProps, type FieldMetadata } from '@conform-to/react';
import type { ReactNode } from 'react';
import { FieldErrors } from '~/components/forms/field-errors';

interface SuggestFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  meta: FieldMetadata<string | undefined>;
  /** Offered as the user types; any other text is accepted too. */
  suggestions: string[];
  required?: boolean;
}

/**
 * A line of free text with a few common answers to pick from (a datalist), built
 * like TextField in ~/components/forms/fields.tsx: label, hint, messages by the
 * field, and aria-describedby pointing at them.
 */
export function SuggestField({ label, hint, meta, suggestions, required }: SuggestFieldProps) {
  const props = getInputProps(meta, { type: 'text' });
  const hintId = `${meta.id}-hint`;
  const listId = `${meta.id}-suggestions`;
  const describedBy =
    [hint ? hintId : null, meta.errors?.length ? meta.errorId : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className="field" data-invalid={meta.errors?.length ? true : undefined}>
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        {...props}
        key={props.key}
        list={listId}
        autoComplete="off"
        aria-required={required || undefined}
        aria-describedby={describedBy}
      />
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
  );
}
