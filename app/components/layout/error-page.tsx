import { isRouteErrorResponse, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { useRootData } from '~/root-data';
import { AppShell } from './app-shell';

/** The page shown for 403, 404 and unexpected errors. Never shows a stack trace. */
export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, text] =
    status === 404
      ? [t('errors.notFoundTitle'), t('errors.notFoundText')]
      : status === 403
        ? [t('errors.forbiddenTitle'), t('errors.forbiddenText')]
        : status === 429
          ? [t('errors.genericTitle'), t('errors.tooManyRequests')]
          : [t('errors.genericTitle'), t('errors.genericText')];
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-status">{status}</p>
      <h1 id="error-title">{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
    </section>
  );
}

/**
 * An error page inside the app shell when someone is signed in (so the
 * navigation stays), or on its own page when not.
 */
export function ShellErrorPage({ error }: { error: unknown }) {
  const user = useRootData()?.user;
  const page = <ErrorPage error={error} />;
  if (user) return <AppShell user={user}>{page}</AppShell>;
  return (
    <main id="main" className="standalone">
      {page}
    </main>
  );
}
