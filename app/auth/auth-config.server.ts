import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { isProductionDeployment as isProduction, runtimeEnv } from '~/config/runtime-env';

export { isProduction };

/** Minutes of inactivity after which a session ends. */
export const sessionIdleMinutes = () => Number(runtimeEnv('POLKU_SESSION_IDLE_MINUTES')) || 30;
/** Hours after sign-in at which a session ends however active it is. */
export const sessionMaxHours = () => Number(runtimeEnv('POLKU_SESSION_MAX_HOURS')) || 12;

let cachedSecret: string | undefined;

/**
 * The cookie-signing secret. Production must set SESSION_SECRET (the same on
 * every instance). A laptop without one gets a random secret kept in .data/,
 * so that sessions survive a restart.
 */
export function sessionSecret(): string {
  const fromEnv = runtimeEnv('SESSION_SECRET')?.trim();
  if (fromEnv) return fromEnv;
  if (isProduction()) {
    throw new Error('SESSION_SECRET must be set in production (the same value on every instance).');
  }
  if (cachedSecret) return cachedSecret;
  const file = path.resolve('.data/session-secret');
  try {
    cachedSecret = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    cachedSecret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, cachedSecret, { mode: 0o600 });
  }
  return cachedSecret;
}
