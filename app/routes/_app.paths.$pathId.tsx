import type { LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData } from '@remix-run/react';
import { requireUserWith } from '~/auth/guards.server';
import { can } from '~/auth/permissions';
import { PathHeader } from '~/components/service-paths/path-header';
import { requireRecordId } from '~/forms/params';
import { revalidateAfterPost } from '~/forms/revalidate-after-post';
import { requirePathSummary } from '~/modules/service-paths/service-paths.server';
import type { TitleHandle } from '~/page-title';

// The frame of every page of a path: its name, segment, state and the section tabs.
export const shouldRevalidate = revalidateAfterPost;

export const handle: TitleHandle = {
  title: (t, data) =>
    (data as { path?: { name: string } } | undefined)?.path?.name ?? t('paths.title'),
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'people:read');
  const path = await requirePathSummary(user, requireRecordId(params.pathId));
  return { path, canManage: can(user, 'service-paths:manage') };
}

export default function ServicePathLayout() {
  const { path, canManage } = useLoaderData<typeof loader>();
  return (
    <>
      <PathHeader path={path} canManage={canManage} />
      <Outlet />
    </>
  );
}
