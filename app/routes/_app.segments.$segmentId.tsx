import type { LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { BackLink } from '~/components/layout/back-link';
import { SegmentTabs } from '~/components/segments/segment-tabs';
import { requireRecordId } from '~/forms/params';
import { revalidateAfterPost } from '~/forms/revalidate-after-post';
import { getSegmentSummary } from '~/modules/segments/segments.server';
import type { TitleHandle } from '~/page-title';

// The frame of every segment page: its name, kind, state and the section tabs.
export const shouldRevalidate = revalidateAfterPost;

export const handle: TitleHandle = {
  title: (t, data) =>
    (data as { segment?: { name: string } } | undefined)?.segment?.name ?? t('segments.title'),
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'segments:read');
  const segment = await getSegmentSummary(user, requireRecordId(params.segmentId));
  if (!segment) throw new Response('Not found', { status: 404 });
  return { segment };
}

export default function SegmentLayout() {
  const { t } = useTranslation();
  const { segment } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/segments" label={t('segments.back')} />
      <div className="page-header">
        <div>
          <h1>{segment.name}</h1>
          <p>
            <span className="badge">{t(`segments.kinds.${segment.kind}`)}</span>{' '}
            {segment.archivedAt ? (
              <span className="badge badge-muted">{t('segments.archived')}</span>
            ) : null}
          </p>
        </div>
      </div>
      {segment.archivedAt ? (
        <p className="alert alert-info">{t('segments.archivedNotice')}</p>
      ) : null}
      <SegmentTabs segmentId={segment.id} />
      <Outlet />
    </>
  );
}
