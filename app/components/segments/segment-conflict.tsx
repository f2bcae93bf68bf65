import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '~/i18n/format';
import type { SegmentConflict } from '~/modules/segments/segments.server';

const fieldLabels: Record<string, string> = {
  name: 'segments.fields.name',
  kind: 'segments.fields.kind',
  description: 'segments.fields.description',
  needs: 'segments.fields.needs',
  valueProposition: 'segments.fields.valueProposition',
  preferredChannels: 'segments.fields.preferredChannels',
  languages: 'segments.fields.languages',
  owner: 'segments.fields.owner',
  team: 'segments.fields.team',
};

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ') || '–';
  return value === null || value === undefined || value === '' ? '–' : String(value);
}

/** What others saved while this user was editing: who, when, and each field's old → new value. */
export function SegmentConflictDetails({ conflict }: { conflict: SegmentConflict }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <div className="alert alert-error" role="alert">
      <p>{t('segments.errors.conflict')}</p>
      {conflict.changes.map((change, index) => (
        <div key={index}>
          <p>
            <strong>
              {t('segments.errors.conflictChanges', {
                who: change.who ?? t('activity.system'),
                when: formatDateTime(change.when),
              })}
            </strong>
          </p>
          <ul>
            {Object.entries(change.fields).map(([field, { from, to }]) => (
              <li key={field}>
                {fieldLabels[field] ? t(fieldLabels[field] as never) : field}: {show(from)} →{' '}
                {show(to)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
