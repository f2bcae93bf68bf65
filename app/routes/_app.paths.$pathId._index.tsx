import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUserWith } from '~/auth/guards.server';
import { can } from '~/auth/permissions';
import { Notice } from '~/components/layout/notice';
import { PathBoard } from '~/components/service-paths/path-board';
import { RecentMoves } from '~/components/service-paths/recent-moves';
import { requireRecordId } from '~/forms/params';
import { getPathBoard, listRecentMoves } from '~/modules/service-paths/path-board.server';
import { requirePathSummary } from '~/modules/service-paths/service-paths.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'people:read');
  const pathId = requireRecordId(params.pathId);
  await requirePathSummary(user, pathId);
  const [columns, moves] = await Promise.all([
    getPathBoard(user, pathId),
    listRecentMoves(user, pathId),
  ]);
  return {
    columns,
    moves,
    isCoach: user.role === 'coach',
    canManage: can(user, 'service-paths:manage'),
  };
}

export default function ServicePathBoard() {
  const { t } = useTranslation();
  const { columns, moves, isCoach, canManage } = useLoaderData<typeof loader>();
  return (
    <>
      <Notice />
      <section aria-labelledby="path-board-title">
        <h2 id="path-board-title">{t('paths.board.title')}</h2>
        <p className="muted">
          {t('paths.board.intro')} {isCoach ? t('paths.board.coachScope') : null}
        </p>
        {columns.length ? (
          <PathBoard columns={columns} />
        ) : (
          <p className="empty-state">
            {canManage ? t('paths.board.noStagesManager') : t('paths.board.noStages')}
          </p>
        )}
      </section>
      <RecentMoves moves={moves} />
    </>
  );
}
