/** A request to the app as a browser would send it, optionally with cookies and a form. */
export function appRequest(
  path: string,
  init: {
    cookie?: string | null;
    form?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
): Request {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('Cookie', init.cookie);
  if (!init.form) return new Request(`http://localhost${path}`, { headers });
  return new Request(`http://localhost${path}`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(init.form),
  });
}

/** The `name=value` part of a Set-Cookie header, to send back as a Cookie header. */
export function cookieFrom(setCookie: string | null): string {
  if (!setCookie) throw new Error('no Set-Cookie header');
  return setCookie.split(';')[0]!;
}

export const testContext = { cspNonce: 'test-nonce', clientAddress: '192.0.2.10' };
