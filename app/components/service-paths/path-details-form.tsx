import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '~/components/forms/field-errors';
import { TextAreaField, TextField } from '~/components/forms/fields';
import { pathDetailsSchema } from '~/modules/service-paths/service-paths.schema';

interface PathDetailsFormProps {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: { name: string; description: string };
  /** The version a save must name: after a conflict, the current one. */
  version: number;
  /** What someone else changed meanwhile, shown above the fields. */
  notice?: ReactNode;
}

export function PathDetailsForm({
  lastResult,
  defaultValue,
  version,
  notice,
}: PathDetailsFormProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: 'path-details',
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: pathDetailsSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <section className="card" aria-labelledby="path-details-title">
      <h2 id="path-details-title">{t('paths.stages.detailsTitle')}</h2>
      {notice}
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form
        method="post"
        className="form form-wide path-form"
        preventScrollReset
        {...getFormProps(form)}
      >
        <input type="hidden" name="intent" value="details" />
        <input type="hidden" name="version" value={version} />
        <TextField label={t('paths.fields.name')} meta={fields.name} required />
        <TextAreaField
          label={t('paths.fields.description')}
          hint={t('paths.fields.descriptionHint')}
          meta={fields.description}
        />
        <div className="form-actions">
          <button type="submit" className="button">
            {t('paths.stages.saveDetails')}
          </button>
        </div>
      </Form>
    </section>
  );
}
