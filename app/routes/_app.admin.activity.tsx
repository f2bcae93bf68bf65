import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { ActivityDetails } from '~/components/activity/activity-details';
import { useActionLabel } from '~/components/activity/use-action-label';
import { DataTable } from '~/components/data-table/data-table';
import { useFormatDateTime } from '~/i18n/format';
import { activityFilterSchema } from '~/modules/activity/activity.schema';
import { listActivity } from '~/modules/activity/activity.server';
import { titled } from '~/page-title';

export const handle = titled('activity.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'activity:read');
  const filter = activityFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { filter, ...(await listActivity(user, filter)) };
}

type Entry = Awaited<ReturnType<typeof loader>>['entries'][number];
const column = createColumnHelper<Entry>();

export default function ActivityLog() {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const actionLabel = useActionLabel();
  const entityTypeLabel = (type: string) =>
    i18n.exists(`activity.entityTypes.${type}`) ? t(`activity.entityTypes.${type}` as never) : type;
  const { filter, entries, nextBefore } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const pageLink = (before: number | undefined) => {
    const next = new URLSearchParams(params);
    if (before) next.set('before', String(before));
    else next.delete('before');
    return `?${next.toString()}`;
  };
  const columns = [
    column.accessor('createdAt', {
      header: t('activity.when'),
      cell: (info) => formatDateTime(info.getValue()),
      enableSorting: false,
    }),
    column.accessor('actorName', {
      header: t('activity.actor'),
      cell: (info) => info.getValue() ?? t('activity.system'),
      enableSorting: false,
    }),
    column.accessor('action', {
      header: t('activity.action'),
      cell: (info) => <Link to={`?action=${info.getValue()}`}>{actionLabel(info.getValue())}</Link>,
      enableSorting: false,
    }),
    column.display({
      id: 'entity',
      header: t('activity.entity'),
      cell: ({ row: { original: entry } }) => {
        const type = entityTypeLabel(entry.entityType);
        if (entry.entityType === 'user' && entry.entityId && entry.targetName) {
          return (
            <>
              {type}: <Link to={`/admin/users/${entry.entityId}`}>{entry.targetName}</Link>
            </>
          );
        }
        return type;
      },
    }),
    column.accessor('details', {
      header: t('activity.details'),
      cell: (info) => <ActivityDetails details={info.getValue()} />,
      enableSorting: false,
    }),
  ];
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('activity.title')}</h1>
          <p>{t('activity.intro')}</p>
        </div>
      </div>
      {filter.action || filter.actor ? (
        <p>
          {filter.action ? <span className="badge">{actionLabel(filter.action)}</span> : null}{' '}
          <Link to="/admin/activity">{t('table.clearFilters')}</Link>
        </p>
      ) : null}
      <DataTable
        caption={t('activity.title')}
        columns={columns}
        data={entries}
        getRowId={(row) => String(row.id)}
        empty={t('activity.empty')}
      />
      <nav className="pagination" aria-label={t('table.pagination')}>
        {filter.before ? <Link to={pageLink(undefined)}>{t('activity.newer')}</Link> : null}
        {nextBefore ? <Link to={pageLink(nextBefore)}>{t('activity.older')} →</Link> : null}
      </nav>
    </>
  );
}
