import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '~/components/forms/field-errors';

interface SegmentArchiveFormProps {
  segment: { version: number; archivedAt: string | Date | null };
  lastResult: SubmissionResult<string[]> | undefined;
}

export function SegmentArchiveForm({ segment, lastResult }: SegmentArchiveFormProps) {
  const { t } = useTranslation();
  const [form] = useForm({ id: 'segment-archive', lastResult });
  const archived = Boolean(segment.archivedAt);
  return (
    <section className="card" aria-labelledby="segment-archive-title">
      <h2 id="segment-archive-title">{archived ? t('segments.restore') : t('segments.archive')}</h2>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="version" value={segment.version} />
        {archived ? null : <p className="muted">{t('segments.archiveHint')}</p>}
        <button
          type="submit"
          name="intent"
          value={archived ? 'restore' : 'archive'}
          className="button button-secondary"
        >
          {archived ? t('segments.restore') : t('segments.archive')}
        </button>
      </Form>
    </section>
  );
}
