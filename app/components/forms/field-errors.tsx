import { useTranslation } from 'react-i18next';
import { decodeMessage } from '~/forms/validation-messages';

/** Translates a validation key (see validation-messages.ts); unknown keys fall back to a generic message. */
export function useValidationMessage() {
  const { t, i18n } = useTranslation();
  return (message: string) => {
    const { key, params } = decodeMessage(message);
    return i18n.exists(key) ? String(t(key as never, params as never)) : t('validation.invalid');
  };
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const translate = useValidationMessage();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((error) => (
        <li key={error}>{translate(error)}</li>
      ))}
    </ul>
  );
}

/** Errors about the whole form (e.g. a failed sign-in), announced to screen readers. */
export function FormErrors({ id, errors }: { id: string; errors?: string[] }) {
  const translate = useValidationMessage();
  if (!errors?.length) return null;
  return (
    <div id={id} className="alert alert-error" role="alert">
      {errors.map((error) => (
        <p key={error}>{translate(error)}</p>
      ))}
    </div>
  );
}
