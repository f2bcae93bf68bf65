/**
 * Where to go after signing in: only a path on this site, never another host
 * (`//evil.example` and `/\evil.example` are protocol-relative URLs).
 */
export function safeRedirect(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/')) return fallback;
  if (target.startsWith('//') || target.startsWith('/\\')) return fallback;
  if (target.startsWith('/login') || target.startsWith('/logout')) return fallback;
  return target;
}
