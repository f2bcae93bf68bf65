import { PassThrough } from 'node:stream';
import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { installValidationMessages } from '~/forms/validation-messages';
import { NonceProvider } from '~/security/nonce';

installValidationMessages();

export const streamTimeout = 5_000;

// Every page may show personal data: no shared cache or browser cache may keep it.
function forbidCaching(headers: Headers) {
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
}

export const handleDataRequest: HandleDataRequestFunction = (response) => {
  forbidCaching(response.headers);
  return response;
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? '';
  const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode;
  forbidCaching(responseHeaders);

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer
          context={remixContext}
          url={request.url}
          abortDelay={streamTimeout}
          nonce={nonce}
        />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? 'onAllReady' : 'onShellReady']() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          // Closed when React has written the whole page, or when the browser went away
          // before that: then the render is stopped now rather than when the timer fires.
          body.once('close', () => {
            clearTimeout(abortTimer);
            if (!body.writableFinished) abort();
          });
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are streamed; log them, the error boundary shows them.
          if (shellRendered) console.error(error);
        },
      },
    );
    // Cleared when the response closes: a pending timer keeps the whole render (the page
    // and its loader data) in memory, and a busy server would carry seconds of those.
    const abortTimer = setTimeout(abort, streamTimeout + 1000);
  });
}
