import { Link } from '@remix-run/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable } from '~/components/data-table/data-table';

interface PathRow {
  id: string;
  name: string;
  archivedAt: string | Date | null;
  stageCount: number;
  clientCount: number;
}

export interface PathGroup {
  segment: { id: string; name: string; archivedAt: string | Date | null };
  paths: PathRow[];
}

const column = createColumnHelper<PathRow>();

function SegmentPaths({ group, canManage }: { group: PathGroup; canManage: boolean }) {
  const { t } = useTranslation();
  const { segment } = group;
  const headingId = `paths-of-${segment.id}`;
  const columns = [
    column.accessor('name', {
      header: t('paths.columns.name'),
      cell: (info) => (
        <>
          <Link to={`/paths/${info.row.original.id}`}>{info.getValue()}</Link>
          {info.row.original.archivedAt ? (
            <>
              {' '}
              <span className="badge badge-muted">{t('paths.archived')}</span>
            </>
          ) : null}
        </>
      ),
    }),
    column.accessor('stageCount', { header: t('paths.columns.stages'), meta: { numeric: true } }),
    column.accessor('clientCount', { header: t('paths.columns.clients'), meta: { numeric: true } }),
  ];
  return (
    <section className="path-group" aria-labelledby={headingId}>
      <div className="path-group-header">
        <h2 id={headingId}>
          <Link to={`/segments/${segment.id}`}>{segment.name}</Link>
          {segment.archivedAt ? (
            <>
              {' '}
              <span className="badge badge-muted">{t('paths.segmentArchived')}</span>
            </>
          ) : null}
        </h2>
        {canManage && !segment.archivedAt ? (
          <Link to={`/paths/new?segment=${segment.id}`} className="button button-secondary">
            {t('paths.createForSegment', { segment: segment.name })}
          </Link>
        ) : null}
      </div>
      <DataTable
        caption={t('paths.tableCaption', { segment: segment.name })}
        columns={columns}
        data={group.paths}
        getRowId={(row) => row.id}
        empty={t('paths.emptySegment')}
      />
    </section>
  );
}

/** Every segment with its service paths, one table per segment. */
export function PathList({ groups, canManage }: { groups: PathGroup[]; canManage: boolean }) {
  const { t } = useTranslation();
  if (groups.length === 0) return <p className="empty-state">{t('paths.emptyNone')}</p>;
  return (
    <>
      {groups.map((group) => (
        <SegmentPaths key={group.segment.id} group={group} canManage={canManage} />
      ))}
    </>
  );
}
