import type { LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { AppointmentTable } from '~/components/sessions/appointment-table';
import { StalledTable } from '~/components/sessions/stalled-table';
import { myWorkSchema } from '~/modules/sessions/sessions.schema';
import { getMyWork } from '~/modules/sessions/my-work.server';
import { titled } from '~/page-title';

export const handle = titled('myWork.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'sessions:log');
  const { stalledDays } = myWorkSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { work: await getMyWork(user, { stalledDays }), stalledDays, userId: user.id };
}

export default function MyWork() {
  const { t } = useTranslation();
  const { work, stalledDays, userId } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('myWork.title')}</h1>
          <p>{t('myWork.intro')}</p>
        </div>
      </div>
      <p>
        {t('myWork.clients', { count: work.clientCount })}{' '}
        <Link to={`/people?coach=${userId}`}>{t('myWork.clientsLink')}</Link>
      </p>
      <div className="my-work">
        <section className="card" aria-labelledby="today-title">
          <h2 id="today-title">{t('myWork.today')}</h2>
          <AppointmentTable
            caption={t('myWork.today')}
            rows={work.today}
            whenLabel={t('myWork.columns.when')}
            empty={t('myWork.todayEmpty')}
          />
        </section>
        <section className="card" aria-labelledby="overdue-title">
          <h2 id="overdue-title">{t('myWork.overdue')}</h2>
          <p className="muted">{t('myWork.overdueIntro')}</p>
          <AppointmentTable
            caption={t('myWork.overdue')}
            rows={work.overdue}
            whenLabel={t('myWork.columns.appointment')}
            empty={t('myWork.overdueEmpty')}
          />
        </section>
        <section className="card" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">{t('myWork.upcoming', { days: work.upcomingDays })}</h2>
          <AppointmentTable
            caption={t('myWork.upcoming', { days: work.upcomingDays })}
            rows={work.upcoming}
            whenLabel={t('myWork.columns.when')}
            empty={t('myWork.upcomingEmpty')}
          />
        </section>
        <section className="card" aria-labelledby="stalled-title">
          <h2 id="stalled-title">{t('myWork.stalled')}</h2>
          <p className="muted">{t('myWork.stalledIntro', { days: stalledDays })}</p>
          <Form method="get" className="form-inline">
            <div className="field">
              <label htmlFor="stalled-days">{t('myWork.stalledDays')}</label>
              <input
                id="stalled-days"
                name="stalledDays"
                type="number"
                min={7}
                max={365}
                defaultValue={stalledDays}
              />
            </div>
            <button type="submit" className="button button-secondary">
              {t('myWork.show')}
            </button>
          </Form>
          <StalledTable rows={work.stalled} empty={t('myWork.stalledEmpty')} />
        </section>
      </div>
    </>
  );
}
