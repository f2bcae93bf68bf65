import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { BackLink } from '~/components/layout/back-link';
import { withNotice } from '~/components/layout/notice';
import { SessionForm } from '~/components/sessions/session-form';
import { SessionHistory } from '~/components/sessions/session-history';
import { toFinnishDateTimeInput } from '~/forms/finnish-time';
import { requireRecordId } from '~/forms/params';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import { editSessionSchema } from '~/modules/sessions/sessions.schema';
import { editSession, getSessionForEdit } from '~/modules/sessions/sessions.server';
import { titled } from '~/page-title';

export const handle = titled('sessions.edit.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'sessions:log');
  const personId = requireRecordId(params.personId);
  const found = await getSessionForEdit(user, personId, requireRecordId(params.sessionId));
  if (!found) throw new Response('Not found', { status: 404 });
  // Colleagues in the team read the session on the timeline; only its author edits it.
  if (!found.isAuthor) throw new Response('Forbidden', { status: 403 });
  const { session, revisions } = found;
  return {
    personId,
    revisions,
    form: {
      occurredAt: toFinnishDateTimeInput(session.occurredAt),
      durationMinutes: String(session.durationMinutes),
      channel: session.channel,
      topics: session.topics,
      notes: session.notes,
      nextSteps: session.nextSteps,
      nextAppointmentAt: session.nextAppointmentAt
        ? toFinnishDateTimeInput(session.nextAppointmentAt)
        : '',
      version: String(session.version),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'sessions:log');
  const personId = requireRecordId(params.personId);
  const sessionId = requireRecordId(params.sessionId);
  const submission = parseWithZod(await readFormData(request), { schema: editSessionSchema });
  if (submission.status !== 'success') return rejectSubmission(submission);
  const result = await editSession(user, personId, sessionId, submission.value);
  if (!result.ok) {
    const status = 'stale' in result ? 409 : 400;
    return rejectSubmission(submission, { fieldErrors: result.fieldErrors, status });
  }
  return redirect(`${withNotice(`/people/${personId}`, 'sessionEdited')}#timeline`);
}

export default function EditSession() {
  const { t } = useTranslation();
  const { personId, revisions, form } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={`/people/${personId}`} label={t('sessions.edit.cancel')} />
      <h1>{t('sessions.edit.title')}</h1>
      <p className="muted">{t('sessions.edit.intro')}</p>
      <SessionForm
        mode="edit"
        lastResult={actionData?.result}
        defaultValue={form}
        submitLabel={t('sessions.edit.submit')}
        cancelTo={`/people/${personId}`}
        cancelLabel={t('sessions.edit.cancel')}
      />
      <SessionHistory revisions={revisions} />
    </>
  );
}
