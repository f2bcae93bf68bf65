import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { BackLink } from '~/components/layout/back-link';
import { withNotice } from '~/components/layout/notice';
import { titledWithPerson } from '~/components/people/person-title';
import { PersonForm } from '~/components/people/person-form';
import { requireRecordId } from '~/forms/params';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import { listPersonFormChoices } from '~/modules/people/people-list.server';
import { updatePerson } from '~/modules/people/people.server';
import { editPersonSchema } from '~/modules/people/person.schema';
import { getPersonProfile } from '~/modules/people/person-profile.server';

export const handle = titledWithPerson('people.edit.title', 'people.edit.titlePlain');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'people:edit');
  const personId = requireRecordId(params.personId);
  const [profile, choices] = await Promise.all([
    getPersonProfile(user, personId),
    listPersonFormChoices(user),
  ]);
  if (!profile) throw new Response('Not found', { status: 404 });
  return {
    person: profile.person,
    personSegments: profile.segments,
    choices,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'people:edit');
  const personId = requireRecordId(params.personId);
  const submission = parseWithZod(await readFormData(request), { schema: editPersonSchema });
  if (submission.status !== 'success') return rejectSubmission(submission);
  const result = await updatePerson(user, personId, submission.value);
  if (!result.ok) {
    const status = 'stale' in result ? 409 : 400;
    return rejectSubmission(submission, { fieldErrors: result.fieldErrors, status });
  }
  return redirect(withNotice(`/people/${personId}`, 'personSaved'));
}

export default function EditPerson() {
  const { t } = useTranslation();
  const { person, personSegments, choices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <>
      <BackLink to={`/people/${person.id}`} label={name} />
      <h1>{t('people.edit.title', { name })}</h1>
      <PersonForm
        mode="edit"
        lastResult={actionData?.result}
        choices={choices}
        defaultValue={{
          firstName: person.firstName,
          lastName: person.lastName,
          email: person.email ?? '',
          phone: person.phone ?? '',
          birthYear: person.birthYear?.toString() ?? '',
          municipality: person.municipality,
          employmentStatus: person.employmentStatus,
          workExperienceYears: person.workExperienceYears?.toString() ?? '',
          educationLevel: person.educationLevel,
          educationDetails: person.educationDetails,
          languages: person.languages,
          coachId: person.coachId ?? '',
          segmentIds: personSegments.map((segment) => segment.id),
          version: String(person.version),
        }}
        submitLabel={t('people.edit.submit')}
        cancelTo={`/people/${person.id}`}
      />
    </>
  );
}
