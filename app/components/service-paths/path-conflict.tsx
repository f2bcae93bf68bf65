import { useTranslation } from 'react-i18next';
import { useActionLabel } from '~/components/activity/use-action-label';
import { useFormatDateTime } from '~/i18n/format';
import type { PathConflict } from '~/modules/service-paths/service-paths.server';

const fieldLabels: Record<string, 'paths.fields.name' | 'paths.fields.description'> = {
  name: 'paths.fields.name',
  description: 'paths.fields.description',
};

const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? '–' : String(value);

/** What others saved while this user was editing the path: who, when, and each field's old → new value. */
export function PathConflictDetails({ conflict }: { conflict: PathConflict }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const actionLabel = useActionLabel();
  return (
    <div className="alert alert-error" role="alert">
      <p>{t('paths.errors.conflict')}</p>
      {conflict.changes.map((change, index) => (
        <div key={index}>
          <p>
            <strong>
              {t('paths.errors.conflictChanges', {
                who: change.who ?? t('activity.system'),
                when: formatDateTime(change.when),
              })}
            </strong>
          </p>
          <ul>
            {Object.keys(change.fields).length === 0 ? <li>{actionLabel(change.action)}</li> : null}
            {Object.entries(change.fields).map(([field, { from, to }]) => (
              <li key={field}>
                {fieldLabels[field] ? t(fieldLabels[field]) : field}: {show(from)} → {show(to)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
