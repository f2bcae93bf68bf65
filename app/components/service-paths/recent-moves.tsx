import { Link } from '@remix-run/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable } from '~/components/data-table/data-table';
import { useFormatDateTime } from '~/i18n/format';

interface Move {
  id: string;
  changedAt: string | Date;
  personId: string;
  personName: string;
  fromStage: string | null;
  toStage: string;
  changedBy: string | null;
}

const column = createColumnHelper<Move>();

/** The latest moves between stages, by the stages' current names. */
export function RecentMoves({ moves }: { moves: Move[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns = [
    column.accessor('changedAt', {
      header: t('paths.board.recentColumns.when'),
      cell: (info) => formatDateTime(info.getValue()),
      enableSorting: false,
    }),
    column.accessor('personName', {
      header: t('paths.board.recentColumns.client'),
      cell: (info) => <Link to={`/people/${info.row.original.personId}`}>{info.getValue()}</Link>,
      enableSorting: false,
    }),
    column.display({
      id: 'move',
      header: t('paths.board.recentColumns.move'),
      cell: ({ row: { original: move } }) =>
        move.fromStage
          ? t('paths.board.moved', { from: move.fromStage, to: move.toStage })
          : t('paths.board.started', { to: move.toStage }),
    }),
    column.accessor((move) => move.changedBy ?? t('activity.system'), {
      id: 'by',
      header: t('paths.board.recentColumns.by'),
      enableSorting: false,
    }),
  ];
  return (
    <section className="path-recent" aria-labelledby="path-recent-title">
      <h2 id="path-recent-title">{t('paths.board.recentTitle')}</h2>
      <p className="muted">{t('paths.board.recentIntro')}</p>
      <DataTable
        caption={t('paths.board.recentTitle')}
        columns={columns}
        data={moves}
        getRowId={(move) => move.id}
        empty={t('paths.board.recentEmpty')}
      />
    </section>
  );
}
