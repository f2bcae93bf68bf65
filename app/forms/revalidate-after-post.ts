import type { ShouldRevalidateFunction } from '@remix-run/react';

/**
 * With single fetch, Remix keeps a page's data after an action answers 4xx.
 * A refused stale form (409) means the record changed: reload it, so the page
 * and its hidden version show the record as it is now.
 */
export const revalidateAfterPost: ShouldRevalidateFunction = ({
  formMethod,
  defaultShouldRevalidate,
}) => formMethod?.toUpperCase() === 'POST' || defaultShouldRevalidate;
