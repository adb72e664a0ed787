// `pnpm test:chaos`: the crash, restart and load scenarios (server/chaos/*.chaos.ts), one file at a
// time so that no scenario's kills or load weigh on another's figures. CHAOS_SCALE=short is the form
// `pnpm test` runs; the default is the full form.
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The chaos suite's own PostgreSQL for the test servers, away from the integration suite's.
process.env.TEST_EMBEDDED_PG_PORT ??= '25428';
process.env.TEST_EMBEDDED_PG_DIR ??= new URL('../.data/chaos', import.meta.url).pathname;

/**
 * Left out of the short form: it costs about 45 s on 2 cores even at the short scale (an API restart per kill, and the 5 s a
 * young claim's retry waits), against the ~20 s a scenario may add to `pnpm test`.
 */
const FULL_FORM_ONLY = ['chaos/idempotency.chaos.ts'];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['chaos/**/*.chaos.ts'],
    exclude: [...configDefaults.exclude, ...(process.env.CHAOS_SCALE === 'short' ? FULL_FORM_ONLY : [])],
    fileParallelism: false,
    testTimeout: 20 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});
