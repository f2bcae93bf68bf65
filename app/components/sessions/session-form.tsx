import { getFormProps, useForm, type Submission, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { channels, sessionTopics } from '#db/schema/values';
import { FormErrors } from '~/components/forms/field-errors';
import {
  CheckboxGroupField,
  SelectField,
  TextAreaField,
  TextField,
} from '~/components/forms/fields';
import { editSessionSchema, sessionSchema } from '~/modules/sessions/sessions.schema';

export interface SessionFormShape {
  occurredAt: string;
  durationMinutes: string;
  channel: string;
  topics: string[];
  notes: string;
  nextSteps: string;
  nextAppointmentAt: string;
  version: string;
}

interface SessionFormProps {
  mode: 'log' | 'edit';
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: Partial<SessionFormShape>;
  submitLabel: string;
  cancelTo: string;
  cancelLabel: string;
}

/**
 * A session in under a minute: the time is now, the length and channel are
 * preset, so the coach ticks the topics and writes what was agreed.
 */
export function SessionForm({
  mode,
  lastResult,
  defaultValue,
  submitLabel,
  cancelTo,
  cancelLabel,
}: SessionFormProps) {
  const { t } = useTranslation();
  const schema = mode === 'log' ? sessionSchema : editSessionSchema;
  const [form, fields] = useForm<SessionFormShape>({
    id: `session-${mode}`,
    lastResult,
    defaultValue,
    // The fields hold text; the schema turns them into times and numbers.
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema }) as unknown as Submission<SessionFormShape>,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <Form method="post" className="form form-wide session-form" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      {mode === 'edit' ? <input type="hidden" name="version" value={defaultValue.version} /> : null}
      <div className="form-grid">
        <TextField
          label={t('sessions.fields.occurredAt')}
          meta={fields.occurredAt}
          type="datetime-local"
          required
        />
        <TextField
          label={t('sessions.fields.durationMinutes')}
          meta={fields.durationMinutes}
          type="number"
          required
        />
        <SelectField
          label={t('sessions.fields.channel')}
          meta={fields.channel}
          options={channels.map((channel) => ({
            value: channel,
            label: t(`sessions.channels.${channel}`),
          }))}
          required
        />
      </div>
      <CheckboxGroupField
        legend={t('sessions.fields.topics')}
        hint={t('sessions.fields.topicsHint')}
        meta={fields.topics}
        options={sessionTopics.map((topic) => ({
          value: topic,
          label: t(`sessions.topics.${topic}`),
        }))}
      />
      <TextAreaField
        label={t('sessions.fields.notes')}
        hint={t('sessions.fields.notesHint')}
        meta={fields.notes}
        rows={5}
      />
      <TextAreaField label={t('sessions.fields.nextSteps')} meta={fields.nextSteps} rows={2} />
      <TextField
        label={t('sessions.fields.nextAppointmentAt')}
        hint={t('sessions.fields.nextAppointmentHint')}
        meta={fields.nextAppointmentAt}
        type="datetime-local"
      />
      <div className="form-actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <Link to={cancelTo}>{cancelLabel}</Link>
      </div>
    </Form>
  );
}
