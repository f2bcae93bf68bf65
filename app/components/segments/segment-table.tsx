import { Link } from '@remix-run/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { SegmentKind } from '#db/schema/values';
import { DataTable } from '~/components/data-table/data-table';

interface SegmentRow {
  id: string;
  name: string;
  kind: SegmentKind;
  ownerName: string | null;
  teamSize: number;
  peopleCount: number;
  insightCount: number;
  offeringCount: number;
  activePathCount: number;
  recentSessionCount: number;
}

const column = createColumnHelper<SegmentRow>();

export function SegmentTable({ segments, empty }: { segments: SegmentRow[]; empty: string }) {
  const { t } = useTranslation();
  const number = (header: string) => ({ header, meta: { numeric: true } });
  const columns = [
    column.accessor('name', {
      header: t('segments.columns.name'),
      cell: (info) => <Link to={`/segments/${info.row.original.id}`}>{info.getValue()}</Link>,
    }),
    column.accessor((row) => t(`segments.kinds.${row.kind}`), {
      id: 'kind',
      header: t('segments.columns.kind'),
    }),
    column.accessor((row) => row.ownerName ?? '', {
      id: 'owner',
      header: t('segments.columns.owner'),
    }),
    column.accessor('teamSize', number(t('segments.columns.teamSize'))),
    column.accessor('peopleCount', number(t('segments.columns.people'))),
    column.accessor('activePathCount', number(t('segments.columns.servicePaths'))),
    column.accessor('recentSessionCount', number(t('segments.columns.recentSessions'))),
    column.accessor('insightCount', number(t('segments.columns.insights'))),
    column.accessor('offeringCount', number(t('segments.columns.offerings'))),
  ];
  return (
    <DataTable
      caption={t('segments.title')}
      columns={columns}
      data={segments}
      getRowId={(row) => row.id}
      empty={empty}
    />
  );
}
