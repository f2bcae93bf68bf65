import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { insightStatuses, type InsightStatus } from '#db/schema/values';
import { FormErrors } from '~/components/forms/field-errors';

import { changeInsightStatusSchema } from '~/modules/insights/insights.schema';
import { SelectField, TextAreaField } from '~/components/forms/fields';

/** Moves one insight to another status; folded away until the user opens it. */
export function StatusChangeForm({
  insight,
  lastResult,
}: {
  insight: { id: string; status: InsightStatus; version: number };
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: `status-${insight.id}`,
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changeInsightStatusSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  const options = insightStatuses
    .filter((status) => status !== insight.status)
    .map((status) => ({ value: status, label: t(`insights.statuses.${status}`) }));
  return (
    <details className="insight-disclosure" open={lastResult ? true : undefined}>
      <summary>{t('insights.changeStatus.title')}</summary>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="form" preventScrollReset {...getFormProps(form)}>
        <input type="hidden" name="intent" value="status" />
        <input type="hidden" name={fields.insightId.name} value={insight.id} />
        <input type="hidden" name={fields.version.name} value={insight.version} />
        <SelectField
          label={t('insights.fields.newStatus')}
          hint={t('insights.changeStatus.current', {
            status: t(`insights.statuses.${insight.status}`),
          })}
          meta={fields.status}
          options={options}
          placeholder={t('insights.fields.chooseStatus')}
          required
        />
        <TextAreaField
          label={t('insights.fields.evidence')}
          hint={t('insights.fields.evidenceHint')}
          meta={fields.evidence}
        />
        <div className="form-actions">
          <button type="submit" className="button">
            {t('insights.changeStatus.submit')}
          </button>
        </div>
      </Form>
    </details>
  );
}
