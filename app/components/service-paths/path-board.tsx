import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { StageKind } from '#db/schema/values';
import { StageKindBadge } from './stage-kind-badge';

interface BoardColumn {
  id: string;
  name: string;
  kind: StageKind;
  count: number;
  cards: { personId: string; name: string; coachName: string | null; daysInStage: number }[];
}

/**
 * The path's stages side by side, each with its clients. The row scrolls
 * sideways in a named, focusable box (keyboard users scroll it with the arrow
 * keys); on a narrow screen the stages stack instead.
 */
export function PathBoard({ columns }: { columns: BoardColumn[] }) {
  const { t } = useTranslation();
  return (
    <>
      {columns.length > 3 ? (
        <p className="muted path-board-hint">
          {t('paths.board.scrollHint', { count: columns.length })}
        </p>
      ) : null}
      <div className="path-board" role="region" aria-label={t('paths.board.region')} tabIndex={0}>
        <ol className="path-board-columns">
          {columns.map((column) => {
            const headingId = `stage-${column.id}`;
            return (
              <li
                key={column.id}
                className={`path-board-column path-board-column-${column.kind}`}
                aria-labelledby={headingId}
              >
                <h3 id={headingId}>{column.name}</h3>
                <p className="path-board-meta">
                  <StageKindBadge kind={column.kind} />{' '}
                  <span className="path-board-count">
                    {t('paths.board.count', { count: column.count })}
                  </span>
                </p>
                {column.cards.length ? (
                  <ul className="path-board-cards">
                    {column.cards.map((card) => (
                      <li key={card.personId} className="path-card">
                        <Link to={`/people/${card.personId}`} className="path-card-name">
                          {card.name}
                        </Link>
                        <span>{t('paths.board.daysInStage', { count: card.daysInStage })}</span>
                        <span className="muted">
                          {card.coachName
                            ? t('paths.board.coach', { name: card.coachName })
                            : t('paths.board.noCoach')}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="path-board-empty">{t('paths.board.empty')}</p>
                )}
                {column.count > column.cards.length ? (
                  <p className="path-board-more">
                    <Link to={`/people?stage=${column.id}`}>
                      {t('paths.board.showAll', { count: column.count })}
                      <span className="visually-hidden"> ({column.name})</span>
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </div>
    </>
  );
}
