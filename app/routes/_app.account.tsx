import { readFormData } from '~/forms/read-form.server';
import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { rejectSubmission } from '~/forms/reply.server';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireSession, requireUser } from '~/auth/guards.server';
import { FormErrors } from '~/components/forms/field-errors';
import { TextField } from '~/components/forms/fields';
import { Notice, withNotice } from '~/components/layout/notice';
import { locales } from '~/i18n/i18n';
import { changeOwnPasswordSchema } from '~/modules/staff/staff.schema';
import { changeOwnPassword } from '~/modules/staff/staff.server';
import { titled } from '~/page-title';

export const handle = titled('account.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { user: { name: user.name, email: user.email, role: user.role, locale: user.locale } };
}

const passwordFields = ['currentPassword', 'newPassword', 'confirmPassword'];

export async function action({ request }: ActionFunctionArgs) {
  const { user, sessionId } = await requireSession(request);
  const submission = parseWithZod(await readFormData(request), { schema: changeOwnPasswordSchema });
  if (submission.status !== 'success') {
    return rejectSubmission(submission, { hideFields: passwordFields });
  }
  const result = await changeOwnPassword(user, sessionId, submission.value);
  if (!result.ok) {
    return rejectSubmission(submission, {
      fieldErrors: result.fieldErrors,
      hideFields: passwordFields,
    });
  }
  return redirect(withNotice('/account', 'passwordChanged'));
}

export default function Account() {
  const { t, i18n } = useTranslation();
  const { user } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changeOwnPasswordSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <>
      <h1>{t('account.title')}</h1>
      <Notice />
      <div className="grid-2">
        <div>
          <section className="card" aria-labelledby="account-details">
            <h2 id="account-details">{t('account.details')}</h2>
            <dl className="definition-list">
              <dt>{t('staff.name')}</dt>
              <dd>{user.name}</dd>
              <dt>{t('staff.email')}</dt>
              <dd>{user.email}</dd>
              <dt>{t('staff.role')}</dt>
              <dd>{t(`roles.${user.role}`)}</dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="account-language">
            <h2 id="account-language">{t('account.preferences')}</h2>
            <Form method="post" action="/language" className="form">
              <input type="hidden" name="redirectTo" value="/account?notice=languageSaved" />
              <fieldset className="field">
                <legend>{t('account.preferredLanguage')}</legend>
                {locales.map((locale) => (
                  <label key={locale} lang={locale}>
                    <input
                      type="radio"
                      name="locale"
                      value={locale}
                      defaultChecked={i18n.language === locale}
                    />{' '}
                    {t(`languages.${locale}`)}
                  </label>
                ))}
              </fieldset>
              <div className="form-actions">
                <button type="submit" className="button button-secondary">
                  {t('account.save')}
                </button>
              </div>
            </Form>
          </section>
        </div>
        <section className="card" aria-labelledby="account-password">
          <h2 id="account-password">{t('account.changePassword')}</h2>
          <FormErrors id={form.errorId} errors={form.errors} />
          <Form method="post" className="form" {...getFormProps(form)}>
            <TextField
              label={t('account.currentPassword')}
              meta={fields.currentPassword}
              type="password"
              autoComplete="current-password"
              required
            />
            <TextField
              label={t('account.newPassword')}
              hint={t('account.newPasswordHint')}
              meta={fields.newPassword}
              type="password"
              autoComplete="new-password"
              required
            />
            <TextField
              label={t('account.confirmPassword')}
              meta={fields.confirmPassword}
              type="password"
              autoComplete="new-password"
              required
            />
            <div className="form-actions">
              <button type="submit" className="button">
                {t('account.changePassword')}
              </button>
            </div>
          </Form>
        </section>
      </div>
    </>
  );
}
