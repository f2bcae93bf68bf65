import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const startTimeoutMs = 60_000;
const stopTimeoutMs = 15_000;
const root = path.resolve(import.meta.dirname, '../..');

/** Asks the OS for a port nobody listens on. */
export function freePort(): Promise<number> {
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

export interface AppServer {
  baseUrl: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** What it printed on stderr. */
  errors(): string;
  /** SIGTERM, then SIGKILL if it has not exited in time; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Resolves when the process has exited, with its exit code. */
  exited: Promise<number | null>;
}

/** Starts the built server (`build/server.js`) on a free port with its own embedded database folder. */
export async function spawnAppServer(dataDir: string, port?: number): Promise<AppServer> {
  const chosenPort = port ?? (await freePort());
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(chosenPort),
    POLKU_DATA_DIR: dataDir,
    SESSION_SECRET: 'e2e-secret',
  };
  // NODE_ENV=production would turn off the demo data the journeys sign in with (and vitest
  // sets NODE_ENV=test); DATABASE_URL would point the server away from its fresh database.
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  delete env.POLKU_DEMO;
  const child = spawn(process.execPath, ['build/server.js'], {
    cwd: root,
    // Remix's types make NODE_ENV required, though a child process may well run without it.
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let errors = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    errors += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    baseUrl: `http://127.0.0.1:${chosenPort}`,
    process: child,
    output: () => log,
    errors: () => errors,
    exited,
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      const force = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      void exited.then(() => clearTimeout(force));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Waits until the server answers /healthz with 200; fails early if it exits. */
export async function waitUntilHealthy(server: AppServer): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) {
      throw new Error(
        `The server exited with code ${server.process.exitCode}:\n${server.output()}`,
      );
    }
    try {
      const response = await fetch(`${server.baseUrl}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `The server did not answer /healthz within ${startTimeoutMs} ms:\n${server.output()}`,
  );
}
