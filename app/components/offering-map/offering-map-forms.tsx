import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fundingCallStatuses, type FundingCallStatus, type OfferingKind } from '#db/schema/values';
import { FormErrors } from '~/components/forms/field-errors';
import { SelectField, TextAreaField, TextField } from '~/components/forms/fields';
import {
  createFundingCallSchema,
  linkFundingCallSchema,
  linkOfferingSchema,
} from '~/modules/offering-map/offering-map.schema';
import { useFormatCredits, useFormatDay } from '~/i18n/format';
import { LinkReasonFields } from './link-reason-fields';

type LastResult = SubmissionResult<string[]> | undefined;

/** Every new link starts at medium: the manager raises or lowers it on purpose. */
const newLinkDefaults = { priority: 'medium' };

function FormCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card offering-map-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}

/** The two ways to link an existing record; each names its own form, schema and field. */
const linkForms = {
  'link-offering': { schema: linkOfferingSchema, idField: 'offeringId' },
  'link-funding-call': { schema: linkFundingCallSchema, idField: 'fundingCallId' },
} as const;

/** The fields of either form; each form has only its own id field. */
interface LinkFormValues {
  offeringId?: string;
  fundingCallId?: string;
  rationale: string;
  priority: string;
}

interface LinkExistingFormProps {
  intent: keyof typeof linkForms;
  choices: { value: string; label: string }[];
  lastResult: LastResult;
  text: { title: string; field: string; placeholder: string; noneLeft: string; submit: string };
}

/** Choose a record, say why it serves the segment and how much: the same form for both kinds. */
function LinkExistingForm({ intent, choices, lastResult, text }: LinkExistingFormProps) {
  const { schema, idField } = linkForms[intent];
  const [form, fields] = useForm<LinkFormValues>({
    id: intent,
    lastResult,
    defaultValue: newLinkDefaults,
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: schema as z.ZodType<LinkFormValues> }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <FormCard id={intent} title={text.title}>
      {choices.length === 0 && !lastResult ? (
        <p className="muted">{text.noneLeft}</p>
      ) : (
        <>
          <FormErrors id={form.errorId} errors={form.errors} />
          <Form method="post" className="form" {...getFormProps(form)}>
            <SelectField
              label={text.field}
              meta={fields[idField]}
              placeholder={text.placeholder}
              options={choices}
              required
            />
            <LinkReasonFields fields={fields} />
            <div className="form-actions">
              <button type="submit" name="intent" value={intent} className="button">
                {text.submit}
              </button>
            </div>
          </Form>
        </>
      )}
    </FormCard>
  );
}

interface OfferingChoice {
  id: string;
  name: string;
  kind: OfferingKind;
  credits: number | null;
}

export function LinkOfferingForm({
  choices,
  lastResult,
}: {
  choices: OfferingChoice[];
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  const formatCredits = useFormatCredits();
  const describe = (offering: OfferingChoice) =>
    [
      t(`offeringMap.offeringKinds.${offering.kind}`),
      offering.credits === null
        ? null
        : t('offeringMap.creditsValue', { credits: formatCredits(offering.credits) }),
    ]
      .filter(Boolean)
      .join(', ');
  return (
    <LinkExistingForm
      intent="link-offering"
      lastResult={lastResult}
      choices={choices.map((offering) => ({
        value: offering.id,
        label: `${offering.name} (${describe(offering)})`,
      }))}
      text={{
        title: t('offeringMap.linkOffering.title'),
        field: t('offeringMap.fields.offering'),
        placeholder: t('offeringMap.fields.chooseOffering'),
        noneLeft: t('offeringMap.linkOffering.noneLeft'),
        submit: t('offeringMap.linkOffering.submit'),
      }}
    />
  );
}

interface FundingCallChoice {
  id: string;
  funder: string;
  name: string;
  deadline: string | null;
  status: FundingCallStatus;
}

export function LinkFundingCallForm({
  choices,
  lastResult,
}: {
  choices: FundingCallChoice[];
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const describe = (call: FundingCallChoice) =>
    [
      t(`offeringMap.fundingCallStatuses.${call.status}`),
      call.deadline ? formatDay(call.deadline) : t('offeringMap.noDeadline'),
    ].join(', ');
  return (
    <LinkExistingForm
      intent="link-funding-call"
      lastResult={lastResult}
      choices={choices.map((call) => ({
        value: call.id,
        label: `${call.funder}: ${call.name} (${describe(call)})`,
      }))}
      text={{
        title: t('offeringMap.linkFundingCall.title'),
        field: t('offeringMap.fields.fundingCall'),
        placeholder: t('offeringMap.fields.chooseFundingCall'),
        noneLeft: t('offeringMap.linkFundingCall.noneLeft'),
        submit: t('offeringMap.linkFundingCall.submit'),
      }}
    />
  );
}

export function NewFundingCallForm({ lastResult }: { lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useForm<z.input<typeof createFundingCallSchema>>({
    id: 'create-funding-call',
    lastResult,
    defaultValue: { ...newLinkDefaults, status: 'upcoming' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createFundingCallSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <FormCard id="create-funding-call" title={t('offeringMap.newFundingCall.title')}>
      <p className="muted">{t('offeringMap.newFundingCall.intro')}</p>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField
          label={t('offeringMap.fields.funder')}
          hint={t('offeringMap.fields.funderHint')}
          meta={fields.funder}
          required
        />
        <TextField label={t('offeringMap.fields.name')} meta={fields.name} required />
        <TextField
          label={t('offeringMap.fields.deadline')}
          hint={t('offeringMap.fields.deadlineHint')}
          meta={fields.deadline}
          type="date"
        />
        <SelectField
          label={t('offeringMap.fields.status')}
          meta={fields.status}
          options={fundingCallStatuses.map((status) => ({
            value: status,
            label: t(`offeringMap.fundingCallStatuses.${status}`),
          }))}
          required
        />
        <TextAreaField label={t('offeringMap.fields.notes')} meta={fields.notes} rows={3} />
        <LinkReasonFields fields={fields} />
        <div className="form-actions">
          <button type="submit" name="intent" value="create-funding-call" className="button">
            {t('offeringMap.newFundingCall.submit')}
          </button>
        </div>
      </Form>
    </FormCard>
  );
}
