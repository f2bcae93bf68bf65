import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form, useLocation } from '@remix-run/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { stageKinds, type StageKind } from '#db/schema/values';
import { FormErrors } from '~/components/forms/field-errors';
import { SelectField, TextField } from '~/components/forms/fields';
import { updateStageSchema } from '~/modules/service-paths/service-paths.schema';
import { StageKindBadge } from './stage-kind-badge';

export interface EditorStage {
  id: string;
  name: string;
  kind: StageKind;
  position: number;
  inStageNow: number;
  hasHistory: boolean;
}

type ResultFor = (intent: string, stageId: string) => SubmissionResult<string[]> | undefined;

export function useKindOptions() {
  const { t } = useTranslation();
  return stageKinds.map((kind) => ({ value: kind, label: t(`paths.kinds.${kind}`) }));
}

/** The name and kind of one stage. */
function StageForm({ stage, lastResult }: { stage: EditorStage; lastResult: ResultFor }) {
  const { t } = useTranslation();
  const kindOptions = useKindOptions();
  const [form, fields] = useForm({
    id: `stage-${stage.id}-edit`,
    lastResult: lastResult('update-stage', stage.id),
    defaultValue: { name: stage.name, kind: stage.kind },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: updateStageSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="stage-edit-form" preventScrollReset {...getFormProps(form)}>
        <input type="hidden" name="intent" value="update-stage" />
        <input type="hidden" name="stageId" value={stage.id} />
        <TextField label={t('paths.stages.name')} meta={fields.name} required />
        <SelectField label={t('paths.stages.kind')} meta={fields.kind} options={kindOptions} />
        <button type="submit" className="button button-secondary">
          {t('paths.stages.save')}
          <span className="visually-hidden">: {stage.name}</span>
        </button>
      </Form>
    </>
  );
}

/** Up and down: plain buttons in a plain form, so reordering needs no dragging and no script. */
function MoveForm({
  stage,
  first,
  last,
  lastResult,
}: {
  stage: EditorStage;
  first: boolean;
  last: boolean;
  lastResult: ResultFor;
}) {
  const { t } = useTranslation();
  const [form] = useForm({
    id: `stage-${stage.id}-move`,
    lastResult: lastResult('move-stage', stage.id),
  });
  if (first && last) return null;
  return (
    <>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="stage-move-form" preventScrollReset {...getFormProps(form)}>
        <input type="hidden" name="intent" value="move-stage" />
        <input type="hidden" name="stageId" value={stage.id} />
        {first ? null : (
          <button type="submit" name="direction" value="up" className="button button-secondary">
            <span aria-hidden="true">↑</span> {t('paths.stages.moveUp')}
            <span className="visually-hidden">: {stage.name}</span>
          </button>
        )}
        {last ? null : (
          <button type="submit" name="direction" value="down" className="button button-secondary">
            <span aria-hidden="true">↓</span> {t('paths.stages.moveDown')}
            <span className="visually-hidden">: {stage.name}</span>
          </button>
        )}
      </Form>
    </>
  );
}

function RemoveForm({ stage, lastResult }: { stage: EditorStage; lastResult: ResultFor }) {
  const { t } = useTranslation();
  const [form] = useForm({
    id: `stage-${stage.id}-remove`,
    lastResult: lastResult('remove-stage', stage.id),
  });
  // A stage with history is never removed; saying so beats offering a button that is refused.
  if (stage.hasHistory && !form.errors?.length) {
    return <p className="muted stage-history-note">{t('paths.stages.hasHistory')}</p>;
  }
  return (
    <>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Form method="post" className="stage-remove-form" preventScrollReset {...getFormProps(form)}>
        <input type="hidden" name="intent" value="remove-stage" />
        <input type="hidden" name="stageId" value={stage.id} />
        {stage.hasHistory ? null : (
          <button type="submit" className="button button-danger">
            {t('paths.stages.remove')}
            <span className="visually-hidden">: {stage.name}</span>
          </button>
        )}
      </Form>
    </>
  );
}

/** Every stage of the path in order, each with its own small forms. */
export function StageEditor({
  stages,
  lastResult,
}: {
  stages: EditorStage[];
  lastResult: ResultFor;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  // After a change the page names the stage in its address: focus goes back to that stage,
  // so a keyboard user moving a stage step by step does not start again from the top.
  useEffect(() => {
    if (location.hash.startsWith('#stage-'))
      document.getElementById(location.hash.slice(1))?.focus();
  }, [location.key, location.hash]);
  if (stages.length === 0) return <p className="empty-state">{t('paths.stages.empty')}</p>;
  return (
    <ol className="stage-editor">
      {stages.map((stage, index) => (
        <li
          key={stage.id}
          id={`stage-${stage.id}`}
          tabIndex={-1}
          className={`stage-editor-item stage-editor-item-${stage.kind}`}
          aria-labelledby={`stage-${stage.id}-title`}
        >
          <div className="stage-editor-heading">
            <h3 id={`stage-${stage.id}-title`}>
              {t('paths.stages.stageHeading', { position: stage.position, name: stage.name })}
            </h3>
            <StageKindBadge kind={stage.kind} />
            <span className="muted">
              {t('paths.stages.inStageNow', { count: stage.inStageNow })}
            </span>
          </div>
          <StageForm stage={stage} lastResult={lastResult} />
          <div className="stage-editor-actions">
            <MoveForm
              stage={stage}
              first={index === 0}
              last={index === stages.length - 1}
              lastResult={lastResult}
            />
            <RemoveForm stage={stage} lastResult={lastResult} />
          </div>
        </li>
      ))}
    </ol>
  );
}
