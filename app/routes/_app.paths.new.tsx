import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { BackLink } from '~/components/layout/back-link';
import { NewPathForm } from '~/components/service-paths/new-path-form';
import { withNotice } from '~/components/layout/notice';
import { readFormData } from '~/forms/read-form.server';
import { rejectSubmission } from '~/forms/reply.server';
import { createPathSchema, newPathQuerySchema } from '~/modules/service-paths/service-paths.schema';
import {
  createServicePath,
  listSegmentChoices,
  typicalStageNames,
} from '~/modules/service-paths/service-paths.server';
import { titled } from '~/page-title';

export const handle = titled('paths.createTitle');

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'service-paths:manage');
  const query = newPathQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const segments = await listSegmentChoices(user);
  // Only an active segment is preselected; anything else leaves the choice to the user.
  const segmentId = segments.some((segment) => segment.id === query.segment)
    ? query.segment
    : undefined;
  return { segments, segmentId, typicalStageNames };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'service-paths:manage');
  const submission = parseWithZod(await readFormData(request), { schema: createPathSchema });
  if (submission.status !== 'success') return rejectSubmission(submission);
  const result = await createServicePath(user, submission.value);
  if (!result.ok) return rejectSubmission(submission, { fieldErrors: result.fieldErrors });
  return redirect(withNotice(`/paths/${result.value.id}`, 'pathCreated'));
}

export default function NewServicePath() {
  const { t } = useTranslation();
  const { segments, segmentId, typicalStageNames } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/paths" label={t('paths.back')} />
      <h1>{t('paths.createTitle')}</h1>
      <NewPathForm
        lastResult={actionData?.result}
        segments={segments}
        segmentId={segmentId}
        typicalStageNames={typicalStageNames}
      />
    </>
  );
}
