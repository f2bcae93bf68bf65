import { useRouteError } from '@remix-run/react';
import { ShellErrorPage } from '~/components/layout/error-page';

// Unknown addresses get a real 404 page (inside the shell for a signed-in user).
export function loader() {
  throw new Response('Not found', { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <ShellErrorPage error={useRouteError()} />;
}
