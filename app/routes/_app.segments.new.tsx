import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { BackLink } from '~/components/layout/back-link';
import { withNotice } from '~/components/layout/notice';
import { SegmentProfileForm } from '~/components/segments/segment-profile-form';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import { segmentProfileSchema } from '~/modules/segments/segments.schema';
import {
  createSegment,
  listCoaches,
  listOwnerCandidates,
} from '~/modules/segments/segments.server';
import { titled } from '~/page-title';

export const handle = titled('segments.createTitle');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'segments:manage');
  const [ownerCandidates, coaches] = await Promise.all([
    listOwnerCandidates(user),
    listCoaches(user),
  ]);
  return { ownerCandidates, coaches };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'segments:manage');
  const submission = parseWithZod(await readFormData(request), { schema: segmentProfileSchema });
  if (submission.status !== 'success') return rejectSubmission(submission);
  const result = await createSegment(user, submission.value);
  if (!result.ok) return rejectSubmission(submission, { fieldErrors: result.fieldErrors });
  return redirect(withNotice(`/segments/${result.value.id}`, 'segmentCreated'));
}

export default function NewSegment() {
  const { t } = useTranslation();
  const { ownerCandidates, coaches } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/segments" label={t('segments.back')} />
      <h1>{t('segments.createTitle')}</h1>
      <SegmentProfileForm
        lastResult={actionData?.result}
        ownerCandidates={ownerCandidates}
        coaches={coaches}
        submitLabel={t('segments.createSubmit')}
        cancelTo="/segments"
      />
    </>
  );
}
