// How much data and time the bench spends. `BENCH_SCALE=small` is the smoke run (CI's): every
// measurement and every answer check on a fiftieth of the rows and one-second loads, so a broken
// bench fails within minutes; its figures are not the ones to quote.
const SMALL = process.env.BENCH_SCALE === 'small';

export const BENCH_SCALE = SMALL
  ? { name: 'small', hubAssignments: 2_000, contractors: 4_000, importRows: 2_000, loadSeconds: 1, samples: 5, rlsRounds: 2, rlsLoadSeconds: 1, pageVisits: 1 }
  : { name: 'full', hubAssignments: 100_000, contractors: 200_000, importRows: 100_000, loadSeconds: 5, samples: 30, rlsRounds: 4, rlsLoadSeconds: 3, pageVisits: 3 };
