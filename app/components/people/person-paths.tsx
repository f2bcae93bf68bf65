import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '~/components/forms/field-errors';
import { SelectField, TextField } from '~/components/forms/fields';
import { resultForIntent } from '~/forms/intent-result';
import { useFormatFinnishDate } from '~/i18n/format';
import { enrollSchema, moveSchema } from '~/modules/path-enrollments/enrollments.schema';
import type { PathStage } from '~/modules/path-enrollments/enrollments.server';

export interface PersonPathsData {
  enrollments: {
    id: string;
    pathId: string;
    pathName: string;
    pathArchived: boolean;
    segmentName: string;
    stageId: string;
    stageEnteredAt: string | Date;
    version: number;
    stages: PathStage[];
  }[];
  available: { id: string; name: string; segmentName: string; stages: PathStage[] }[];
}

interface PersonPathsProps {
  paths: PersonPathsData;
  canEdit: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
}

/** The service paths the person is on, where they are, and the forms that move them. */
export function PersonPaths({ paths, canEdit, lastResult }: PersonPathsProps) {
  const { t } = useTranslation();
  const formatFinnishDate = useFormatFinnishDate();
  return (
    <section className="card person-paths" aria-labelledby="paths-title" id="paths">
      <h2 id="paths-title">{t('enrollments.title')}</h2>
      {paths.enrollments.length === 0 ? <p className="muted">{t('enrollments.none')}</p> : null}
      {paths.enrollments.map((enrollment) => {
        const current = enrollment.stages.find((stage) => stage.id === enrollment.stageId);
        return (
          <div key={enrollment.id} className="person-path">
            <h3>
              <Link to={`/paths/${enrollment.pathId}`}>{enrollment.pathName}</Link>{' '}
              <span className="muted">· {enrollment.segmentName}</span>
              {enrollment.pathArchived ? (
                <span className="badge badge-muted">{t('enrollments.archived')}</span>
              ) : null}
            </h3>
            <p>
              {t('enrollments.currentStage')}: <strong>{current?.name}</strong>{' '}
              <span className="muted">
                {t('enrollments.since', {
                  date: formatFinnishDate(enrollment.stageEnteredAt),
                })}
              </span>
            </p>
            <ol
              className="stage-progress"
              aria-label={t('enrollments.progress', { path: enrollment.pathName })}
            >
              {enrollment.stages.map((stage) => (
                <li
                  key={stage.id}
                  className={`stage-${stage.kind}`}
                  aria-current={stage.id === enrollment.stageId ? 'step' : undefined}
                >
                  {stage.name}
                  {stage.id === enrollment.stageId ? (
                    <span className="visually-hidden"> {t('enrollments.current')}</span>
                  ) : null}
                </li>
              ))}
            </ol>
            {canEdit && !enrollment.pathArchived ? (
              <MoveForm
                enrollment={enrollment}
                lastResult={resultForIntent(lastResult, 'move', {
                  field: 'enrollmentId',
                  id: enrollment.id,
                })}
              />
            ) : null}
          </div>
        );
      })}
      {canEdit ? (
        paths.available.length ? (
          <EnrollForm
            available={paths.available}
            lastResult={resultForIntent(lastResult, 'enroll')}
          />
        ) : (
          <p className="muted">{t('enrollments.noneAvailable')}</p>
        )
      ) : null}
    </section>
  );
}

function MoveForm({
  enrollment,
  lastResult,
}: {
  enrollment: PersonPathsData['enrollments'][number];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const current = enrollment.stages.findIndex((stage) => stage.id === enrollment.stageId);
  // The next stage is what a coach picks most often.
  const next = enrollment.stages[current + 1] ?? enrollment.stages[current];
  const [form, fields] = useForm({
    id: `move-${enrollment.id}`,
    lastResult,
    defaultValue: { stageId: next?.id },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: moveSchema }),
    shouldValidate: 'onBlur',
  });
  return (
    <Form
      method="post"
      className="form-inline move-form"
      preventScrollReset
      {...getFormProps(form)}
    >
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="enrollmentId" value={enrollment.id} />
      <input type="hidden" name="version" value={enrollment.version} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <SelectField
        label={t('enrollments.move.stage')}
        meta={fields.stageId}
        options={enrollment.stages
          .filter((stage) => stage.id !== enrollment.stageId)
          .map((stage) => ({ value: stage.id, label: stage.name }))}
      />
      <TextField label={t('enrollments.move.note')} meta={fields.note} />
      <button type="submit" className="button button-secondary">
        {t('enrollments.move.submit')}
      </button>
    </Form>
  );
}

function EnrollForm({
  available,
  lastResult,
}: {
  available: PersonPathsData['available'];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: 'enroll',
    lastResult,
    defaultValue: { pathId: available.length === 1 ? available[0]!.id : '' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: enrollSchema }),
    shouldValidate: 'onBlur',
  });
  return (
    <Form
      method="post"
      className="form-inline enroll-form"
      preventScrollReset
      {...getFormProps(form)}
    >
      <input type="hidden" name="intent" value="enroll" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <SelectField
        label={t('enrollments.enroll.path')}
        meta={fields.pathId}
        placeholder={t('enrollments.enroll.choose')}
        options={available.map((path) => ({
          value: path.id,
          label: `${path.name} (${path.segmentName})`,
        }))}
      />
      <TextField label={t('enrollments.enroll.note')} meta={fields.note} />
      <button type="submit" className="button button-secondary">
        {t('enrollments.enroll.submit')}
      </button>
    </Form>
  );
}
