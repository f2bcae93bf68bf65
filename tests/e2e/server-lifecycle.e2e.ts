import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnAppServer, waitUntilHealthy, type AppServer } from './app-server';

// A server of its own, so stopping it does not disturb the other journeys.
let tmp: string;
let dataDir: string;
let server: AppServer;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'polku-lifecycle-'));
  dataDir = path.join(tmp, 'pglite');
  server = await spawnAppServer(dataDir);
  await waitUntilHealthy(server);
});

afterAll(async () => {
  await server.stop();
  await rm(tmp, { recursive: true, force: true });
});

/** Sends a sign-in POST in two halves, so the request is still open when the server is told to stop. */
function startSlowPost(baseUrl: string) {
  const { hostname, port } = new URL(baseUrl);
  const body = 'email=nobody%40example.org&password=wrong-password';
  const socket = net.connect(Number(port), hostname);
  let response = '';
  socket.on('data', (chunk) => (response += chunk.toString()));
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(response)));
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return {
    async sendFirstHalf() {
      await connected;
      socket.write(
        `POST /login HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
          `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
      );
    },
    sendRest() {
      socket.write(body.slice(10));
    },
    closed,
  };
}

describe('the server process', () => {
  test('a second server on the same embedded database folder refuses to start, saying why', async () => {
    const second = await spawnAppServer(dataDir);
    const code = await second.exited;
    expect(code).toBe(1);
    expect(second.output()).toContain('is in use by another Polku process');
    // The first one is unharmed.
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });

  test('on SIGTERM it finishes the request in flight, closes the database and exits cleanly', async () => {
    const request = startSlowPost(server.baseUrl);
    await request.sendFirstHalf();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopped = server.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    request.sendRest();

    const response = await request.closed;
    expect(response).toMatch(/^HTTP\/1\.1 401 /);
    expect(await stopped).toBe(0);
    expect(server.output()).toContain('SIGTERM received');
    // The database was closed: its folder lock is gone, so the next start is not refused.
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
