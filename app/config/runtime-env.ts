/**
 * Reads an environment variable when the code runs. `remix build` replaces
 * the literal `process.env.NODE_ENV` with "production" at build time, so a
 * laptop's `npm start` would look like a production deployment; a computed key
 * is left alone by the bundler.
 */
export function runtimeEnv(name: string): string | undefined {
  return process.env[name];
}

/** A real deployment (Secure cookies, SESSION_SECRET required, never demo data). */
export function isProductionDeployment(): boolean {
  return runtimeEnv('NODE_ENV') === 'production';
}
