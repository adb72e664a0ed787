// `pnpm test:chaos`: the crash, restart and load scenarios (server/chaos/*.chaos.ts), one file at a
// time so that no scenario's kills or load weigh on another's figures. CHAOS_SCALE=short is the form
// `pnpm test` runs; the default is the full form.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The chaos suite's own PostgreSQL for the test servers, away from the integration suite's.
process.env.TEST_EMBEDDED_PG_PORT ??= '54428';
process.env.TEST_EMBEDDED_PG_DIR ??= new URL('../.data/chaos', import.meta.url).pathname;

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['chaos/**/*.chaos.ts'],
    fileParallelism: false,
    testTimeout: 20 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});
