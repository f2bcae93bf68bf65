import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { can } from '~/auth/permissions';
import { SegmentFilters } from '~/components/segments/segment-filters';
import { SegmentTable } from '~/components/segments/segment-table';
import { segmentFilterSchema } from '~/modules/segments/segments.schema';
import { listOwnerCandidates, listSegments } from '~/modules/segments/segments.server';
import { titled } from '~/page-title';

export const handle = titled('segments.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'segments:read');
  const filter = segmentFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [segments, owners] = await Promise.all([
    listSegments(user, filter),
    listOwnerCandidates(user),
  ]);
  return {
    filter,
    segments,
    // The filter needs names only.
    owners: owners.map(({ id, name }) => ({ id, name })),
    canManage: can(user, 'segments:manage'),
  };
}

export default function SegmentList() {
  const { t } = useTranslation();
  const { filter, segments, owners, canManage } = useLoaderData<typeof loader>();
  const filtered = Boolean(filter.q || filter.kind || filter.owner || filter.archived);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('segments.title')}</h1>
          <p>{t('segments.intro')}</p>
        </div>
        {canManage ? (
          <Link to="/segments/new" className="button">
            {t('segments.create')}
          </Link>
        ) : null}
      </div>
      <SegmentFilters filter={filter} owners={owners} filtered={filtered} />
      <p className="muted" role="status">
        {t('segments.count', { count: segments.length })}
      </p>
      <SegmentTable
        segments={segments}
        empty={filtered ? t('segments.empty') : t('segments.emptyNone')}
      />
    </>
  );
}
