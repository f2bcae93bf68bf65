const probeOrigin = 'http://polku.invalid';

/**
 * A path on this site, never another host. The target is resolved the way a
 * browser would (which drops tabs and newlines, and reads `//host` and `/\host`
 * as other hosts), and kept only if it stays on this origin; control
 * characters are refused outright, as they cannot go in a Location header.
 */
export function safeLocalPath(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/')) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(target) || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback;
  }
  try {
    const url = new URL(target, probeOrigin);
    return url.origin === probeOrigin ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}

/** Where to go after signing in: a local path, but not back to the sign-in or sign-out pages. */
export function safeRedirect(target: unknown, fallback = '/'): string {
  const path = safeLocalPath(target, fallback);
  return path.startsWith('/login') || path.startsWith('/logout') ? fallback : path;
}
