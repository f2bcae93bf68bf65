import { action as login } from '../../app/routes/login';
import { appRequest, cookieFrom, testContext } from './requests';
import { testPassword } from './staff';

/** The session cookie of a staff member signed in through the real sign-in action. */
export async function signedInCookie(email: string): Promise<string> {
  const response = (await login({
    request: appRequest('/login', { form: { email, password: testPassword } }),
    context: testContext,
    params: {},
  }).catch((thrown: unknown) => thrown)) as Response;
  return cookieFrom(response.headers.get('Set-Cookie'));
}

/** The HTTP status of whatever a loader or action returned or threw; anything else is a 500. */
export async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try {
    const result = await run();
    if (result instanceof Response) return result.status;
    return (result as { init?: ResponseInit } | null)?.init?.status ?? 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    return 500;
  }
}
