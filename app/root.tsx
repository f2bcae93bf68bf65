import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from '@remix-run/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { getUser } from '~/auth/guards.server';
import { ShellErrorPage } from '~/components/layout/error-page';
import { usePageTitle } from '~/page-title';
import { useRootData } from '~/root-data';
import { defaultLocale, getI18n } from '~/i18n/i18n';
import { resolveLocale } from '~/i18n/locale.server';
import { useNonce } from '~/security/nonce';
import stylesHref from '~/styles/app.css';
import peopleStylesHref from '~/styles/people.css';
import servicePathStylesHref from '~/styles/service-paths.css';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesHref },
  { rel: 'stylesheet', href: peopleStylesHref },
  { rel: 'stylesheet', href: servicePathStylesHref },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await resolveLocale(request, user);
  return {
    locale,
    user: user ? { id: user.id, name: user.name, email: user.email, role: user.role } : null,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const locale = useRootData()?.locale ?? defaultLocale;
  const i18n = getI18n(locale);
  const title = usePageTitle(i18n.t);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <Meta />
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ShellErrorPage error={useRouteError()} />;
}
