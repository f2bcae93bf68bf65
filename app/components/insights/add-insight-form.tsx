import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '~/i18n/format';
import { insightStatuses } from '#db/schema/values';
import { FormErrors } from '~/components/forms/field-errors';
import {
  CheckboxGroupField,
  SelectField,
  TextAreaField,
  TextField,
} from '~/components/forms/fields';
import { addInsightSchema } from '~/modules/insights/insights.schema';

const sourceKeys = [
  'receptionCentreVisit',
  'feedback',
  'sessionNotes',
  'popUpEvent',
  'serviceDesk',
  'survey',
] as const;

const peopleSearchFormId = 'insight-people-search';

export interface LinkablePeople {
  people: { id: string; name: string }[];
  total: number;
  /** The name search that narrowed the list, if any. */
  q?: string;
}

interface AddInsightFormProps {
  lastResult: SubmissionResult<string[]> | undefined;
  linkable: LinkablePeople;
  linkableSessions: {
    id: string;
    occurredAt: string | Date;
    channel: string;
    personName: string;
  }[];
  /** A coach sees only their caseload; the hint says so. */
  isCoach: boolean;
  /** Today in Finland, the default date of the observation. */
  today: string;
  open: boolean;
  /** The status filter of the list, kept when the people search reloads the page. */
  statusFilter?: string;
}

export function AddInsightForm({
  lastResult,
  linkable,
  linkableSessions,
  isCoach,
  today,
  open,
  statusFilter,
}: AddInsightFormProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [form, fields] = useForm({
    id: 'add-insight',
    lastResult,
    defaultValue: { observedOn: today, status: 'assumption' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addInsightSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <details className="card insight-add" open={open || undefined}>
      <summary>{t('insights.add.title')}</summary>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="form form-wide" preventScrollReset {...getFormProps(form)}>
        <input type="hidden" name="intent" value="add" />
        <TextAreaField
          label={t('insights.fields.statement')}
          hint={t('insights.fields.statementHint')}
          meta={fields.statement}
          required
        />
        <TextField
          label={t('insights.fields.source')}
          hint={t('insights.fields.sourceHint')}
          meta={fields.source}
          suggestions={sourceKeys.map((key) => t(`insights.sources.${key}`))}
          required
        />
        <TextField
          label={t('insights.fields.observedOn')}
          meta={fields.observedOn}
          type="date"
          required
        />
        <SelectField
          label={t('insights.fields.status')}
          meta={fields.status}
          options={insightStatuses.map((status) => ({
            value: status,
            label: t(`insights.statuses.${status}`),
          }))}
          required
        />
        <TextAreaField
          label={t('insights.fields.evidence')}
          hint={t('insights.fields.evidenceHint')}
          meta={fields.evidence}
        />
        <div className="insight-people">
          {linkable.people.length ? (
            <CheckboxGroupField
              legend={t('insights.fields.people')}
              hint={
                isCoach
                  ? t('insights.fields.peopleHintCoach')
                  : t('insights.fields.peopleHintManager')
              }
              meta={fields.personIds}
              options={linkable.people.map((person) => ({ value: person.id, label: person.name }))}
            />
          ) : (
            <p className="muted">
              {linkable.q
                ? t('insights.people.noMatch', { q: linkable.q })
                : t('insights.people.none')}
            </p>
          )}
          <PeopleSearch linkable={linkable} />
        </div>
        {linkableSessions.length ? (
          <CheckboxGroupField
            legend={t('insights.fields.sessions')}
            hint={t('insights.fields.sessionsHint')}
            meta={fields.sessionIds}
            options={linkableSessions.map((session) => ({
              value: session.id,
              label: `${formatDateTime(session.occurredAt)} · ${session.personName} · ${t(`segments.channels.${session.channel}` as never)}`,
            }))}
          />
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button">
            {t('insights.add.submit')}
          </button>
        </div>
      </Form>
      {/* The people search is its own GET form; its fields sit among the people above through `form=`. */}
      <Form method="get" id={peopleSearchFormId} preventScrollReset>
        {statusFilter ? <input type="hidden" name="status" value={statusFilter} /> : null}
      </Form>
    </details>
  );
}

/** Shown only when a segment has more people than the list offers at once. */
function PeopleSearch({ linkable }: { linkable: LinkablePeople }) {
  const { t } = useTranslation();
  const shown = linkable.people.length;
  if (!linkable.q && shown >= linkable.total) return null;
  return (
    <div className="insight-people-search">
      {shown < linkable.total ? (
        <p className="field-hint">
          {t('insights.people.showing', { shown, total: linkable.total })}
        </p>
      ) : null}
      <label htmlFor="insight-people-q">{t('insights.people.search')}</label>
      <div className="form-inline">
        <input
          id="insight-people-q"
          type="search"
          name="people"
          form={peopleSearchFormId}
          defaultValue={linkable.q ?? ''}
        />
        <button type="submit" className="button button-secondary" form={peopleSearchFormId}>
          {t('insights.people.searchSubmit')}
        </button>
        {linkable.q ? (
          <Link to="?people=" preventScrollReset>
            {t('insights.people.clearSearch')}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
