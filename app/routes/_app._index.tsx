import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '~/auth/guards.server';
import { getPreviousSignIn } from '~/auth/sign-in-history.server';
import { useActionLabel } from '~/components/activity/use-action-label';
import { useFormatDateTime } from '~/i18n/format';
import { listOwnRecentActivity } from '~/modules/activity/activity.server';
import { countVisiblePeople } from '~/modules/people/people-scope.server';
import { can } from '~/auth/permissions';
import { titled } from '~/page-title';

export const handle = titled('nav.home');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [previousSignIn, recentActivity, clientCount] = await Promise.all([
    getPreviousSignIn(user.id),
    listOwnRecentActivity(user),
    can(user, 'people:read') ? countVisiblePeople(user) : null,
  ]);
  return {
    user: { name: user.name, role: user.role },
    previousSignIn,
    recentActivity,
    clientCount,
  };
}

export default function Home() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const actionLabel = useActionLabel();
  const { user, previousSignIn, recentActivity, clientCount } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('home.title', { name: user.name })}</h1>
          <p>
            {t('home.yourRole', { role: t(`roles.${user.role}`) })}.{' '}
            {t(`roleDescriptions.${user.role}`)}
          </p>
        </div>
      </div>
      <div className="grid-2">
        {clientCount !== null ? (
          <section className="card" aria-labelledby="client-count">
            <h2 id="client-count">
              {user.role === 'coach' ? t('home.caseload') : t('home.allClients')}
            </h2>
            <p className="stat">{t('home.clientCount', { count: clientCount })}</p>
            <p>
              <Link to="/people">{t('home.openClients')}</Link>
              {user.role === 'coach' ? (
                <>
                  {' · '}
                  <Link to="/sessions">{t('home.openMyWork')}</Link>
                </>
              ) : null}
            </p>
          </section>
        ) : null}
        <section className="card" aria-labelledby="previous-sign-in">
          <h2 id="previous-sign-in">{t('home.lastSignIn')}</h2>
          <p>
            {previousSignIn
              ? `${formatDateTime(previousSignIn.at)} (${previousSignIn.ipAddress})`
              : t('home.never')}
          </p>
        </section>
        <section className="card" aria-labelledby="recent-activity">
          <h2 id="recent-activity">{t('home.recentActivity')}</h2>
          {recentActivity.length ? (
            <dl className="definition-list">
              {recentActivity.map((entry) => (
                <div key={entry.id}>
                  <dt>{formatDateTime(entry.createdAt)}</dt>
                  <dd>{actionLabel(entry.action)}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="muted">{t('home.recentActivityEmpty')}</p>
          )}
        </section>
      </div>
    </>
  );
}
