import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '~/i18n/format';

interface AppointmentTableProps {
  caption: string;
  rows: {
    personId: string;
    firstName: string;
    lastName: string;
    phone: string | null;
    at: Date | null;
    lastSessionAt: Date;
  }[];
  /** What the time column means: the coming appointment, or the one that was missed. */
  whenLabel: string;
  empty: string;
}

/** Clients with an appointment, each with a quick way to log the session. */
export function AppointmentTable({ caption, rows, whenLabel, empty }: AppointmentTableProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (!rows.length) return <p className="empty-state">{empty}</p>;
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('myWork.columns.client')}</th>
            <th scope="col">{whenLabel}</th>
            <th scope="col">{t('myWork.columns.phone')}</th>
            <th scope="col">{t('myWork.columns.lastSession')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('myWork.logSession')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = `${row.firstName} ${row.lastName}`;
            return (
              <tr key={row.personId}>
                <td>
                  <Link to={`/people/${row.personId}`}>{name}</Link>
                </td>
                <td>{formatDateTime(row.at)}</td>
                <td>{row.phone ?? ''}</td>
                <td>{formatDateTime(row.lastSessionAt)}</td>
                <td>
                  <Link
                    to={`/people/${row.personId}/sessions/new`}
                    aria-label={t('myWork.logSessionLabel', { name })}
                  >
                    {t('myWork.logSession')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
