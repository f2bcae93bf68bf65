import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { Role } from '#db/schema/values';
import { FormErrors } from '~/components/forms/field-errors';
import { TextField } from '~/components/forms/fields';
import { setStaffPasswordSchema, updateStaffSchema } from '~/modules/staff/staff.schema';
import { StaffProfileFields } from './staff-profile-fields';

type LastResult = SubmissionResult<string[]> | undefined;

interface Member {
  name: string;
  email: string;
  role: Role;
  disabledAt: string | Date | null;
}

export function StaffProfileForm({
  member,
  lastResult,
}: {
  member: Member;
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: 'staff-profile',
    lastResult,
    defaultValue: { name: member.name, email: member.email, role: member.role },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: updateStaffSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <section className="card" aria-labelledby="staff-profile-title">
      <h2 id="staff-profile-title">{t('account.details')}</h2>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <StaffProfileFields fields={fields} />
        <div className="form-actions">
          <button type="submit" name="intent" value="update" className="button">
            {t('staff.save')}
          </button>
        </div>
      </Form>
    </section>
  );
}

export function StaffStatusForm({
  member,
  isSelf,
  lastResult,
}: {
  member: Member;
  isSelf: boolean;
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  const [form] = useForm({ id: 'staff-status', lastResult });
  const disabled = Boolean(member.disabledAt);
  return (
    <section className="card" aria-labelledby="staff-status-title">
      <h2 id="staff-status-title">{t('staff.status')}</h2>
      <p>
        <span className={disabled ? 'badge badge-muted' : 'badge'}>
          {disabled ? t('staff.disabled') : t('staff.active')}
        </span>
      </p>
      <FormErrors id={form.errorId} errors={form.errors} />
      {disabled ? (
        <Form method="post" {...getFormProps(form)}>
          <button type="submit" name="intent" value="enable" className="button button-secondary">
            {t('staff.enable')}
          </button>
        </Form>
      ) : isSelf ? (
        <p className="muted">{t('staff.cannotDisableSelf')}</p>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <p className="muted">{t('staff.disableHint')}</p>
          <button type="submit" name="intent" value="disable" className="button button-danger">
            {t('staff.disable')}
          </button>
        </Form>
      )}
    </section>
  );
}

export function StaffPasswordForm({ lastResult }: { lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: 'staff-password',
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: setStaffPasswordSchema }),
    shouldValidate: 'onBlur',
  });
  return (
    <section className="card" aria-labelledby="staff-password-title">
      <h2 id="staff-password-title">{t('staff.resetPassword')}</h2>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField
          label={t('staff.newPassword')}
          hint={t('account.newPasswordHint')}
          meta={fields.password}
          type="password"
          autoComplete="new-password"
          required
        />
        <div className="form-actions">
          <button
            type="submit"
            name="intent"
            value="set-password"
            className="button button-secondary"
          >
            {t('staff.resetPassword')}
          </button>
        </div>
      </Form>
    </section>
  );
}
