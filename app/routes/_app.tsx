import type { LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData, useRouteError } from '@remix-run/react';
import { requireUser } from '~/auth/guards.server';
import { AppShell } from '~/components/layout/app-shell';
import { ShellErrorPage } from '~/components/layout/error-page';

// Every page inside the shell needs a signed-in user.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { user: { name: user.name, role: user.role } };
}

export default function AppLayout() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user}>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  return <ShellErrorPage error={useRouteError()} />;
}
