import { redirect } from '@remix-run/node';
import { clearSessionCookie, lookUpSession, type SessionUser } from './session.server';
import { can, type Permission } from './permissions';

function loginUrl(request: Request, expired: boolean): string {
  const url = new URL(request.url);
  const params = new URLSearchParams();
  const back = url.pathname + url.search;
  if (back !== '/') params.set('redirectTo', back);
  if (expired) params.set('expired', '1');
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

/** The signed-in staff member, or null. Never throws for an anonymous request. */
export async function getUser(request: Request): Promise<SessionUser | null> {
  const lookup = await lookUpSession(request);
  return lookup.status === 'active' ? lookup.user : null;
}

/** The signed-in staff member and their session; anyone else is sent to /login and brought back after. */
export async function requireSession(
  request: Request,
): Promise<{ user: SessionUser; sessionId: string }> {
  const lookup = await lookUpSession(request);
  if (lookup.status === 'active') return lookup;
  const headers =
    lookup.status === 'ended' ? { 'Set-Cookie': await clearSessionCookie() } : undefined;
  throw redirect(loginUrl(request, lookup.status === 'ended'), { headers });
}

export async function requireUser(request: Request): Promise<SessionUser> {
  return (await requireSession(request)).user;
}

/** Refuses with 403 when the user's role does not carry the permission. */
export function requirePermission(user: SessionUser, permission: Permission): void {
  if (!can(user, permission)) {
    throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' });
  }
}

/** requireUser followed by requirePermission, the opening line of most routes. */
export async function requireUserWith(
  request: Request,
  permission: Permission,
): Promise<SessionUser> {
  const user = await requireUser(request);
  requirePermission(user, permission);
  return user;
}
