import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { BackLink } from '~/components/layout/back-link';
import { withNotice } from '~/components/layout/notice';
import { titledWithPerson } from '~/components/people/person-title';
import { SessionForm } from '~/components/sessions/session-form';
import { toFinnishDateTimeInput } from '~/forms/finnish-time';
import { requireRecordId } from '~/forms/params';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import { getVisiblePerson } from '~/modules/people/people-scope.server';
import { sessionSchema } from '~/modules/sessions/sessions.schema';
import { logSession } from '~/modules/sessions/sessions.server';

export const handle = titledWithPerson('sessions.new.title', 'sessions.new.titlePlain');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'sessions:log');
  const person = await getVisiblePerson(user, requireRecordId(params.personId));
  if (!person) throw new Response('Not found', { status: 404 });
  // Most sessions are logged right after they end: now, to the last five minutes.
  const now = new Date(Math.floor(Date.now() / 300_000) * 300_000);
  return { person, now: toFinnishDateTimeInput(now) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'sessions:log');
  const personId = requireRecordId(params.personId);
  const submission = parseWithZod(await readFormData(request), { schema: sessionSchema });
  if (submission.status !== 'success') return rejectSubmission(submission);
  await logSession(user, personId, submission.value);
  return redirect(`${withNotice(`/people/${personId}`, 'sessionLogged')}#timeline`);
}

export default function LogSession() {
  const { t } = useTranslation();
  const { person, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <>
      <BackLink to={`/people/${person.id}`} label={name} />
      <h1>{t('sessions.new.title', { name })}</h1>
      <SessionForm
        mode="log"
        lastResult={actionData?.result}
        defaultValue={{ occurredAt: now, durationMinutes: '30', channel: 'in_person' }}
        submitLabel={t('sessions.new.submit')}
        cancelTo={`/people/${person.id}`}
        cancelLabel={t('sessions.new.cancel')}
      />
    </>
  );
}
