import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { can } from '~/auth/permissions';
import { PathList } from '~/components/service-paths/path-list';
import { pathListFilterSchema } from '~/modules/service-paths/service-paths.schema';
import { listServicePathsBySegment } from '~/modules/service-paths/service-paths.server';
import { titled } from '~/page-title';

export const handle = titled('paths.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'people:read');
  const filter = pathListFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    filter,
    groups: await listServicePathsBySegment(user, filter),
    canManage: can(user, 'service-paths:manage'),
    isCoach: user.role === 'coach',
  };
}

export default function ServicePathList() {
  const { t } = useTranslation();
  const { filter, groups, canManage, isCoach } = useLoaderData<typeof loader>();
  const pathCount = groups.reduce((sum, group) => sum + group.paths.length, 0);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('paths.title')}</h1>
          <p>{t('paths.intro')}</p>
        </div>
        {canManage ? (
          <Link to="/paths/new" className="button">
            {t('paths.create')}
          </Link>
        ) : null}
      </div>
      <p className="path-list-tools">
        <span className="muted" role="status">
          {t('paths.count', { count: pathCount })}
        </span>
        <Link to={filter.archived ? '/paths' : '/paths?archived=1'}>
          {filter.archived ? t('paths.hideArchived') : t('paths.showArchived')}
        </Link>
      </p>
      {isCoach ? <p className="muted">{t('paths.clientScope')}</p> : null}
      <PathList groups={groups} canManage={canManage} />
    </>
  );
}
