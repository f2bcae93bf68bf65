import { Link } from '@remix-run/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { employmentStatuses, type EmploymentStatus } from '#db/schema/values';
import { DataTable } from '~/components/data-table/data-table';
import { useFormatFinnishDate } from '~/i18n/format';
import type { PeopleListQuery, PeopleSort } from '~/modules/people/people-list.schema';
import { peopleListHref } from './people-url';

export interface PeopleRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  employmentStatus: EmploymentStatus;
  lastContactAt: string | Date | null;
  coachName: string | null;
  segmentNames: string[];
  currentStages: { path: string; stage: string }[];
}

const column = createColumnHelper<PeopleRow>();

/** Which table column sorts by which key of the list's URL. */
const sortKeyOf: Record<string, 'name' | 'lastContact'> = {
  name: 'name',
  lastContact: 'lastContact',
};

interface PeopleTableProps {
  people: PeopleRow[];
  query: PeopleListQuery;
  empty: string;
}

/** One server-sorted page of the people list (TanStack Table in manual mode). */
export function PeopleTable({ people, query, empty }: PeopleTableProps) {
  const { t } = useTranslation();
  const formatFinnishDate = useFormatFinnishDate();
  const descending = query.sort.startsWith('-');
  const sortedKey = descending ? query.sort.slice(1) : query.sort;
  // Looked up once per page rather than once per row: a page has 50 rows.
  const statusLabels = Object.fromEntries(
    employmentStatuses.map((status) => [status, t(`people.employmentStatuses.${status}`)]),
  ) as Record<EmploymentStatus, string>;
  const columns = [
    column.accessor((row) => `${row.lastName}, ${row.firstName}`, {
      id: 'name',
      header: t('people.columns.name'),
      cell: (info) => (
        <Link to={`/people/${info.row.original.id}`} className="person-link">
          {info.row.original.lastName}, {info.row.original.firstName}
        </Link>
      ),
    }),
    column.display({
      id: 'contact',
      header: t('people.columns.contact'),
      cell: (info) => (
        <span className="stacked">
          {info.row.original.email ? <span>{info.row.original.email}</span> : null}
          {info.row.original.phone ? <span>{info.row.original.phone}</span> : null}
        </span>
      ),
    }),
    column.accessor('segmentNames', {
      header: t('people.columns.segments'),
      enableSorting: false,
      cell: (info) => info.getValue().join(', '),
    }),
    column.accessor('currentStages', {
      header: t('people.columns.stage'),
      enableSorting: false,
      cell: (info) => (
        <span className="stacked">
          {info.getValue().map((place) => (
            <span key={place.path} className="stage-cell">
              <span>{place.stage}</span>
              <span className="stage-cell-path">{place.path}</span>
            </span>
          ))}
        </span>
      ),
    }),
    column.accessor('coachName', {
      header: t('people.columns.coach'),
      enableSorting: false,
      cell: (info) => info.getValue() ?? <span className="muted">{t('people.noCoach')}</span>,
    }),
    column.accessor('employmentStatus', {
      header: t('people.columns.status'),
      enableSorting: false,
      cell: (info) => statusLabels[info.getValue()],
    }),
    column.accessor('lastContactAt', {
      id: 'lastContact',
      header: t('people.columns.lastContact'),
      cell: (info) => {
        const value = info.getValue();
        return value ? (
          formatFinnishDate(value)
        ) : (
          <span className="muted">{t('people.never')}</span>
        );
      },
    }),
  ];
  return (
    <DataTable
      caption={t('people.title')}
      columns={columns}
      data={people}
      empty={empty}
      getRowId={(row) => row.id}
      serverSorting={{
        sorting: sortKeyOf[sortedKey] ? [{ id: sortedKey, desc: descending }] : [],
        hrefFor: (columnId, desc) =>
          peopleListHref(query, { sort: `${desc ? '-' : ''}${sortKeyOf[columnId]}` as PeopleSort }),
      }}
    />
  );
}
