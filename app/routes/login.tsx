import { readFormData } from '~/forms/read-form.server';
import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { rejectSubmission } from '~/forms/reply.server';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { getUser } from '~/auth/guards.server';
import { safeRedirect } from '~/auth/safe-redirect';
import { signInSchema } from '~/auth/sign-in.schema';
import { signIn } from '~/auth/sign-in.server';
import { FormErrors } from '~/components/forms/field-errors';
import { TextField } from '~/components/forms/fields';
import { LanguageSwitch } from '~/components/layout/language-switch';
import { encodeMessage } from '~/forms/validation-messages';
import { titled } from '~/page-title';

export const meta: MetaFunction = () => [{ name: 'robots', content: 'noindex' }];

export const handle = titled('login.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
  if (await getUser(request)) throw redirect(redirectTo);
  return {
    redirectTo,
    expired: url.searchParams.get('expired') === '1',
    signedOut: url.searchParams.get('signedOut') === '1',
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readFormData(request), { schema: signInSchema });
  if (submission.status !== 'success') {
    return rejectSubmission(submission, { hideFields: ['password'] });
  }
  const result = await signIn({
    email: submission.value.email,
    password: submission.value.password,
    ipAddress: context.clientAddress,
    userAgent: request.headers.get('User-Agent'),
  });
  if (result.status === 'signed-in') {
    throw redirect(safeRedirect(submission.value.redirectTo), {
      headers: { 'Set-Cookie': result.setCookie },
    });
  }
  const formError =
    result.status === 'rate-limited'
      ? encodeMessage('login.rateLimited', { minutes: result.retryAfterMinutes })
      : 'login.invalidCredentials';
  return rejectSubmission(submission, {
    fieldErrors: { '': [formError] },
    hideFields: ['password'],
    status: result.status === 'rate-limited' ? 429 : 401,
  });
}

export default function Login() {
  const { t } = useTranslation();
  const { redirectTo, expired, signedOut } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signInSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  });
  return (
    <main id="main" className="standalone">
      <div className="card login-card">
        <div className="login-top">
          <span className="brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            {t('app.name')}
          </span>
          <LanguageSwitch />
        </div>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        {expired ? (
          <p className="alert alert-info" role="status">
            {t('login.sessionExpired')}
          </p>
        ) : null}
        {signedOut ? (
          <p className="alert alert-success" role="status">
            {t('login.signedOut')}
          </p>
        ) : null}
        <FormErrors id={form.errorId} errors={form.errors} />
        <Form method="post" className="form" {...getFormProps(form)}>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextField
            label={t('login.email')}
            meta={fields.email}
            type="email"
            autoComplete="username"
            required
          />
          <TextField
            label={t('login.password')}
            meta={fields.password}
            type="password"
            autoComplete="current-password"
            required
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
              {t('login.submit')}
            </button>
          </div>
        </Form>
      </div>
    </main>
  );
}
