import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { legalBases, type LegalBasis } from '#db/schema/values';
import { FormErrors } from '~/components/forms/field-errors';
import { SelectField, TextField } from '~/components/forms/fields';
import { useFormatDateTime, useFormatDay } from '~/i18n/format';
import { addLegalBasisSchema } from '~/modules/people/person.schema';

interface LegalBasesProps {
  legalBases: {
    id: string;
    basis: LegalBasis;
    purpose: string;
    recordedOn: string;
    recordedBy: string | null;
    withdrawnAt: string | Date | null;
  }[];
  canEdit: boolean;
  today: string;
  addResult: SubmissionResult<string[]> | undefined;
}

/** The lawful bases recorded for processing the person's data: what for, when, by whom. */
export function LegalBases({ legalBases: rows, canEdit, today, addResult }: LegalBasesProps) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatDateTime = useFormatDateTime();
  return (
    <section className="card" aria-labelledby="legal-title" id="legal">
      <h2 id="legal-title">{t('people.legal.title')}</h2>
      {rows.length === 0 ? <p className="alert alert-error">{t('people.legal.none')}</p> : null}
      <ul className="plain-list legal-list">
        {rows.map((row) => (
          <li key={row.id} className={row.withdrawnAt ? 'legal-ended' : undefined}>
            <strong>{t(`people.legalBases.${row.basis}`)}</strong>: {row.purpose}
            <br />
            <span className="muted">
              {t('people.legal.recorded', {
                date: formatDay(row.recordedOn),
                name: row.recordedBy ?? '–',
              })}
              {row.withdrawnAt
                ? ` · ${t('people.legal.withdrawn', { date: formatDateTime(row.withdrawnAt) })}`
                : null}
            </span>
            {canEdit && !row.withdrawnAt ? (
              <Form method="post" className="inline-form" preventScrollReset>
                <input type="hidden" name="intent" value="withdraw-legal-basis" />
                <input type="hidden" name="legalBasisId" value={row.id} />
                <button
                  type="submit"
                  className="button-link"
                  aria-label={t('people.legal.withdrawLabel', { purpose: row.purpose })}
                >
                  {t('people.legal.withdraw')}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? <AddLegalBasisForm today={today} lastResult={addResult} /> : null}
    </section>
  );
}

function AddLegalBasisForm({
  today,
  lastResult,
}: {
  today: string;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: 'add-legal-basis',
    lastResult,
    defaultValue: { basis: 'consent', recordedOn: today },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addLegalBasisSchema }),
    shouldValidate: 'onBlur',
  });
  return (
    <details open={Boolean(lastResult) || undefined}>
      <summary>{t('people.legal.add')}</summary>
      <Form method="post" className="form" preventScrollReset {...getFormProps(form)}>
        <input type="hidden" name="intent" value="legal-basis" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <SelectField
          label={t('people.fields.legalBasis')}
          meta={fields.basis}
          options={legalBases.map((basis) => ({
            value: basis,
            label: t(`people.legalBases.${basis}`),
          }))}
          required
        />
        <TextField label={t('people.fields.legalPurpose')} meta={fields.purpose} required />
        <TextField
          label={t('people.fields.legalRecordedOn')}
          meta={fields.recordedOn}
          type="date"
          required
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary">
            {t('people.legal.submit')}
          </button>
        </div>
      </Form>
    </details>
  );
}
