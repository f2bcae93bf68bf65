import { Form, Link, NavLink } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '#db/schema/values';
import { LanguageSwitch } from './language-switch';
import { navItemsFor } from './navigation';

interface AppShellProps {
  user: { name: string; role: Role };
  children: ReactNode;
}

export function AppShell({ user, children }: AppShellProps) {
  const { t } = useTranslation();
  const items = navItemsFor(user.role);
  const mainItems = items.filter((item) => !item.group);
  const adminItems = items.filter((item) => item.group === 'admin');
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>
            {t('app.name')} <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="header-tools">
          <LanguageSwitch />
          <Link to="/account" className="user-name">
            {t('app.signedInAs', { name: user.name })} ({t(`roles.${user.role}`)})
          </Link>
          <Form method="post" action="/logout">
            <button type="submit" className="link-button">
              {t('app.signOut')}
            </button>
          </Form>
        </div>
      </header>
      <nav className="shell-nav" aria-label={t('app.mainNavigation')}>
        <ul>
          {mainItems.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                {t(`nav.${item.label}`)}
              </NavLink>
            </li>
          ))}
        </ul>
        {adminItems.length ? (
          <>
            <p className="nav-group" id="nav-admin">
              {t('nav.admin')}
            </p>
            <ul aria-labelledby="nav-admin">
              {adminItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{t(`nav.${item.label}`)}</NavLink>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </nav>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
