import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form, Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { channels, segmentKinds, serviceLanguages } from '#db/schema/values';
import { FormErrors } from '~/components/forms/field-errors';
import {
  CheckboxGroupField,
  SelectField,
  TextAreaField,
  TextField,
} from '~/components/forms/fields';
import { useLanguageName } from '~/i18n/format';
import { segmentEditSchema, segmentProfileSchema } from '~/modules/segments/segments.schema';

export interface SegmentProfileValues {
  name: string;
  kind: string;
  description: string;
  needs: string[];
  valueProposition: string;
  preferredChannels: string[];
  languages: string[];
  ownerId: string | null;
  teamUserIds: string[];
  version: number;
}

interface SegmentProfileFormProps {
  lastResult: SubmissionResult<string[]> | undefined;
  /** The saved profile when editing; nothing when creating. */
  defaultValue?: SegmentProfileValues;
  /** The version a save must name: after a conflict, the current one. */
  version?: number;
  ownerCandidates: { id: string; name: string; role: string }[];
  coaches: { id: string; name: string }[];
  submitLabel: string;
  cancelTo: string;
  /** Shown above the fields, e.g. what someone else changed meanwhile. */
  notice?: ReactNode;
}

/** Every field of a segment's profile: the same form creates and edits. */
export function SegmentProfileForm(props: SegmentProfileFormProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const editing = props.version !== undefined;
  const schema = editing ? segmentEditSchema : segmentProfileSchema;
  const [form, fields] = useForm({
    id: 'segment-profile',
    lastResult: props.lastResult,
    defaultValue: props.defaultValue && {
      ...props.defaultValue,
      needs: props.defaultValue.needs.join('\n'),
      ownerId: props.defaultValue.ownerId ?? '',
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <div className="card">
      {props.notice}
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="form form-wide" {...getFormProps(form)}>
        {editing ? <input type="hidden" name="version" value={props.version} /> : null}
        <TextField label={t('segments.fields.name')} meta={fields.name} required />
        <SelectField
          label={t('segments.fields.kind')}
          meta={fields.kind}
          placeholder={t('common.choose')}
          options={segmentKinds.map((kind) => ({
            value: kind,
            label: t(`segments.kinds.${kind}`),
          }))}
          required
        />
        <TextAreaField label={t('segments.fields.description')} meta={fields.description} />
        <TextAreaField
          label={t('segments.fields.needs')}
          hint={t('segments.fields.needsHint')}
          meta={fields.needs}
          rows={5}
        />
        <TextAreaField
          label={t('segments.fields.valueProposition')}
          hint={t('segments.fields.valuePropositionHint')}
          meta={fields.valueProposition}
        />
        <CheckboxGroupField
          legend={t('segments.fields.preferredChannels')}
          meta={fields.preferredChannels}
          options={channels.map((channel) => ({
            value: channel,
            label: t(`segments.channels.${channel}`),
          }))}
        />
        <CheckboxGroupField
          legend={t('segments.fields.languages')}
          meta={fields.languages}
          options={serviceLanguages.map((code) => ({ value: code, label: languageName(code) }))}
        />
        <SelectField
          label={t('segments.fields.owner')}
          meta={fields.ownerId}
          placeholder={t('segments.fields.noOwner')}
          options={props.ownerCandidates.map((person) => ({
            value: person.id,
            label: `${person.name} (${t(`roles.${person.role}` as never)})`,
          }))}
          required
        />
        <CheckboxGroupField
          legend={t('segments.fields.team')}
          hint={t('segments.fields.teamHint')}
          meta={fields.teamUserIds}
          options={props.coaches.map((coach) => ({ value: coach.id, label: coach.name }))}
        />
        <div className="form-actions">
          <button type="submit" className="button">
            {props.submitLabel}
          </button>
          <Link to={props.cancelTo}>{t('common.cancel')}</Link>
        </div>
      </Form>
    </div>
  );
}
