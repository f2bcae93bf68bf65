/**
 * A path on this site, never another host (`//evil.example` and
 * `/\\evil.example` are protocol-relative URLs); anything else becomes the fallback.
 */
export function safeLocalPath(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/')) return fallback;
  if (target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}

/** Where to go after signing in: a local path, but not back to the sign-in or sign-out pages. */
export function safeRedirect(target: unknown, fallback = '/'): string {
  const path = safeLocalPath(target, fallback);
  return path.startsWith('/login') || path.startsWith('/logout') ? fallback : path;
}
