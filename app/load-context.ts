import '@remix-run/node';

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** Nonce of this response's Content-Security-Policy, for inline scripts. */
    cspNonce: string;
    /** The client's address (from X-Forwarded-For only when TRUST_PROXY is set). */
    clientAddress: string;
  }

  // Types loader and action data as single fetch sends them (remix.config.js turns it on).
  interface Future {
    v3_singleFetch: true;
  }
}
