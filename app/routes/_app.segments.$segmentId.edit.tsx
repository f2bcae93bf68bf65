import { parseWithZod } from '@conform-to/zod/v4';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { withNotice } from '~/components/layout/notice';
import { SegmentConflictDetails } from '~/components/segments/segment-conflict';
import { SegmentProfileForm } from '~/components/segments/segment-profile-form';
import { requireRecordId } from '~/forms/params';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import { segmentEditSchema } from '~/modules/segments/segments.schema';
import type { SegmentConflict } from '~/modules/segments/segments.server';
import {
  getSegment,
  listCoaches,
  listOwnerCandidates,
  updateSegment,
} from '~/modules/segments/segments.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'segments:manage');
  const [segment, ownerCandidates, coaches] = await Promise.all([
    getSegment(user, requireRecordId(params.segmentId)),
    listOwnerCandidates(user),
    listCoaches(user),
  ]);
  if (!segment) throw new Response('Not found', { status: 404 });
  return { segment, ownerCandidates, coaches };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'segments:manage');
  const id = requireRecordId(params.segmentId);
  const submission = parseWithZod(await readFormData(request), { schema: segmentEditSchema });
  if (submission.status !== 'success') return rejectSubmission(submission);
  const result = await updateSegment(user, id, submission.value);
  if (result.ok) return redirect(withNotice(`/segments/${id}`, 'segmentSaved'));
  if ('conflict' in result) {
    // Nothing was saved; the form keeps what this user typed and now names the current version.
    return data({ result: submission.reply(), conflict: result.conflict }, { status: 409 });
  }
  return rejectSubmission(submission, { fieldErrors: result.fieldErrors });
}

export default function EditSegment() {
  const { t } = useTranslation();
  const { segment, ownerCandidates, coaches } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // Only the 409 answer carries it; the other answers are plain form replies.
  const conflict = (actionData as { conflict?: SegmentConflict } | undefined)?.conflict;
  return (
    <>
      <h2>{t('segments.editTitle', { name: segment.name })}</h2>
      <SegmentProfileForm
        lastResult={actionData?.result}
        defaultValue={{ ...segment, teamUserIds: segment.team.map((member) => member.id) }}
        version={conflict?.currentVersion ?? segment.version}
        ownerCandidates={ownerCandidates}
        coaches={coaches}
        submitLabel={t('segments.save')}
        cancelTo={`/segments/${segment.id}`}
        notice={conflict ? <SegmentConflictDetails conflict={conflict} /> : undefined}
      />
    </>
  );
}
