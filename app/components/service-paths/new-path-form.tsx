import {
  getCollectionProps,
  getFormProps,
  useForm,
  type SubmissionResult,
} from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FieldErrors, FormErrors } from '~/components/forms/field-errors';
import { SelectField, TextAreaField, TextField } from '~/components/forms/fields';
import { createPathSchema, pathStarts } from '~/modules/service-paths/service-paths.schema';

interface NewPathFormProps {
  lastResult: SubmissionResult<string[]> | undefined;
  segments: { id: string; name: string }[];
  segmentId: string | undefined;
  typicalStageNames: string[];
}

/** Name, description, segment, and whether to begin with the typical stages. */
export function NewPathForm({
  lastResult,
  segments,
  segmentId,
  typicalStageNames,
}: NewPathFormProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: 'new-path',
    lastResult,
    defaultValue: { segmentId: segmentId ?? '', start: 'typical' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createPathSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  const hints = {
    typical: t('paths.fields.startTypicalHint', { stages: typicalStageNames.join(' → ') }),
    empty: t('paths.fields.startEmptyHint'),
  };
  const labels = { typical: t('paths.fields.startTypical'), empty: t('paths.fields.startEmpty') };
  const radios = getCollectionProps(fields.start, { type: 'radio', options: [...pathStarts] });
  return (
    <div className="card">
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="form form-wide path-form" {...getFormProps(form)}>
        <TextField label={t('paths.fields.name')} meta={fields.name} required />
        <SelectField
          label={t('paths.fields.segment')}
          meta={fields.segmentId}
          placeholder={t('paths.fields.chooseSegment')}
          options={segments.map((segment) => ({ value: segment.id, label: segment.name }))}
          required
        />
        <TextAreaField
          label={t('paths.fields.description')}
          hint={t('paths.fields.descriptionHint')}
          meta={fields.description}
        />
        <fieldset
          className="field path-start"
          data-invalid={fields.start.errors?.length ? true : undefined}
        >
          <legend>{t('paths.fields.start')}</legend>
          {radios.map(({ key, ...props }) => {
            const choice = props.value as (typeof pathStarts)[number];
            return (
              <div key={key} className="path-start-choice">
                <label>
                  <input {...props} aria-describedby={`${props.id}-hint`} /> {labels[choice]}
                </label>
                <p className="field-hint" id={`${props.id}-hint`}>
                  {hints[choice]}
                </p>
              </div>
            );
          })}
          <FieldErrors id={fields.start.errorId} errors={fields.start.errors} />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('paths.createSubmit')}
          </button>
          <Link to="/paths">{t('common.cancel')}</Link>
        </div>
      </Form>
    </div>
  );
}
