import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { Form } from '@remix-run/react';
import { FormErrors } from '~/components/forms/field-errors';

interface ArchiveFormProps {
  /** The form's id, also the prefix of its heading's id. */
  id: string;
  record: { version: number; archivedAt: string | Date | null };
  lastResult: SubmissionResult<string[]> | undefined;
  /** Texts for the record's current state: archiving it, or restoring it. */
  labels: { title: string; hint?: string; submit: string };
}

/**
 * Archives a record, or restores an archived one, naming the version it saw
 * (optimistic locking). The button's `intent` is `archive` or `restore`.
 */
export function ArchiveForm({ id, record, lastResult, labels }: ArchiveFormProps) {
  const [form] = useForm({ id, lastResult });
  const archived = Boolean(record.archivedAt);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{labels.title}</h2>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="version" value={record.version} />
        {labels.hint ? <p className="muted">{labels.hint}</p> : null}
        <button
          type="submit"
          name="intent"
          value={archived ? 'restore' : 'archive'}
          className="button button-secondary"
        >
          {labels.submit}
        </button>
      </Form>
    </section>
  );
}
