import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { ActivityDetails } from '~/components/activity/activity-details';
import { useActionLabel } from '~/components/activity/use-action-label';
import { DataTable } from '~/components/data-table/data-table';
import { z } from 'zod';
import { requireRecordId } from '~/forms/params';
import { useFormatDateTime } from '~/i18n/format';
import { listSegmentHistory } from '~/modules/segments/segment-history.server';

// A malformed page key is ignored: the first page is shown.
const historyPageSchema = z.object({
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'segments:read');
  const url = new URL(request.url);
  const { before } = historyPageSchema.parse(Object.fromEntries(url.searchParams));
  return {
    before,
    ...(await listSegmentHistory(user, requireRecordId(params.segmentId), { before })),
  };
}

type Entry = Awaited<ReturnType<typeof loader>>['entries'][number];
const column = createColumnHelper<Entry>();

export default function SegmentHistory() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const actionLabel = useActionLabel();
  const { entries, before, nextBefore } = useLoaderData<typeof loader>();
  const columns = [
    column.accessor('createdAt', {
      header: t('segments.history.when'),
      cell: (info) => formatDateTime(info.getValue()),
      enableSorting: false,
    }),
    column.accessor((row) => row.actorName ?? t('activity.system'), {
      id: 'who',
      header: t('segments.history.who'),
      enableSorting: false,
    }),
    column.accessor((row) => actionLabel(row.action), {
      id: 'what',
      header: t('segments.history.what'),
      enableSorting: false,
    }),
    column.accessor('details', {
      header: t('segments.history.details'),
      cell: (info) => <ActivityDetails details={info.getValue()} />,
      enableSorting: false,
    }),
  ];
  return (
    <section aria-labelledby="segment-history-title">
      <h2 id="segment-history-title">{t('segments.history.title')}</h2>
      <p className="muted">{t('segments.history.intro')}</p>
      <DataTable
        caption={t('segments.history.title')}
        columns={columns}
        data={entries}
        getRowId={(row) => String(row.id)}
        empty={t('segments.history.empty')}
      />
      <nav className="pagination" aria-label={t('table.pagination')}>
        {before ? <Link to="?">{t('activity.newer')}</Link> : null}
        {nextBefore ? <Link to={`?before=${nextBefore}`}>{t('activity.older')} →</Link> : null}
      </nav>
    </section>
  );
}
