import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '~/auth/guards.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { user: { name: user.name, role: user.role } };
}

export default function Home() {
  const { t } = useTranslation();
  const { user } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('home.title', { name: user.name })}</h1>
          <p>{t(`roleDescriptions.${user.role}`)}</p>
        </div>
      </div>
    </>
  );
}
