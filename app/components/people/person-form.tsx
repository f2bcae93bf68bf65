import { getFormProps, useForm, type Submission, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form, Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  educationLevels,
  employmentStatuses,
  legalBases,
  serviceLanguages,
} from '#db/schema/values';
import { FormErrors } from '~/components/forms/field-errors';
import { CheckboxGroupField, SelectField, TextField } from '~/components/forms/fields';
import { useLanguageName } from '~/i18n/format';
import { createPersonSchema, editPersonSchema } from '~/modules/people/person.schema';

export interface PersonFormChoices {
  coaches: { id: string; name: string }[];
  segments: { id: string; name: string }[];
}

/** The form's fields as the browser holds them: text, or lists of chosen values. */
export interface PersonFormShape {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  birthYear: string;
  municipality: string;
  employmentStatus: string;
  workExperienceYears: string;
  educationLevel: string;
  educationDetails: string;
  languages: string[];
  coachId: string;
  segmentIds: string[];
  legalBasis: string;
  legalRecordedOn: string;
  legalPurpose: string;
  version: string;
}

interface PersonFormProps {
  mode: 'create' | 'edit';
  lastResult: SubmissionResult<string[]> | undefined;
  choices: PersonFormChoices;
  defaultValue: Partial<PersonFormShape>;
  submitLabel: string;
  cancelTo: string;
  /** Shown above the buttons, e.g. the likely duplicates and their confirmation. */
  beforeActions?: ReactNode;
}

/** The client's details: the create form adds the lawful basis for processing them. */
export function PersonForm({
  mode,
  lastResult,
  choices,
  defaultValue,
  submitLabel,
  cancelTo,
  beforeActions,
}: PersonFormProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const schema = mode === 'create' ? createPersonSchema : editPersonSchema;
  const [form, fields] = useForm<PersonFormShape>({
    id: `person-${mode}`,
    lastResult,
    defaultValue,
    // The form's fields are typed by what the browser holds (text); the schema turns them into values.
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema }) as unknown as Submission<PersonFormShape>,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <Form method="post" className="form form-wide person-form" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      {mode === 'edit' ? (
        <input type="hidden" name="version" value={defaultValue.version ?? ''} />
      ) : null}
      <fieldset className="form-section">
        <legend>{t('people.sections.basics')}</legend>
        <div className="form-grid">
          <TextField
            label={t('people.fields.firstName')}
            meta={fields.firstName}
            autoComplete="off"
            required
          />
          <TextField
            label={t('people.fields.lastName')}
            meta={fields.lastName}
            autoComplete="off"
            required
          />
          <TextField
            label={t('people.fields.email')}
            meta={fields.email}
            type="email"
            autoComplete="off"
          />
          <TextField
            label={t('people.fields.phone')}
            hint={t('people.fields.phoneHint')}
            meta={fields.phone}
            type="tel"
            autoComplete="off"
          />
          <TextField
            label={t('people.fields.birthYear')}
            hint={t('people.fields.birthYearHint')}
            meta={fields.birthYear}
            autoComplete="off"
          />
          <TextField
            label={t('people.fields.municipality')}
            meta={fields.municipality}
            autoComplete="off"
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('people.sections.background')}</legend>
        <div className="form-grid">
          <SelectField
            label={t('people.fields.employmentStatus')}
            meta={fields.employmentStatus}
            options={employmentStatuses.map((status) => ({
              value: status,
              label: t(`people.employmentStatuses.${status}`),
            }))}
          />
          <TextField
            label={t('people.fields.workExperienceYears')}
            meta={fields.workExperienceYears}
          />
          <SelectField
            label={t('people.fields.educationLevel')}
            meta={fields.educationLevel}
            options={educationLevels.map((level) => ({
              value: level,
              label: t(`people.educationLevels.${level}`),
            }))}
          />
          <TextField
            label={t('people.fields.educationDetails')}
            hint={t('people.fields.educationDetailsHint')}
            meta={fields.educationDetails}
          />
        </div>
        <CheckboxGroupField
          legend={t('people.fields.languages')}
          hint={t('people.fields.languagesHint')}
          meta={fields.languages}
          options={serviceLanguages.map((code) => ({ value: code, label: languageName(code) }))}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('people.sections.service')}</legend>
        <SelectField
          label={t('people.fields.coachId')}
          hint={t('people.fields.coachHint')}
          meta={fields.coachId}
          placeholder={t('people.noCoach')}
          options={choices.coaches.map((coach) => ({ value: coach.id, label: coach.name }))}
        />
        <CheckboxGroupField
          legend={t('people.fields.segmentIds')}
          hint={t('people.fields.segmentIdsHint')}
          meta={fields.segmentIds}
          options={choices.segments.map((segment) => ({ value: segment.id, label: segment.name }))}
        />
      </fieldset>
      {mode === 'create' ? (
        <fieldset className="form-section">
          <legend>{t('people.sections.legal')}</legend>
          <p className="field-hint">{t('people.sections.legalIntro')}</p>
          <div className="form-grid">
            <SelectField
              label={t('people.fields.legalBasis')}
              meta={fields.legalBasis}
              options={legalBases.map((basis) => ({
                value: basis,
                label: t(`people.legalBases.${basis}`),
              }))}
              required
            />
            <TextField
              label={t('people.fields.legalRecordedOn')}
              meta={fields.legalRecordedOn}
              type="date"
              required
            />
          </div>
          <TextField label={t('people.fields.legalPurpose')} meta={fields.legalPurpose} required />
        </fieldset>
      ) : null}
      {beforeActions}
      <div className="form-actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <Link to={cancelTo}>
          {mode === 'create' ? t('people.new.cancel') : t('people.edit.cancel')}
        </Link>
      </div>
    </Form>
  );
}
