// How much chaos: CHAOS_SCALE=short is the form `pnpm test` runs (about 90 s on 2 cores); anything else
// is the full form, issue 12's numbers. Ports are the run's own (CHAOS_HTTP_PORT, CHAOS_PG_PORT).
export const SHORT = process.env.CHAOS_SCALE === 'short';

export const SCALE = SHORT
  ? {
      form: 'short',
      writes: { apiKills: 2, postgresRestarts: 1, writers: 4 },
      idempotency: { lostAnswers: 2, burstKills: 2, writers: 4 },
      charges: { count: 40, workerKills: 2 },
      delivery: { mails: 15, webhooks: 15 },
      load: { seconds: 10, rate: 100, holdToTargets: false },
    }
  : {
      form: 'full',
      writes: { apiKills: 10, postgresRestarts: 2, writers: 8 },
      idempotency: { lostAnswers: 5, burstKills: 10, writers: 8 },
      charges: { count: 1000, workerKills: 10 },
      delivery: { mails: 100, webhooks: 100 },
      load: { seconds: 60, rate: 300, holdToTargets: true },
    };

export const P99_TARGET_MS = 100;

/** The API's request budgets for a load client: one integration or person sends it all, far faster than people. */
export const LOAD_CLIENT_BUDGET = { REQUEST_BURST: '1000000', REQUESTS_PER_SECOND: '1000000', TENANT_CONCURRENT_REQUESTS: '10000', CERTIFICATE_CHECKS_PER_ADDRESS: '1000000' };

/** The first API's HTTP port (the scenarios' servers take it and the next), and the restarted PostgreSQL's. */
export const HTTP_PORT = Number(process.env.CHAOS_HTTP_PORT ?? 4308);
export const POSTGRES_PORT = Number(process.env.CHAOS_PG_PORT ?? 25429);

/** A pause of between `min` and `max` ms: kills land at random moments. */
export function randomPause(min: number, max: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));
}

/** Prints a scenario's figures as a two-column table. */
export function printFigures(title: string, rows: [string, string | number][]): void {
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log([`\n${title} (${SCALE.form} form)`, ...rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`)].join('\n'));
}
