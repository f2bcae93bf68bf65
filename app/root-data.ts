import { useRouteLoaderData } from '@remix-run/react';
import type { loader } from './root';

/** The root loader's data (language and the signed-in user), from any component. */
export function useRootData() {
  return useRouteLoaderData<typeof loader>('root');
}
