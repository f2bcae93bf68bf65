/**
 * Signs in through the login form, as a browser would, and returns the
 * session cookie to send with every request. The Origin header is the
 * server's own, so the cross-site check lets the POST through.
 */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    body: new URLSearchParams({ email, password, redirectTo: '/' }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((header) => header.startsWith('polku_session='));
  if (response.status !== 302 || !cookie) {
    throw new Error(`Signing in as ${email} failed with HTTP ${response.status}.`);
  }
  return cookie.split(';')[0]!;
}
