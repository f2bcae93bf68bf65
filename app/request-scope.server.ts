import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one HTTP request keeps while it is answered, and nothing longer: Remix
 * hands each loader of a request its own copy of the Request, so a value
 * meant to be computed once per request (who is signed in) needs a scope of
 * its own. The server opens one per request (server/app.ts); code run
 * outside one, such as a test calling a loader, simply gets no scope.
 *
 * The storage lives on globalThis, like the database handle (db/global.ts),
 * because the server and the Remix build are separate bundles.
 */
export type RequestScope = Map<symbol, unknown>;

const key = Symbol.for('polku.requestScope');
type Holder = { [key]?: AsyncLocalStorage<RequestScope> };

function storage(): AsyncLocalStorage<RequestScope> {
  const holder = globalThis as Holder;
  holder[key] ??= new AsyncLocalStorage<RequestScope>();
  return holder[key];
}

export function runInRequestScope<T>(run: () => T): T {
  return storage().run(new Map(), run);
}

/** The value kept under `name` for this request, computed by `compute` the first time. */
export function oncePerRequest<T>(name: symbol, compute: () => T): T | undefined {
  const scope = storage().getStore();
  if (!scope) return undefined;
  if (!scope.has(name)) scope.set(name, compute());
  return scope.get(name) as T;
}
