import crypto from 'node:crypto';
import { createCookie } from '@remix-run/node';
import { and, eq, lt, ne, or } from 'drizzle-orm';
import { db, type Executor } from '~/db.server';
import { oncePerRequest } from '~/request-scope.server';
import { authSessions, users } from '#db/schema';
import type { Locale, Role } from '#db/schema/values';
import {
  isProduction,
  sessionIdleMinutes,
  sessionMaxHours,
  sessionSecret,
} from './auth-config.server';

/** What the app knows about the signed-in staff member. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale | null;
  lastSignInAt: Date | null;
}

const cookieName = 'polku_session';

function sessionCookie() {
  return createCookie(cookieName, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isProduction(),
    path: '/',
    secrets: [sessionSecret()],
    maxAge: sessionMaxHours() * 60 * 60,
  });
}

// The database keeps only a hash of the token, so a copy of the sessions
// table cannot be used to take over a session.
function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  userId: string;
  ipAddress?: string | null;
  userAgent?: string | null;
}

/** Creates a session with a fresh id (never reusing one from before sign-in) and returns its cookie. */
export async function createAuthSession(tx: Executor, session: NewSession): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  const now = new Date();
  await tx.insert(authSessions).values({
    id: tokenHash(token),
    userId: session.userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + sessionMaxHours() * 60 * 60 * 1000),
    ipAddress: session.ipAddress ?? null,
    userAgent: session.userAgent?.slice(0, 500) ?? null,
  });
  return sessionCookie().serialize(token);
}

export function clearSessionCookie(): Promise<string> {
  return sessionCookie().serialize('', { maxAge: 0 });
}

async function readToken(request: Request): Promise<string | null> {
  const token: unknown = await sessionCookie().parse(request.headers.get('Cookie'));
  return typeof token === 'string' && token.length > 0 ? token : null;
}

export type SessionLookup =
  | { status: 'none' }
  | { status: 'ended' }
  | { status: 'active'; user: SessionUser; sessionId: string };

// Loaders of one request run in parallel and each asks who the user is. The
// answer is looked up once per request: Remix gives each loader its own copy
// of the Request, so the request scope is the key. An action is left out: the
// loaders that follow it in the same request must see what it changed (a new
// language, an ended session). Outside a server (a test calling a loader
// directly) the Request object is the key.
const loadersSession = Symbol('session lookup of the loaders');
const lookups = new WeakMap<Request, Promise<SessionLookup>>();

export function lookUpSession(request: Request): Promise<SessionLookup> {
  const reading = request.method === 'GET' || request.method === 'HEAD';
  const scoped = reading ? oncePerRequest(loadersSession, () => findSession(request)) : undefined;
  if (scoped) return scoped;
  let lookup = lookups.get(request);
  if (!lookup) {
    lookup = findSession(request);
    lookups.set(request, lookup);
  }
  return lookup;
}

// Touching last_seen_at on every request would be a write per page view.
const touchIntervalMs = 60_000;

async function findSession(request: Request): Promise<SessionLookup> {
  const token = await readToken(request);
  if (!token) return { status: 'none' };
  const id = tokenHash(token);
  const [row] = await db()
    .select({
      expiresAt: authSessions.expiresAt,
      lastSeenAt: authSessions.lastSeenAt,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        locale: users.locale,
        lastSignInAt: users.lastSignInAt,
        disabledAt: users.disabledAt,
      },
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(eq(authSessions.id, id));
  if (!row) return { status: 'ended' };

  const now = Date.now();
  const idleLimit = now - sessionIdleMinutes() * 60_000;
  if (
    row.expiresAt.getTime() <= now ||
    row.lastSeenAt.getTime() <= idleLimit ||
    row.user.disabledAt !== null
  ) {
    await db().delete(authSessions).where(eq(authSessions.id, id));
    return { status: 'ended' };
  }
  if (now - row.lastSeenAt.getTime() > touchIntervalMs) {
    await db()
      .update(authSessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(authSessions.id, id));
  }
  const { disabledAt: _disabledAt, ...user } = row.user;
  return { status: 'active', user, sessionId: id };
}

export async function destroySession(tx: Executor, sessionId: string): Promise<void> {
  await tx.delete(authSessions).where(eq(authSessions.id, sessionId));
}

/** Ends every session of a user (when disabled, or after a password change). */
export async function destroySessionsOf(
  tx: Executor,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  await tx
    .delete(authSessions)
    .where(
      exceptSessionId
        ? and(eq(authSessions.userId, userId), ne(authSessions.id, exceptSessionId))
        : eq(authSessions.userId, userId),
    );
}

/** Removes sessions that can no longer be used; run now and then, not per request. */
export async function purgeEndedSessions(now = new Date()): Promise<void> {
  await db()
    .delete(authSessions)
    .where(
      or(
        lt(authSessions.expiresAt, now),
        lt(authSessions.lastSeenAt, new Date(now.getTime() - sessionIdleMinutes() * 60_000)),
      ),
    );
}
