import type { LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { roles } from '#db/schema/values';
import { requireUserWith } from '~/auth/guards.server';
import { DataTable } from '~/components/data-table/data-table';
import { useFormatDateTime } from '~/i18n/format';
import { staffFilterSchema } from '~/modules/staff/staff.schema';
import { listStaff } from '~/modules/staff/staff.server';
import { titled } from '~/page-title';

export const handle = titled('staff.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'staff:manage');
  const url = new URL(request.url);
  const filter = staffFilterSchema.parse(Object.fromEntries(url.searchParams));
  return { filter, staff: await listStaff(user, filter) };
}

type StaffRow = Awaited<ReturnType<typeof loader>>['staff'][number];
const column = createColumnHelper<StaffRow>();

export default function StaffList() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { filter, staff } = useLoaderData<typeof loader>();
  const columns = [
    column.accessor('name', {
      header: t('staff.name'),
      cell: (info) => <Link to={`/admin/users/${info.row.original.id}`}>{info.getValue()}</Link>,
    }),
    column.accessor('email', { header: t('staff.email') }),
    column.accessor((row) => t(`roles.${row.role}`), { id: 'role', header: t('staff.role') }),
    column.accessor((row) => (row.disabledAt ? 1 : 0), {
      id: 'status',
      header: t('staff.status'),
      cell: (info) =>
        info.getValue() ? (
          <span className="badge badge-muted">{t('staff.disabled')}</span>
        ) : (
          <span className="badge">{t('staff.active')}</span>
        ),
    }),
    column.accessor('lastSignInAt', {
      header: t('staff.lastSignIn'),
      cell: (info) => formatDateTime(info.getValue()) || t('staff.neverSignedIn'),
      sortingFn: 'datetime',
    }),
  ];

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('staff.title')}</h1>
          <p>{t('staff.intro')}</p>
        </div>
        <Link to="/admin/users/new" className="button">
          {t('staff.create')}
        </Link>
      </div>
      <Form method="get" className="form-inline" role="search">
        <div className="field">
          <label htmlFor="staff-q">{t('staff.search')}</label>
          <input id="staff-q" type="search" name="q" defaultValue={filter.q ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="staff-role">{t('staff.filterRole')}</label>
          <select id="staff-role" name="role" defaultValue={filter.role ?? ''}>
            <option value="">{t('staff.allRoles')}</option>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t('table.filter')}
        </button>
        {filter.q || filter.role ? <Link to="/admin/users">{t('table.clearFilters')}</Link> : null}
      </Form>
      <p className="muted" role="status">
        {t('staff.count', { count: staff.length })}
      </p>
      <DataTable
        caption={t('staff.title')}
        columns={columns}
        data={staff}
        getRowId={(row) => row.id}
        empty={t('staff.empty')}
      />
    </>
  );
}
