import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '~/components/forms/field-errors';
import { TextAreaField } from '~/components/forms/fields';
import { useFormatDateTime } from '~/i18n/format';
import type { TimelineEntry } from '~/modules/people/person-timeline.server';
import { addNoteSchema } from '~/modules/people/person.schema';

type Entry = TimelineEntry;

interface PersonTimelineProps {
  personId: string;
  entries: Entry[];
  olderThan: string | null;
  /** The page shows older entries (a `before` cursor is in the URL). */
  paged: boolean;
  readsNotes: boolean;
  canWriteNotes: boolean;
  noteResult: SubmissionResult<string[]> | undefined;
}

/** Sessions, stage moves and notes in one list, newest first. */
export function PersonTimeline({
  personId,
  entries,
  olderThan,
  paged,
  readsNotes,
  canWriteNotes,
  noteResult,
}: PersonTimelineProps) {
  const { t } = useTranslation();
  return (
    <section className="card timeline-card" aria-labelledby="timeline-title" id="timeline">
      <h2 id="timeline-title">{t('people.timeline.title')}</h2>
      <p className="muted">
        {t('people.timeline.intro')} {readsNotes ? null : t('people.timeline.notesHidden')}
      </p>
      {canWriteNotes ? <AddNoteForm lastResult={noteResult} /> : null}
      {entries.length === 0 ? (
        <p className="empty-state">{t('people.timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => (
            <li
              key={`${entry.kind}-${entry.id}`}
              className={`timeline-entry timeline-${entry.kind}`}
            >
              <TimelineItem entry={entry} personId={personId} />
            </li>
          ))}
        </ol>
      )}
      <p className="timeline-more">
        {olderThan ? (
          <Link to={`?before=${encodeURIComponent(olderThan)}#timeline`}>
            {t('people.timeline.older')}
          </Link>
        ) : null}{' '}
        {paged ? <Link to="?#timeline">{t('people.timeline.newest')}</Link> : null}
      </p>
    </section>
  );
}

function TimelineItem({ entry, personId }: { entry: Entry; personId: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const when = <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>;
  const by = entry.by ? (
    <span className="muted"> · {t('people.timeline.by', { name: entry.by })}</span>
  ) : null;
  if (entry.kind === 'session') {
    return (
      <article>
        <header className="timeline-header">
          <h3>
            {t('people.timeline.session', {
              channel: t(`sessions.channels.${entry.channel}`),
              minutes: entry.durationMinutes,
            })}
          </h3>
          <p className="timeline-meta">
            {when}
            {by}
            {entry.revised ? (
              <span className="badge badge-muted">{t('people.timeline.edited')}</span>
            ) : null}
            {entry.editable ? (
              <Link
                to={`/people/${personId}/sessions/${entry.id}`}
                aria-label={t('people.timeline.editLabel', { date: formatDateTime(entry.at) })}
              >
                {t('people.timeline.edit')}
              </Link>
            ) : null}
          </p>
        </header>
        <ul className="tag-list">
          {entry.topics.map((topic) => (
            <li key={topic} className="badge">
              {t(`sessions.topics.${topic}`)}
            </li>
          ))}
        </ul>
        {entry.notes ? <p className="timeline-text">{entry.notes}</p> : null}
        {entry.nextSteps ? (
          <p className="timeline-text">
            <strong>{t('people.timeline.nextSteps')}:</strong> {entry.nextSteps}
          </p>
        ) : null}
        {entry.nextAppointmentAt ? (
          <p className="muted">
            {t('people.timeline.nextAppointment', {
              date: formatDateTime(entry.nextAppointmentAt),
            })}
          </p>
        ) : null}
      </article>
    );
  }
  if (entry.kind === 'stage') {
    return (
      <article>
        <header className="timeline-header">
          <h3>
            {entry.fromStage
              ? t('people.timeline.moved', {
                  path: entry.pathName,
                  from: entry.fromStage,
                  to: entry.toStage,
                })
              : t('people.timeline.started', { path: entry.pathName, to: entry.toStage })}
          </h3>
          <p className="timeline-meta">
            {when}
            {by}
          </p>
        </header>
        {entry.note ? <p className="timeline-text">{entry.note}</p> : null}
      </article>
    );
  }
  return (
    <article>
      <header className="timeline-header">
        <h3>{t('people.timeline.note')}</h3>
        <p className="timeline-meta">
          {when}
          {by}
        </p>
      </header>
      <p className="timeline-text">{entry.body}</p>
    </article>
  );
}

function AddNoteForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: 'add-note',
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addNoteSchema }),
    shouldValidate: 'onBlur',
  });
  return (
    <details open={Boolean(lastResult) || undefined} className="add-note">
      <summary>{t('people.timeline.addNote')}</summary>
      <Form method="post" className="form form-wide" preventScrollReset {...getFormProps(form)}>
        <input type="hidden" name="intent" value="note" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextAreaField
          label={t('people.timeline.noteLabel')}
          meta={fields.body}
          rows={3}
          required
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary">
            {t('people.timeline.noteSubmit')}
          </button>
        </div>
      </Form>
    </details>
  );
}
