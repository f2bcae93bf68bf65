import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import express from 'express';
import { runInRequestScope } from '../app/request-scope.server';
import { cspNonce, refuseCrossSiteWrites, securityHeaders } from './security';

/** The client's IP address, with IPv4 addresses shown as such rather than as `::ffff:192.0.2.1`. */
function clientAddress(req: express.Request): string {
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') && address.includes('.')
    ? address.slice('::ffff:'.length)
    : address;
}

export interface AppOptions {
  build: ServerBuild | (() => Promise<ServerBuild>);
  development: boolean;
  /** A real deployment behind HTTPS: HSTS and upgrade-insecure-requests. */
  production: boolean;
  /**
   * Behind a load balancer: how many proxy hops (or which addresses) to trust for
   * X-Forwarded-For / -Proto / -Host. Never `true`: the client writes the left-most entry.
   */
  trustProxy: number | string | false;
}

export function createApp({ build, development, production, trustProxy }: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  if (trustProxy !== false) app.set('trust proxy', trustProxy);

  app.use(cspNonce);
  app.use(securityHeaders({ development, production }));
  app.use(refuseCrossSiteWrites);

  // Fingerprinted assets never change; everything else in public/ briefly cached.
  app.use('/build', express.static('public/build', { immutable: true, maxAge: '1y' }));
  app.use(express.static('public', { maxAge: '1h' }));

  const handleRequest = createRequestHandler({
    build,
    mode: development ? 'development' : 'production',
    getLoadContext: (req, res) => ({
      cspNonce: String(res.locals.cspNonce),
      clientAddress: clientAddress(req),
    }),
  });
  app.all('*', (req, res, next) => runInRequestScope(() => handleRequest(req, res, next)));
  return app;
}
