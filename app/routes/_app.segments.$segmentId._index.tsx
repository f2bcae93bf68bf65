import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { requireUserWith } from '~/auth/guards.server';
import { can } from '~/auth/permissions';
import { Notice, withNotice } from '~/components/layout/notice';
import { SegmentArchiveForm } from '~/components/segments/segment-archive-form';
import { SegmentProfile } from '~/components/segments/segment-profile';
import { requireRecordId } from '~/forms/params';
import { revalidateAfterPost } from '~/forms/revalidate-after-post';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import { segmentArchiveSchema } from '~/modules/segments/segments.schema';
import { getSegment, setSegmentArchived } from '~/modules/segments/segments.server';

export const shouldRevalidate = revalidateAfterPost;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'segments:read');
  const segment = await getSegment(user, requireRecordId(params.segmentId));
  if (!segment) throw new Response('Not found', { status: 404 });
  // Archived segments are read-only: only restoring is offered.
  return {
    segment,
    canManage: can(user, 'segments:manage'),
    canEdit: !segment.archivedAt && can(user, 'segments:manage'),
  };
}

/** Archiving and restoring; the profile itself is edited on its own page. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'segments:manage');
  const id = requireRecordId(params.segmentId);
  const submission = parseWithZod(await readFormData(request), { schema: segmentArchiveSchema });
  if (submission.status !== 'success') return rejectSubmission(submission);
  const archive = submission.value.intent === 'archive';
  const result = await setSegmentArchived(user, id, archive, submission.value.version);
  if (!result.ok)
    return rejectSubmission(submission, { fieldErrors: result.fieldErrors, status: 409 });
  return redirect(withNotice(`/segments/${id}`, archive ? 'segmentArchived' : 'segmentRestored'));
}

export default function SegmentProfilePage() {
  const { segment, canManage, canEdit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <Notice />
      <SegmentProfile segment={segment} canEdit={canEdit} />
      {canManage ? <SegmentArchiveForm segment={segment} lastResult={actionData?.result} /> : null}
    </>
  );
}
