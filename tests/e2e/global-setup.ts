import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const startTimeoutMs = 60_000;
const stopTimeoutMs = 15_000;

/** Asks the OS for a port nobody listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('No port assigned'));
      });
    });
  });
}

async function waitUntilHealthy(baseUrl: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The server exited with code ${server.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer /healthz within ${startTimeoutMs} ms:\n${output()}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), stopTimeoutMs);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

export async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  const tmp = await mkdtemp(path.join(tmpdir(), 'polku-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  // NODE_ENV=production would turn off the demo data the journeys sign in with, and vitest sets
  // NODE_ENV=test; DATABASE_URL would point the server away from its fresh embedded database.
  const {
    NODE_ENV: _nodeEnv,
    DATABASE_URL: _databaseUrl,
    POLKU_DEMO: _demo,
    ...inherited
  } = process.env;
  let log = '';
  const server = spawn(process.execPath, ['build/server.js'], {
    cwd: root,
    env: {
      ...inherited,
      PORT: String(port),
      // A fresh database each run, so the demo data and every journey start from the same state.
      POLKU_DATA_DIR: path.join(tmp, 'pglite'),
      SESSION_SECRET: 'e2e-secret',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept for the error message when the server fails to start or a test needs the server's view.
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  try {
    await waitUntilHealthy(baseUrl, server, () => log);
  } catch (error) {
    await stopServer(server);
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    await stopServer(server);
    await rm(tmp, { recursive: true, force: true });
  };
}
