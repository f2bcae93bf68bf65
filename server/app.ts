import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import express from 'express';
import { cspNonce, refuseCrossSiteWrites, securityHeaders } from './security';

export interface AppOptions {
  build: ServerBuild | (() => Promise<ServerBuild>);
  development: boolean;
  /** A real deployment behind HTTPS: HSTS and upgrade-insecure-requests. */
  production: boolean;
  /** Behind a load balancer: trust its X-Forwarded-For / -Proto / -Host. */
  trustProxy: boolean;
}

export function createApp({ build, development, production, trustProxy }: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  if (trustProxy) app.set('trust proxy', true);

  app.use(cspNonce);
  app.use(securityHeaders({ development, production }));
  app.use(refuseCrossSiteWrites);

  // Fingerprinted assets never change; everything else in public/ briefly cached.
  app.use('/build', express.static('public/build', { immutable: true, maxAge: '1y' }));
  app.use(express.static('public', { maxAge: '1h' }));

  app.all(
    '*',
    createRequestHandler({
      build,
      mode: development ? 'development' : 'production',
      getLoadContext: (req, res) => ({
        cspNonce: String(res.locals.cspNonce),
        clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      }),
    }),
  );
  return app;
}
