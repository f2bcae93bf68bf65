import { describe, expect, test } from 'vitest';
import { baseUrl, demoPassword, demoUsers } from './browser';

/** Signs in with a plain form post, as a browser without JavaScript would, and returns the cookie. */
async function sessionCookie(): Promise<string> {
  const response = await fetch(`${baseUrl()}/login`, {
    method: 'POST',
    body: new URLSearchParams({
      email: demoUsers.manager.email,
      password: demoPassword,
      redirectTo: '/',
    }),
    redirect: 'manual',
  });
  expect(response.status).toBe(302);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('polku_session='));
  expect(cookie).toBeDefined();
  return (cookie ?? '').split(';')[0] ?? '';
}

describe('security', () => {
  test('/healthz answers 200 with JSON for load balancers', async () => {
    const response = await fetch(`${baseUrl()}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  test('a sign-in posted from another site is refused', async () => {
    const response = await fetch(`${baseUrl()}/login`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
      body: new URLSearchParams({ email: demoUsers.admin.email, password: demoPassword }),
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  test.each(['/logout', '/language'])(
    'a cross-site POST to %s is refused even with a valid session',
    async (path) => {
      const cookie = await sessionCookie();
      const response = await fetch(`${baseUrl()}${path}`, {
        method: 'POST',
        headers: { 'Sec-Fetch-Site': 'cross-site', Cookie: cookie },
        body: new URLSearchParams({ locale: 'fi', redirectTo: '/' }),
        redirect: 'manual',
      });
      expect(response.status).toBe(403);

      // The session is still there: the refused request changed nothing.
      const home = await fetch(`${baseUrl()}/`, {
        headers: { Cookie: cookie },
        redirect: 'manual',
      });
      expect(home.status).toBe(200);
    },
  );

  test('the same POST from the app itself is accepted', async () => {
    const response = await fetch(`${baseUrl()}/language`, {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'same-origin', Origin: baseUrl() },
      body: new URLSearchParams({ locale: 'en', redirectTo: '/account' }),
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/account');
  });

  test('pages carry a nonce-based CSP and the other protective headers', async () => {
    const first = await fetch(`${baseUrl()}/login`);
    expect(first.status).toBe(200);
    const csp = first.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("'nonce-");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBeTruthy();
    expect(first.headers.get('x-powered-by')).toBeNull();

    // Every inline script carries this response's nonce, and the nonce is new each time.
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    const second = await fetch(`${baseUrl()}/login`);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
  });

  test('signed-in pages are never stored by caches, and the session cookie is locked down', async () => {
    const login = await fetch(`${baseUrl()}/login`, {
      method: 'POST',
      body: new URLSearchParams({ email: demoUsers.coach.email, password: demoPassword }),
      redirect: 'manual',
    });
    const setCookie = login.headers
      .getSetCookie()
      .find((line) => line.startsWith('polku_session='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const cookie = (setCookie ?? '').split(';')[0] ?? '';
    const home = await fetch(`${baseUrl()}/`, { headers: { Cookie: cookie }, redirect: 'manual' });
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toContain('no-store');
    expect(await home.text()).toContain(demoUsers.coach.name);
  });
});
