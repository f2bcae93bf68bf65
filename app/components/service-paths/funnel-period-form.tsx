import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { TextField } from '~/components/forms/fields';
import { funnelPeriodSchema } from '~/modules/service-paths/service-paths.schema';

interface FunnelPeriodFormProps {
  /** The period as typed, with the messages, when it was refused. */
  lastResult: SubmissionResult<string[]> | undefined;
  period: { from: string; to: string };
}

/** A GET form: the period lives in the URL, so a funnel can be bookmarked and shared. */
export function FunnelPeriodForm({ lastResult, period }: FunnelPeriodFormProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: 'funnel-period',
    lastResult,
    defaultValue: period,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: funnelPeriodSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  });
  return (
    <Form method="get" className="funnel-period" {...getFormProps(form)}>
      <fieldset>
        <legend>{t('paths.funnel.periodLegend')}</legend>
        <div className="form-inline">
          <TextField label={t('paths.funnel.from')} meta={fields.from} type="date" />
          <TextField label={t('paths.funnel.to')} meta={fields.to} type="date" />
          <button type="submit" className="button button-secondary">
            {t('paths.funnel.show')}
          </button>
        </div>
      </fieldset>
    </Form>
  );
}
