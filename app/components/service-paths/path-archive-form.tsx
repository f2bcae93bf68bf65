import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '~/components/forms/field-errors';

interface PathArchiveFormProps {
  path: { version: number; archivedAt: string | Date | null };
  lastResult: SubmissionResult<string[]> | undefined;
}

export function PathArchiveForm({ path, lastResult }: PathArchiveFormProps) {
  const { t } = useTranslation();
  const [form] = useForm({ id: 'path-archive', lastResult });
  const archived = Boolean(path.archivedAt);
  return (
    <section className="card" aria-labelledby="path-archive-title">
      <h2 id="path-archive-title">
        {archived ? t('paths.stages.restoreTitle') : t('paths.stages.archiveTitle')}
      </h2>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="version" value={path.version} />
        {archived ? null : <p className="muted">{t('paths.stages.archiveHint')}</p>}
        <button
          type="submit"
          name="intent"
          value={archived ? 'restore' : 'archive'}
          className="button button-secondary"
        >
          {archived ? t('paths.stages.restore') : t('paths.stages.archive')}
        </button>
      </Form>
    </section>
  );
}
