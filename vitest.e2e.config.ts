import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Browser journeys against the built server (`npm run test:e2e` builds first). The journeys
// drive the app through HTTP only; the aliases are there for a test that needs a shared type.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^~\//, replacement: `${path.resolve('app')}/` },
      { find: /^#db\//, replacement: `${path.resolve('db')}/` },
    ],
  },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One server and one database for all files, and the files share the demo accounts.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
