import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { useFormatFinnishDate } from '~/i18n/format';

interface StalledTableProps {
  rows: {
    personId: string;
    firstName: string;
    lastName: string;
    pathId: string;
    pathName: string;
    stageName: string;
    since: Date;
  }[];
  empty: string;
}

const dayMs = 86_400_000;

/** Clients who have stayed in one stage too long, longest first. */
export function StalledTable({ rows, empty }: StalledTableProps) {
  const { t } = useTranslation();
  const formatFinnishDate = useFormatFinnishDate();
  if (!rows.length) return <p className="empty-state">{empty}</p>;
  const caption = t('myWork.stalled');
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('myWork.columns.client')}</th>
            <th scope="col">{t('myWork.columns.path')}</th>
            <th scope="col">{t('myWork.columns.stage')}</th>
            <th scope="col">{t('myWork.columns.since')}</th>
            <th scope="col" className="numeric">
              {t('myWork.columns.days')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.personId}-${row.pathId}`}>
              <td>
                <Link to={`/people/${row.personId}#paths`}>
                  {row.firstName} {row.lastName}
                </Link>
              </td>
              <td>
                <Link to={`/paths/${row.pathId}`}>{row.pathName}</Link>
              </td>
              <td>{row.stageName}</td>
              <td>{formatFinnishDate(row.since)}</td>
              <td className="numeric">{Math.floor((Date.now() - row.since.getTime()) / dayMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
