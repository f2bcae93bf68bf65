import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '~/components/layout/back-link';
import { PathTabs } from './path-tabs';

interface PathHeaderProps {
  path: {
    id: string;
    name: string;
    description: string;
    archivedAt: string | Date | null;
    segmentId: string;
    segmentName: string;
    segmentArchivedAt: string | Date | null;
  };
  canManage: boolean;
}

/** What every page of a path starts with: the way back, its name and segment, state and sections. */
export function PathHeader({ path, canManage }: PathHeaderProps) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/paths" label={t('paths.back')} />
      <div className="page-header">
        <div>
          <h1>{path.name}</h1>
          {path.archivedAt ? (
            <p>
              <span className="badge badge-muted">{t('paths.archived')}</span>
            </p>
          ) : null}
          <p className="path-header-segment">
            {t('paths.segmentLabel')}:{' '}
            <Link to={`/segments/${path.segmentId}`}>{path.segmentName}</Link>
          </p>
          {path.description ? <p className="prewrap">{path.description}</p> : null}
        </div>
      </div>
      {path.segmentArchivedAt ? (
        <p className="alert alert-info">{t('paths.segmentArchivedNotice')}</p>
      ) : path.archivedAt ? (
        <p className="alert alert-info">{t('paths.archivedNotice')}</p>
      ) : null}
      <PathTabs pathId={path.id} canManage={canManage} />
    </>
  );
}
