import {
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
} from '@conform-to/react';
import type { ReactNode } from 'react';
import { FieldErrors } from './field-errors';

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  meta: FieldMetadata<unknown>;
  children: ReactNode;
}

function FieldFrame({ label, hint, meta, children }: FieldFrameProps) {
  return (
    <div className="field" data-invalid={meta.errors?.length ? true : undefined}>
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${meta.id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

function describedBy(meta: FieldMetadata<unknown>, hint: ReactNode): string | undefined {
  const ids = [hint ? `${meta.id}-hint` : null, meta.errors?.length ? meta.errorId : null];
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

type InputType =
  'text' | 'email' | 'password' | 'tel' | 'search' | 'date' | 'datetime-local' | 'number';

interface TextFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  meta: FieldMetadata<string | number | undefined>;
  type?: InputType;
  autoComplete?: string;
  required?: boolean;
  /** Common answers offered as the user types (a datalist); any other text is accepted too. */
  suggestions?: string[];
}

export function TextField({
  label,
  hint,
  meta,
  type = 'text',
  autoComplete,
  required,
  suggestions,
}: TextFieldProps) {
  const frameMeta = meta as FieldMetadata<unknown>;
  // Passwords are never sent back to the browser, so there is nothing to refill.
  const inputProps = getInputProps(meta, { type, value: type !== 'password' });
  const listId = suggestions ? `${meta.id}-suggestions` : undefined;
  return (
    <FieldFrame label={label} hint={hint} meta={frameMeta}>
      <input
        {...inputProps}
        key={inputProps.key}
        list={listId}
        autoComplete={suggestions ? 'off' : autoComplete}
        aria-required={required || undefined}
        aria-describedby={describedBy(frameMeta, hint)}
      />
      {suggestions ? (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
    </FieldFrame>
  );
}

interface SelectFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  meta: FieldMetadata<string | undefined>;
  options: { value: string; label: string }[];
  placeholder?: string;
  required?: boolean;
}

export function SelectField({
  label,
  hint,
  meta,
  options,
  placeholder,
  required,
}: SelectFieldProps) {
  const frameMeta = meta as FieldMetadata<unknown>;
  const selectProps = getSelectProps(meta);
  return (
    <FieldFrame label={label} hint={hint} meta={frameMeta}>
      <select
        {...selectProps}
        key={selectProps.key}
        aria-required={required || undefined}
        aria-describedby={describedBy(frameMeta, hint)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface TextAreaFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  meta: FieldMetadata<string | string[] | undefined>;
  rows?: number;
  required?: boolean;
}

export function TextAreaField({ label, hint, meta, rows = 4, required }: TextAreaFieldProps) {
  const frameMeta = meta as FieldMetadata<unknown>;
  const textareaProps = getTextareaProps(meta as FieldMetadata<string | undefined>);
  return (
    <FieldFrame label={label} hint={hint} meta={frameMeta}>
      <textarea
        {...textareaProps}
        key={textareaProps.key}
        rows={rows}
        aria-required={required || undefined}
        aria-describedby={describedBy(frameMeta, hint)}
      />
    </FieldFrame>
  );
}

interface CheckboxGroupFieldProps {
  legend: ReactNode;
  hint?: ReactNode;
  meta: FieldMetadata<string[] | undefined>;
  options: { value: string; label: string; lang?: string }[];
}

/** Several choices under one name; a fieldset so screen readers announce the question. */
export function CheckboxGroupField({ legend, hint, meta, options }: CheckboxGroupFieldProps) {
  const frameMeta = meta as FieldMetadata<unknown>;
  const labels = new Map(options.map((option) => [option.value, option]));
  const boxes = getCollectionProps(meta, {
    type: 'checkbox',
    options: options.map((option) => option.value),
  });
  return (
    <fieldset
      className="field checkbox-group"
      data-invalid={meta.errors?.length ? true : undefined}
      aria-describedby={describedBy(frameMeta, hint)}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p className="field-hint" id={`${meta.id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="checkbox-options">
        {boxes.map(({ key, ...props }) => (
          <label key={key} lang={labels.get(props.value)?.lang}>
            {/* Each box names the hint too: not every screen reader reads a fieldset's description. */}
            <input {...props} aria-describedby={describedBy(frameMeta, hint)} />{' '}
            {labels.get(props.value)?.label}
          </label>
        ))}
      </div>
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </fieldset>
  );
}
