const safeMethods = new Set(['GET', 'HEAD']);

export interface RequestFacts {
  method: string;
  /** The host the client addressed, as the server sees it (Host or X-Forwarded-Host). */
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
}

/**
 * True when a state-changing request comes from another site. Browsers send
 * Sec-Fetch-Site and Origin with every POST, so a form or script on another
 * site cannot ride on the user's session cookie. Requests with neither header
 * (command-line clients) carry no browser cookies to abuse and pass.
 */
export function isCrossSiteWrite(request: RequestFacts): boolean {
  if (safeMethods.has(request.method.toUpperCase())) return false;
  const site = request.secFetchSite?.toLowerCase();
  if (site && site !== 'same-origin' && site !== 'none') return true;
  if (request.origin === undefined) return false;
  if (request.origin === 'null') return true;
  try {
    return new URL(request.origin).host !== request.host;
  } catch {
    return true;
  }
}
