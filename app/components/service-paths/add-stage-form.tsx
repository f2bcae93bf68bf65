import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '~/components/forms/field-errors';
import { SelectField, TextField } from '~/components/forms/fields';
import { addStageSchema } from '~/modules/service-paths/service-paths.schema';
import { useKindOptions } from './stage-editor';

interface AddStageFormProps {
  stages: { id: string; name: string }[];
  lastResult: SubmissionResult<string[]> | undefined;
}

export function AddStageForm({ stages, lastResult }: AddStageFormProps) {
  const { t } = useTranslation();
  const kindOptions = useKindOptions();
  const [form, fields] = useForm({
    id: 'add-stage',
    lastResult,
    defaultValue: { kind: 'step' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addStageSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <section className="card" aria-labelledby="add-stage-title">
      <h2 id="add-stage-title">{t('paths.stages.addTitle')}</h2>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="form path-form" preventScrollReset {...getFormProps(form)}>
        <input type="hidden" name="intent" value="add-stage" />
        <TextField label={t('paths.stages.name')} meta={fields.name} required />
        <SelectField label={t('paths.stages.kind')} meta={fields.kind} options={kindOptions} />
        <SelectField
          label={t('paths.stages.after')}
          meta={fields.after}
          placeholder={t('paths.stages.atEnd')}
          options={stages.map((stage) => ({
            value: stage.id,
            label: t('paths.stages.afterStage', { name: stage.name }),
          }))}
        />
        <div className="form-actions">
          <button type="submit" className="button">
            {t('paths.stages.add')}
          </button>
        </div>
      </Form>
    </section>
  );
}
