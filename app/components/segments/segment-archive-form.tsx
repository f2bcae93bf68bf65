import type { SubmissionResult } from '@conform-to/react';
import { useTranslation } from 'react-i18next';
import { ArchiveForm } from '~/components/forms/archive-form';

interface SegmentArchiveFormProps {
  segment: { version: number; archivedAt: string | Date | null };
  lastResult: SubmissionResult<string[]> | undefined;
}

export function SegmentArchiveForm({ segment, lastResult }: SegmentArchiveFormProps) {
  const { t } = useTranslation();
  const labels = segment.archivedAt
    ? { title: t('segments.restore'), submit: t('segments.restore') }
    : {
        title: t('segments.archive'),
        hint: t('segments.archiveHint'),
        submit: t('segments.archive'),
      };
  return (
    <ArchiveForm id="segment-archive" record={segment} lastResult={lastResult} labels={labels} />
  );
}
