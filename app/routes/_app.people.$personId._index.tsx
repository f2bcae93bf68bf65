import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { requireUserWith } from '~/auth/guards.server';
import { can } from '~/auth/permissions';
import { withNotice, type NoticeName } from '~/components/layout/notice';
import { LegalBases } from '~/components/people/legal-bases';
import { PersonHeader } from '~/components/people/person-header';
import { PersonPaths } from '~/components/people/person-paths';
import { PersonSummary } from '~/components/people/person-summary';
import { PersonTimeline } from '~/components/people/person-timeline';
import { finnishDay } from '~/forms/finnish-time';
import { resultForIntent } from '~/forms/intent-result';
import { requireRecordId } from '~/forms/params';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import { revalidateAfterPost } from '~/forms/revalidate-after-post';
import { enrollSchema, moveSchema } from '~/modules/path-enrollments/enrollments.schema';
import {
  enrollPerson,
  listPersonPaths,
  moveToStage,
} from '~/modules/path-enrollments/enrollments.server';
import { addLegalBasis, addPersonNote, withdrawLegalBasis } from '~/modules/people/people.server';
import {
  addLegalBasisSchema,
  addNoteSchema,
  withdrawLegalBasisSchema,
} from '~/modules/people/person.schema';
import { getPersonProfile } from '~/modules/people/person-profile.server';
import { listPersonTimeline } from '~/modules/people/person-timeline.server';
import { isTimestampCursor } from '~/modules/people/timestamp-cursor';
import type { TitleHandle } from '~/page-title';

export const handle: TitleHandle = {
  title: (t, data) => {
    const person = (
      data as { profile?: { person: { firstName: string; lastName: string } } } | undefined
    )?.profile?.person;
    return person ? `${person.firstName} ${person.lastName}` : t('people.title');
  },
};

/** The timeline's paging cursor (a time written by PostgreSQL); anything else is ignored. */
const timelineCursor = z.string().refine(isTimestampCursor).optional().catch(undefined);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'people:read');
  const personId = requireRecordId(params.personId);
  const before = timelineCursor.parse(new URL(request.url).searchParams.get('before') ?? undefined);
  const [profile, timeline, paths] = await Promise.all([
    getPersonProfile(user, personId),
    listPersonTimeline(user, personId, { before }),
    listPersonPaths(user, personId),
  ]);
  // Outside the caseload looks exactly like no one: nothing about the person is revealed.
  if (!profile || !timeline || !paths) throw new Response('Not found', { status: 404 });
  return {
    profile,
    timeline,
    paths,
    paged: Boolean(before),
    today: finnishDay(),
    canEdit: can(user, 'people:edit'),
    canLog: can(user, 'sessions:log'),
    readsNotes: can(user, 'coaching-notes:read'),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'people:edit');
  const personId = requireRecordId(params.personId);
  const formData = await readFormData(request);
  const done = (notice: NoticeName, anchor: string) =>
    redirect(`${withNotice(`/people/${personId}`, notice)}#${anchor}`);

  switch (formData.get('intent')) {
    case 'note': {
      const submission = parseWithZod(formData, { schema: addNoteSchema });
      if (submission.status !== 'success') return rejectSubmission(submission);
      await addPersonNote(user, personId, submission.value.body);
      return done('noteAdded', 'timeline');
    }
    case 'legal-basis': {
      const submission = parseWithZod(formData, { schema: addLegalBasisSchema });
      if (submission.status !== 'success') return rejectSubmission(submission);
      const result = await addLegalBasis(user, personId, submission.value);
      if (!result.ok) return rejectSubmission(submission, { fieldErrors: result.fieldErrors });
      return done('legalBasisAdded', 'legal');
    }
    case 'withdraw-legal-basis': {
      const submission = parseWithZod(formData, { schema: withdrawLegalBasisSchema });
      if (submission.status !== 'success') return rejectSubmission(submission);
      const result = await withdrawLegalBasis(user, personId, submission.value.legalBasisId);
      if (!result.ok) return rejectSubmission(submission, { fieldErrors: result.fieldErrors });
      return done('legalBasisWithdrawn', 'legal');
    }
    case 'enroll': {
      const submission = parseWithZod(formData, { schema: enrollSchema });
      if (submission.status !== 'success') return rejectSubmission(submission);
      const result = await enrollPerson(user, personId, submission.value);
      if (!result.ok) return rejectSubmission(submission, { fieldErrors: result.fieldErrors });
      return done('enrolled', 'paths');
    }
    case 'move': {
      const submission = parseWithZod(formData, { schema: moveSchema });
      if (submission.status !== 'success') return rejectSubmission(submission);
      const result = await moveToStage(user, personId, submission.value);
      if (!result.ok) {
        const status = 'stale' in result ? 409 : 400;
        return rejectSubmission(submission, { fieldErrors: result.fieldErrors, status });
      }
      return done('moved', 'paths');
    }
    default:
      throw new Response('Unknown action', { status: 400 });
  }
}

export const shouldRevalidate = revalidateAfterPost;

export default function PersonPage() {
  const { profile, timeline, paths, paged, today, canEdit, canLog, readsNotes } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>()?.result;
  const { person } = profile;
  return (
    <>
      <PersonHeader person={person} canLog={canLog} canEdit={canEdit} />
      <PersonSummary
        person={person}
        segments={profile.segments}
        nextAppointmentAt={profile.nextAppointmentAt}
      />
      <div className="person-columns">
        <PersonTimeline
          personId={person.id}
          entries={timeline.entries}
          olderThan={timeline.olderThan}
          paged={paged}
          readsNotes={readsNotes}
          canWriteNotes={canEdit}
          noteResult={resultForIntent(result, 'note')}
        />
        <div className="person-side">
          <PersonPaths paths={paths} canEdit={canEdit} lastResult={result} />
          <LegalBases
            legalBases={profile.legalBases}
            canEdit={canEdit}
            today={today}
            addResult={resultForIntent(result, 'legal-basis')}
          />
        </div>
      </div>
    </>
  );
}
