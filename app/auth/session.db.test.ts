import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authSessions } from '#db/schema';
import { db } from '~/db.server';
import { appRequest, cookieFrom } from '../../tests/support/requests';
import { createStaff, testPassword } from '../../tests/support/staff';
import { requireUser } from './guards.server';
import { runInRequestScope } from '~/request-scope.server';
import { lookUpSession } from './session.server';
import { signIn } from './sign-in.server';
import { signOut } from './sign-out.server';

async function signedInCookie() {
  const user = await createStaff('coach');
  const result = await signIn({
    email: user.email,
    password: testPassword,
    ipAddress: '192.0.2.1',
    userAgent: null,
  });
  if (result.status !== 'signed-in') throw new Error('sign-in failed');
  return { user, cookie: cookieFrom(result.setCookie) };
}

async function expectRedirectToLogin(request: Request, location: string) {
  const thrown = await requireUser(request).catch((error: unknown) => error);
  expect(thrown).toBeInstanceOf(Response);
  expect((thrown as Response).status).toBe(302);
  expect((thrown as Response).headers.get('Location')).toBe(location);
}

describe('sessions', () => {
  it('recognises the signed-in user from the cookie', async () => {
    const { user, cookie } = await signedInCookie();
    const signedIn = await requireUser(appRequest('/', { cookie }));
    expect(signedIn).toMatchObject({ id: user.id, role: 'coach' });
  });

  it('stores only a hash of the session token', async () => {
    const { user, cookie } = await signedInCookie();
    const [row] = await db().select().from(authSessions).where(eq(authSessions.userId, user.id));
    const token = decodeURIComponent(cookie.split('=')[1]!);
    expect(row?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(token).not.toContain(row!.id);
  });

  it('sends an anonymous visitor to /login and back to the page afterwards', async () => {
    await expectRedirectToLogin(
      appRequest('/admin/users?role=coach'),
      '/login?redirectTo=%2Fadmin%2Fusers%3Frole%3Dcoach',
    );
  });

  it('rejects a cookie that was not signed by the server', async () => {
    await expectRedirectToLogin(
      appRequest('/account', { cookie: 'polku_session=forged' }),
      '/login?redirectTo=%2Faccount',
    );
  });

  it('ends a session after the idle timeout and tells the user it expired', async () => {
    const { user, cookie } = await signedInCookie();
    const idleTooLong = new Date(Date.now() - 31 * 60_000);
    await db()
      .update(authSessions)
      .set({ lastSeenAt: idleTooLong })
      .where(eq(authSessions.userId, user.id));
    await expectRedirectToLogin(
      appRequest('/account', { cookie }),
      '/login?redirectTo=%2Faccount&expired=1',
    );
    expect(await db().select().from(authSessions).where(eq(authSessions.userId, user.id))).toEqual(
      [],
    );
  });

  it('ends a session at its absolute lifetime however active it is', async () => {
    const { user, cookie } = await signedInCookie();
    await db()
      .update(authSessions)
      .set({ expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() })
      .where(eq(authSessions.userId, user.id));
    expect((await lookUpSession(appRequest('/', { cookie }))).status).toBe('ended');
  });

  it('keeps an active session alive by refreshing its last-seen time', async () => {
    const { user, cookie } = await signedInCookie();
    const twentyMinutesAgo = new Date(Date.now() - 20 * 60_000);
    await db()
      .update(authSessions)
      .set({ lastSeenAt: twentyMinutesAgo })
      .where(eq(authSessions.userId, user.id));
    await requireUser(appRequest('/', { cookie }));
    const [row] = await db().select().from(authSessions).where(eq(authSessions.userId, user.id));
    expect(row!.lastSeenAt.getTime()).toBeGreaterThan(twentyMinutesAgo.getTime() + 60_000);
  });

  it('signing out invalidates the session on the server, so the old cookie no longer works', async () => {
    const { cookie } = await signedInCookie();
    const clearing = await signOut(appRequest('/logout', { cookie, form: {} }));
    expect(clearing).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect((await lookUpSession(appRequest('/', { cookie }))).status).toBe('ended');
  });

  it('looks the session up once for all the loaders of one request', async () => {
    const { cookie } = await signedInCookie();
    // Remix hands each loader its own copy of the request.
    const [root, layout, page] = await runInRequestScope(() =>
      Promise.all(
        ['/people', '/people', '/people'].map((path) =>
          lookUpSession(appRequest(path, { cookie })),
        ),
      ),
    );
    expect(root).toBe(layout);
    expect(layout).toBe(page);
    expect(root).toMatchObject({ status: 'active' });
  });

  it('looks again after an action, whose loaders must see what it changed', async () => {
    const { cookie } = await signedInCookie();
    await runInRequestScope(async () => {
      const beforeAction = await lookUpSession(appRequest('/logout', { cookie, form: {} }));
      await signOut(appRequest('/logout', { cookie, form: {} }));
      const afterAction = await lookUpSession(appRequest('/', { cookie }));
      expect(beforeAction.status).toBe('active');
      expect(afterAction.status).toBe('ended');
    });
  });
});
