import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { FormErrors } from '~/components/forms/field-errors';
import { TextField } from '~/components/forms/fields';
import { BackLink } from '~/components/layout/back-link';
import { withNotice } from '~/components/layout/notice';
import { StaffProfileFields } from '~/components/staff/staff-profile-fields';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import { createStaffSchema } from '~/modules/staff/staff.schema';
import { createStaffMember } from '~/modules/staff/staff.server';
import { titled } from '~/page-title';

export const handle = titled('staff.createTitle');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, 'staff:manage');
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'staff:manage');
  const submission = parseWithZod(await readFormData(request), { schema: createStaffSchema });
  if (submission.status !== 'success') {
    return rejectSubmission(submission, { hideFields: ['password'] });
  }
  const result = await createStaffMember(user, submission.value);
  if (!result.ok) {
    return rejectSubmission(submission, {
      fieldErrors: result.fieldErrors,
      hideFields: ['password'],
    });
  }
  return redirect(withNotice(`/admin/users/${result.value.id}`, 'created'));
}

export default function NewStaffMember() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createStaffSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <>
      <BackLink to="/admin/users" label={t('staff.back')} />
      <h1>{t('staff.createTitle')}</h1>
      <div className="card">
        <FormErrors id={form.errorId} errors={form.errors} />
        <Form method="post" className="form" {...getFormProps(form)}>
          <StaffProfileFields fields={fields} />
          <TextField
            label={t('staff.initialPassword')}
            hint={t('staff.initialPasswordHint')}
            meta={fields.password}
            type="password"
            autoComplete="new-password"
            required
          />
          <div className="form-actions">
            <button type="submit" className="button">
              {t('staff.createSubmit')}
            </button>
            <Link to="/admin/users">{t('common.cancel')}</Link>
          </div>
        </Form>
      </div>
    </>
  );
}
