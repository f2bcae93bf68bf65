import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

interface PageLinksProps {
  previousHref: string | null;
  nextHref: string | null;
}

/** Previous and next page of a keyset-paged list; a missing direction is shown disabled. */
export function PageLinks({ previousHref, nextHref }: PageLinksProps) {
  const { t } = useTranslation();
  if (!previousHref && !nextHref) return null;
  return (
    <nav className="page-links" aria-label={t('table.pagination')}>
      {previousHref ? (
        <Link to={previousHref} rel="prev">
          ← {t('people.previous')}
        </Link>
      ) : (
        <span aria-disabled="true" className="muted">
          ← {t('people.previous')}
        </span>
      )}
      {nextHref ? (
        <Link to={nextHref} rel="next">
          {t('people.next')} →
        </Link>
      ) : (
        <span aria-disabled="true" className="muted">
          {t('people.next')} →
        </span>
      )}
    </nav>
  );
}
