import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activityLog, users } from '#db/schema';
import { db } from '~/db.server';
import { appRequest, cookieFrom, testContext } from '../../tests/support/requests';
import { createStaff, testPassword } from '../../tests/support/staff';
import { loader as healthz } from './healthz';
import { action as changeLanguage } from './language';
import { action as login } from './login';
import { loader as staffMemberPage } from './_app.admin.users.$userId';

type DataResult = {
  data: { result: { initialValue: Record<string, unknown>; error: Record<string, string[]> } };
  init: ResponseInit;
};

async function signedIn(role: 'admin' | 'coach') {
  const user = await createStaff(role);
  const response = (await login({
    request: appRequest('/login', {
      form: { email: user.email, password: testPassword, redirectTo: '/admin/users' },
    }),
    context: testContext,
    params: {},
  }).catch((thrown: unknown) => thrown)) as Response;
  return { user, response, cookie: cookieFrom(response.headers.get('Set-Cookie')) };
}

describe('POST /login', () => {
  it('signs in and returns to the page the user came from, with a fresh session cookie', async () => {
    const { response } = await signedIn('admin');
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/admin/users');
    expect(response.headers.get('Set-Cookie')).toMatch(/^polku_session=.+HttpOnly/i);
  });

  it('answers bad input with 400 and messages by the fields, keeping the email but not the password', async () => {
    const result = (await login({
      request: appRequest('/login', { form: { email: 'not an email', password: 'typed secret' } }),
      context: testContext,
      params: {},
    })) as unknown as DataResult;
    expect(result.init.status).toBe(400);
    expect(result.data.result.error).toEqual({ email: ['validation.email'] });
    expect(result.data.result.initialValue).toEqual({ email: 'not an email' });
  });

  it('answers a wrong password with 401 and a message that does not say whether the account exists', async () => {
    const user = await createStaff('coach');
    const answers = await Promise.all(
      [user.email, 'no-such-person@test.example'].map(
        (email) =>
          login({
            request: appRequest('/login', { form: { email, password: 'wrong password' } }),
            context: testContext,
            params: {},
          }) as unknown as Promise<DataResult>,
      ),
    );
    for (const answer of answers) {
      expect(answer.init.status).toBe(401);
      expect(answer.data.result.error).toEqual({ '': ['login.invalidCredentials'] });
    }
  });
});

describe('POST /language', () => {
  it('remembers the choice in a cookie and, for a signed-in user, in their account', async () => {
    const { user, cookie } = await signedIn('coach');
    const response = await changeLanguage({
      request: appRequest('/language', { cookie, form: { locale: 'en', redirectTo: '/account' } }),
      context: testContext,
      params: {},
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/account');
    expect(response.headers.get('Set-Cookie')).toMatch(/^polku_lang=/);
    const [saved] = await db()
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, user.id));
    expect(saved?.locale).toBe('en');
    const log = await db()
      .select()
      .from(activityLog)
      .where(eq(activityLog.action, 'user.locale_change'));
    expect(log).toHaveLength(1);
  });

  it('refuses an unknown language with 400 and changes nothing', async () => {
    const thrown = await changeLanguage({
      request: appRequest('/language', { form: { locale: 'sv' } }),
      context: testContext,
      params: {},
    }).catch((error: unknown) => error);
    expect((thrown as Response).status).toBe(400);
  });

  it('never redirects to another site', async () => {
    const response = await changeLanguage({
      request: appRequest('/language', { form: { locale: 'fi', redirectTo: '//evil.example/' } }),
      context: testContext,
      params: {},
    });
    expect(response.headers.get('Location')).toBe('/');
  });
});

describe('a staff member’s page', () => {
  it('answers a malformed id with 404, not an error', async () => {
    const { cookie } = await signedIn('admin');
    const thrown = await staffMemberPage({
      request: appRequest('/admin/users/not-a-uuid', { cookie }),
      context: testContext,
      params: { userId: 'not-a-uuid' },
    }).catch((error: unknown) => error);
    expect((thrown as Response).status).toBe(404);
  });

  it('refuses a coach with 403', async () => {
    const { user, cookie } = await signedIn('coach');
    const thrown = await staffMemberPage({
      request: appRequest(`/admin/users/${user.id}`, { cookie }),
      context: testContext,
      params: { userId: user.id },
    }).catch((error: unknown) => error);
    expect((thrown as Response).status).toBe(403);
  });
});

describe('GET /healthz', () => {
  it('answers 200 while the database is reachable', async () => {
    const response = await healthz();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });
});
