import type { SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData, useLocation } from '@remix-run/react';
import type { z } from 'zod';
import { requireUserWith } from '~/auth/guards.server';
import { AddStageForm } from '~/components/service-paths/add-stage-form';
import { PathArchiveForm } from '~/components/service-paths/path-archive-form';
import { PathConflictDetails } from '~/components/service-paths/path-conflict';
import { PathDetailsForm } from '~/components/service-paths/path-details-form';
import { Notice, withNotice, type NoticeName } from '~/components/layout/notice';
import { StageEditor } from '~/components/service-paths/stage-editor';
import { StagesSection } from '~/components/service-paths/stages-section';
import { requireRecordId } from '~/forms/params';
import { readFormData } from '~/forms/read-form.server';
import { revalidateAfterPost } from '~/forms/revalidate-after-post';
import {
  addStage,
  listStagesForEditing,
  moveStage,
  removeStage,
  updateStage,
} from '~/modules/service-paths/path-stages.server';
import { pathEditSchemas, type PathEditIntent } from '~/modules/service-paths/service-paths.schema';
import {
  requirePathSummary,
  setServicePathArchived,
  updateServicePath,
  type PathConflict,
  type PathSaveResult,
} from '~/modules/service-paths/service-paths.server';
import { mayChangePath } from '~/modules/service-paths/writable-path.server';
import type { TitleHandle } from '~/page-title';

export const shouldRevalidate = revalidateAfterPost;

export const handle: TitleHandle = {
  title: (t, data) => {
    const name = (data as { path?: { name: string } } | undefined)?.path?.name;
    return name ? t('paths.stages.title', { name }) : t('paths.tabs.stages');
  },
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'service-paths:manage');
  const pathId = requireRecordId(params.pathId);
  const [path, stages] = await Promise.all([
    requirePathSummary(user, pathId),
    listStagesForEditing(user, pathId),
  ]);
  return { path, stages, canEdit: mayChangePath(user, path) };
}

const notices: Record<PathEditIntent, NoticeName> = {
  details: 'pathSaved',
  archive: 'pathArchived',
  restore: 'pathRestored',
  'update-stage': 'stageSaved',
  'move-stage': 'stageMoved',
  'add-stage': 'stageAdded',
  'remove-stage': 'stageRemoved',
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'service-paths:manage');
  const pathId = requireRecordId(params.pathId);
  const formData = await readFormData(request);
  const intent = String(formData.get('intent')) as PathEditIntent;
  if (!Object.hasOwn(pathEditSchemas, intent))
    throw new Response('Unknown action', { status: 400 });
  const submission = parseWithZod(formData, { schema: pathEditSchemas[intent] as z.ZodType });
  const stageId = String(formData.get('stageId') ?? '');
  const reply = (status: number, fieldErrors?: Record<string, string[]>, conflict?: PathConflict) =>
    data({ intent, stageId, result: submission.reply({ fieldErrors }), conflict }, { status });
  if (submission.status !== 'success') return reply(400);

  const value = submission.value as z.infer<(typeof pathEditSchemas)[PathEditIntent]>;
  let result: PathSaveResult | Awaited<ReturnType<typeof addStage>>;
  let anchor = '';
  if (value.intent === 'details') {
    result = await updateServicePath(user, pathId, value);
  } else if (value.intent === 'update-stage') {
    result = await updateStage(user, pathId, value);
    anchor = `#stage-${value.stageId}`;
  } else if (value.intent === 'move-stage') {
    result = await moveStage(user, pathId, value);
    anchor = `#stage-${value.stageId}`;
  } else if (value.intent === 'add-stage') {
    result = await addStage(user, pathId, value);
    if (result.ok) anchor = `#stage-${result.value.id}`;
  } else if (value.intent === 'remove-stage') {
    result = await removeStage(user, pathId, value.stageId);
  } else {
    result = await setServicePathArchived(user, pathId, value.intent === 'archive', value.version);
  }
  if (!result.ok) {
    // A stale form is 409 with what changed meanwhile; other refusals are 400. The details
    // form shows the conflict in full, so its message is not repeated as a form error.
    const conflict = 'conflict' in result ? result.conflict : undefined;
    const fieldErrors = conflict && value.intent === 'details' ? undefined : result.fieldErrors;
    return reply(conflict ? 409 : 400, fieldErrors, conflict);
  }
  return redirect(`${withNotice(`/paths/${pathId}/stages`, notices[intent])}${anchor}`);
}

export default function ServicePathStages() {
  const { path, stages, canEdit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // A new page after each saved change: the forms start again from the saved values.
  const { key } = useLocation();
  const resultFor = (intent: string, stageId = ''): SubmissionResult<string[]> | undefined =>
    actionData?.intent === intent && actionData.stageId === stageId
      ? (actionData.result as SubmissionResult<string[]>)
      : undefined;
  const conflict = actionData?.conflict as PathConflict | undefined;
  return (
    <>
      <Notice />
      {canEdit ? (
        <div key={key}>
          <PathDetailsForm
            lastResult={resultFor('details')}
            defaultValue={path}
            version={conflict?.currentVersion ?? path.version}
            notice={
              conflict && actionData?.intent === 'details' ? (
                <PathConflictDetails conflict={conflict} />
              ) : undefined
            }
          />
          <StagesSection>
            <StageEditor stages={stages} lastResult={resultFor} />
          </StagesSection>
          <AddStageForm stages={stages} lastResult={resultFor('add-stage')} />
        </div>
      ) : null}
      {path.segmentArchivedAt ? null : (
        <PathArchiveForm path={path} lastResult={resultFor('archive') ?? resultFor('restore')} />
      )}
    </>
  );
}
