import { useMatches } from '@remix-run/react';
import type { TFunction } from 'i18next';

/**
 * A route's `handle.title` names its page in the browser tab and for screen
 * readers (WCAG 2.4.2); the deepest route that has one wins.
 */
export interface TitleHandle {
  title: (t: TFunction, data: unknown) => string;
}

function hasTitle(handle: unknown): handle is TitleHandle {
  return typeof (handle as TitleHandle | undefined)?.title === 'function';
}

export function usePageTitle(t: TFunction): string {
  const matches = useMatches();
  const match = [...matches].reverse().find((candidate) => hasTitle(candidate.handle));
  const name = t('app.name');
  if (!match || !hasTitle(match.handle)) return name;
  return `${match.handle.title(t, match.data)} – ${name}`;
}

/** A title from one translation key. */
export const titled = (key: string): TitleHandle => ({ title: (t) => String(t(key as never)) });
