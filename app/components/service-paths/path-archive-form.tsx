import type { SubmissionResult } from '@conform-to/react';
import { useTranslation } from 'react-i18next';
import { ArchiveForm } from '~/components/forms/archive-form';

interface PathArchiveFormProps {
  path: { version: number; archivedAt: string | Date | null };
  lastResult: SubmissionResult<string[]> | undefined;
}

export function PathArchiveForm({ path, lastResult }: PathArchiveFormProps) {
  const { t } = useTranslation();
  const labels = path.archivedAt
    ? { title: t('paths.stages.restoreTitle'), submit: t('paths.stages.restore') }
    : {
        title: t('paths.stages.archiveTitle'),
        hint: t('paths.stages.archiveHint'),
        submit: t('paths.stages.archive'),
      };
  return <ArchiveForm id="path-archive" record={path} lastResult={lastResult} labels={labels} />;
}
