import { parseWithZod } from '@conform-to/zod/v4';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { requireUserWith } from '~/auth/guards.server';
import { BackLink } from '~/components/layout/back-link';
import { Notice, withNotice, type NoticeName } from '~/components/layout/notice';
import {
  StaffPasswordForm,
  StaffProfileForm,
  StaffStatusForm,
} from '~/components/staff/staff-member-forms';
import { requireRecordId } from '~/forms/params';
import { readFormData } from '~/forms/read-form.server';
import {
  setStaffPasswordSchema,
  setStaffStatusSchema,
  updateStaffSchema,
} from '~/modules/staff/staff.schema';
import {
  getStaffMember,
  setStaffDisabled,
  setStaffPassword,
  updateStaffMember,
} from '~/modules/staff/staff.server';
import type { CommandResult } from '~/modules/command-result';
import type { TitleHandle } from '~/page-title';

const schemas = {
  update: updateStaffSchema,
  'set-password': setStaffPasswordSchema,
  disable: setStaffStatusSchema,
  enable: setStaffStatusSchema,
} as const;
type Intent = keyof typeof schemas;

export const handle: TitleHandle = {
  title: (t, data) =>
    (data as { member?: { name: string } } | undefined)?.member?.name ?? t('staff.title'),
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'staff:manage');
  const member = await getStaffMember(user, requireRecordId(params.userId));
  if (!member) throw new Response('Not found', { status: 404 });
  return { member, isSelf: member.id === user.id };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'staff:manage');
  const id = requireRecordId(params.userId);
  const formData = await readFormData(request);
  const intent = String(formData.get('intent')) as Intent;
  if (!Object.hasOwn(schemas, intent)) throw new Response('Unknown action', { status: 400 });

  const submission = parseWithZod(formData, { schema: schemas[intent] as z.ZodType });
  const reply = (fieldErrors?: Record<string, string[]>) =>
    data(
      { intent, result: submission.reply({ fieldErrors, hideFields: ['password'] }) },
      { status: 400 },
    );
  if (submission.status !== 'success') return reply();

  const value = submission.value as z.infer<(typeof schemas)[Intent]>;
  let result: CommandResult = { ok: true, value: undefined };
  let notice: NoticeName = 'saved';
  if (intent === 'update') {
    const { intent: _intent, ...profile } = value as z.infer<typeof updateStaffSchema>;
    result = await updateStaffMember(user, id, profile);
  } else if (intent === 'set-password') {
    await setStaffPassword(user, id, (value as z.infer<typeof setStaffPasswordSchema>).password);
    notice = 'passwordReset';
  } else {
    result = await setStaffDisabled(user, id, intent === 'disable');
    notice = intent === 'disable' ? 'disabled' : 'enabled';
  }
  if (!result.ok) return reply(result.fieldErrors);
  return redirect(withNotice(`/admin/users/${id}`, notice));
}

export default function StaffMember() {
  const { t } = useTranslation();
  const { member, isSelf } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const resultFor = (intents: Intent[]) =>
    actionData && intents.includes(actionData.intent) ? actionData.result : undefined;
  return (
    <>
      <BackLink to="/admin/users" label={t('staff.back')} />
      <h1>{t('staff.editTitle', { name: member.name })}</h1>
      <Notice />
      <div className="grid-2">
        <StaffProfileForm member={member} lastResult={resultFor(['update'])} />
        <div>
          <StaffStatusForm
            member={member}
            isSelf={isSelf}
            lastResult={resultFor(['disable', 'enable'])}
          />
          <StaffPasswordForm lastResult={resultFor(['set-password'])} />
        </div>
      </div>
    </>
  );
}
