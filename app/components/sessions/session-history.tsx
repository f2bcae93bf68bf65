import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '~/i18n/format';

interface SessionHistoryProps {
  revisions: {
    id: string;
    revisedAt: Date;
    revisedBy: string | null;
    changes: Record<string, { from: unknown; to: unknown }>;
  }[];
}

const dateFields = new Set(['occurredAt', 'nextAppointmentAt']);

/** Every edit of a session: who, when, and each field before and after. */
export function SessionHistory({ revisions }: SessionHistoryProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const show = (field: string, value: unknown) => {
    if (
      value === null ||
      value === undefined ||
      value === '' ||
      (Array.isArray(value) && !value.length)
    ) {
      return <span className="muted">{t('sessions.history.empty_value')}</span>;
    }
    if (dateFields.has(field)) return formatDateTime(String(value));
    if (field === 'channel') return t(`sessions.channels.${value as 'phone'}`);
    if (field === 'topics') {
      return (value as string[])
        .map((topic) => t(`sessions.topics.${topic as 'other'}`))
        .join(', ');
    }
    return String(value);
  };
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('sessions.history.title')}</h2>
      {revisions.length === 0 ? <p className="muted">{t('sessions.history.empty')}</p> : null}
      {revisions.map((revision) => (
        <div key={revision.id} className="revision">
          <h3>
            {t('sessions.history.entry', {
              date: formatDateTime(revision.revisedAt),
              name: revision.revisedBy ?? '–',
            })}
          </h3>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">
                {t('sessions.history.entry', {
                  date: formatDateTime(revision.revisedAt),
                  name: revision.revisedBy ?? '–',
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('sessions.history.field')}</th>
                  <th scope="col">{t('sessions.history.from')}</th>
                  <th scope="col">{t('sessions.history.to')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(revision.changes).map(([field, change]) => (
                  <tr key={field}>
                    <th scope="row">{t(`sessions.fields.${field as 'notes'}`)}</th>
                    <td className="history-value">{show(field, change.from)}</td>
                    <td className="history-value">{show(field, change.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
