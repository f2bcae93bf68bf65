import { parseWithZod } from '@conform-to/zod/v4';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { BackLink } from '~/components/layout/back-link';
import { withNotice } from '~/components/layout/notice';
import { DuplicateWarning } from '~/components/people/duplicate-warning';
import { PersonForm } from '~/components/people/person-form';
import { finnishDay } from '~/forms/finnish-time';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import type { LikelyDuplicates } from '~/modules/people/duplicates.server';
import { listPersonFormChoices } from '~/modules/people/people-list.server';
import { createPerson } from '~/modules/people/people.server';
import { createPersonSchema } from '~/modules/people/person.schema';
import { titled } from '~/page-title';

export const handle = titled('people.new.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'people:edit');
  return { choices: await listPersonFormChoices(user), userId: user.id, today: finnishDay() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'people:edit');
  const submission = parseWithZod(await readFormData(request), { schema: createPersonSchema });
  if (submission.status !== 'success') return rejectSubmission(submission);
  const result = await createPerson(user, submission.value);
  if ('duplicates' in result) {
    // Nothing was written: the form comes back filled in, with the matches to check.
    return data({ result: submission.reply(), duplicates: result.duplicates }, { status: 409 });
  }
  if (!result.ok) return rejectSubmission(submission, { fieldErrors: result.fieldErrors });
  return redirect(withNotice(`/people/${result.value.id}`, 'personCreated'));
}

export default function NewPerson() {
  const { t } = useTranslation();
  const { choices, userId, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const duplicates =
    actionData && 'duplicates' in actionData ? (actionData.duplicates as LikelyDuplicates) : null;
  return (
    <>
      <BackLink to="/people" label={t('people.title')} />
      <h1>{t('people.new.title')}</h1>
      <PersonForm
        // A duplicate warning re-renders the form with what was typed, and the confirmation box.
        key={duplicates ? 'confirm' : 'new'}
        mode="create"
        lastResult={actionData?.result}
        choices={choices}
        defaultValue={{
          coachId: userId,
          legalBasis: 'public_task',
          legalPurpose: t('people.fields.legalPurposeDefault'),
          legalRecordedOn: today,
          employmentStatus: 'unknown',
          educationLevel: 'unknown',
        }}
        submitLabel={t('people.new.submit')}
        cancelTo="/people"
        beforeActions={duplicates ? <DuplicateWarning duplicates={duplicates} /> : null}
      />
    </>
  );
}
