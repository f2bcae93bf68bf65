import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { EmploymentStatus } from '#db/schema/values';
import { BackLink } from '~/components/layout/back-link';
import { Notice } from '~/components/layout/notice';

interface PersonHeaderProps {
  person: { id: string; firstName: string; lastName: string; employmentStatus: EmploymentStatus };
  canLog: boolean;
  canEdit: boolean;
}

/** The person's name with the day's two main actions, and the confirmation of the last one. */
export function PersonHeader({ person, canLog, canEdit }: PersonHeaderProps) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/people" label={t('people.title')} />
      <div className="page-header">
        <div>
          <h1>
            {person.firstName} {person.lastName}
          </h1>
          <p className="muted">{t(`people.employmentStatuses.${person.employmentStatus}`)}</p>
        </div>
        <div className="page-actions">
          {canLog ? (
            <Link to={`/people/${person.id}/sessions/new`} className="button">
              {t('people.page.logSession')}
            </Link>
          ) : null}
          {canEdit ? (
            <Link to={`/people/${person.id}/edit`} className="button button-secondary">
              {t('people.edit.link')}
            </Link>
          ) : null}
        </div>
      </div>
      <Notice />
    </>
  );
}
