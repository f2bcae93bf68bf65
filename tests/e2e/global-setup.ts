import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { spawnAppServer, waitUntilHealthy } from './app-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export async function setup(project: TestProject) {
  const tmp = await mkdtemp(path.join(tmpdir(), 'polku-e2e-'));
  // A fresh database each run, so the demo data and every journey start from the same state.
  const server = await spawnAppServer(path.join(tmp, 'pglite'));
  try {
    await waitUntilHealthy(server);
  } catch (error) {
    await server.stop();
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', server.baseUrl);

  return async () => {
    await server.stop();
    await rm(tmp, { recursive: true, force: true });
    // Errors the server logs (say, a crash after a page began streaming) may not show
    // in any page, so they are reported at the end.
    if (server.errors().trim()) {
      console.error(`The server logged errors during the e2e run:\n${server.errors()}`);
    }
  };
}
