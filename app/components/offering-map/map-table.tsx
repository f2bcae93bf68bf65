import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { Priority } from '#db/schema/values';
import { DataTable } from '~/components/data-table/data-table';
import { PriorityBadge } from './priority-badge';
import { RemoveLinkForm, type RemoveLinkTarget } from './remove-link-form';

interface Link {
  rationale: string;
  priority: Priority;
}

interface MapTableProps<Row extends Link> {
  caption: string;
  /** What describes the linked record; the link's rationale and priority follow. */
  // TanStack's documented typing: each column has its own value type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<Row, any>[];
  links: Row[];
  getRowId: (row: Row) => string;
  empty: string;
  /** The remove button of each row, for those who may change the map. */
  remove?: { target: RemoveLinkTarget; idOf: (row: Row) => string; nameOf: (row: Row) => string };
}

/**
 * One half of the map as a table, in the order the server gives (priority,
 * then name), with each link's rationale and priority and, for managers, its remove button.
 */
export function MapTable<Row extends Link>({
  caption,
  columns,
  links,
  getRowId,
  empty,
  remove,
}: MapTableProps<Row>) {
  const { t } = useTranslation();
  const column = createColumnHelper<Row>();
  const allColumns = [
    ...columns,
    column.accessor((row) => row.rationale, {
      id: 'rationale',
      header: t('offeringMap.columns.rationale'),
      cell: (info) => <span className="prewrap">{info.getValue()}</span>,
    }),
    column.accessor((row) => row.priority, {
      id: 'priority',
      header: t('offeringMap.columns.priority'),
      cell: (info) => <PriorityBadge priority={info.getValue()} />,
    }),
    ...(remove
      ? [
          column.display({
            id: 'actions',
            header: t('offeringMap.columns.actions'),
            cell: (info) => (
              <RemoveLinkForm
                target={remove.target}
                id={remove.idOf(info.row.original)}
                name={remove.nameOf(info.row.original)}
              />
            ),
          }),
        ]
      : []),
  ].map((definition) => ({ ...definition, enableSorting: false }));
  return (
    <DataTable
      caption={caption}
      columns={allColumns}
      data={links}
      getRowId={getRowId}
      empty={empty}
    />
  );
}
