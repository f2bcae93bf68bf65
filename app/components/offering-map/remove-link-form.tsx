import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

/** What a remove button removes: the form's intent and the hidden field naming the record. */
export const removeLinkTargets = {
  offering: { intent: 'unlink-offering', idField: 'offeringId' },
  fundingCall: { intent: 'unlink-funding-call', idField: 'fundingCallId' },
} as const;
export type RemoveLinkTarget = keyof typeof removeLinkTargets;

interface RemoveLinkFormProps {
  target: RemoveLinkTarget;
  id: string;
  /** What is removed, so the button makes sense out of the table too (screen-reader lists). */
  name: string;
}

/** One row's remove button: its own small form, so it works without JavaScript. */
export function RemoveLinkForm({ target, id, name }: RemoveLinkFormProps) {
  const { t } = useTranslation();
  const { intent, idField } = removeLinkTargets[target];
  return (
    <Form method="post" className="offering-map-remove">
      <input type="hidden" name={idField} value={id} />
      <button type="submit" name="intent" value={intent} className="button button-secondary">
        {t('offeringMap.remove')}
        <span className="visually-hidden"> {name}</span>
      </button>
    </Form>
  );
}
