import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { isCrossSiteWrite } from '../app/security/cross-site';

/** A fresh nonce per response, for the CSP and Remix's inline scripts. */
export function cspNonce(_req: Request, res: Response, next: NextFunction) {
  res.locals.cspNonce = crypto.randomBytes(16).toString('base64');
  next();
}

export function securityHeaders({
  development,
  production,
}: {
  development: boolean;
  production: boolean;
}) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
        // React renders style attributes (recharts sizes its charts with them).
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        // Remix's live reload talks over a websocket in development.
        'connect-src': development ? ["'self'", 'ws:'] : ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'self'"],
        'object-src': ["'none'"],
        'upgrade-insecure-requests': production ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: production ? { maxAge: 31536000 } : false,
  });
}

/** Refuses state-changing requests from other sites with 403, on every route. */
export function refuseCrossSiteWrites(req: Request, res: Response, next: NextFunction) {
  const refused = isCrossSiteWrite({
    method: req.method,
    host:
      req.get('x-forwarded-host') && req.app.get('trust proxy')
        ? req.get('x-forwarded-host')
        : req.get('host'),
    origin: req.get('origin'),
    secFetchSite: req.get('sec-fetch-site'),
  });
  if (refused) {
    res.status(403).type('text/plain').send('Cross-site request refused.');
    return;
  }
  next();
}
