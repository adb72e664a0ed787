// Contractor pay under worker kills (decision 0007): charges come due while the job worker process is
// SIGKILLed at random moments and restarted; a charge whose runner died mid-call is re-run by the
// cron's sweep once it is 5 minutes stale (the test clock stands in for the 5 minutes). Each assignment
// must be charged exactly once at the processor (the sandbox's records), and covered once.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueCharges, STALE_PROCESSING_MS } from '../src/modules/payments/charge-runner.js';
import { contractorPayAgency, createMasterPolicies, scheduledCharge } from '../test/factories/index.js';
import { killProcess, startWorkerProcess } from '../test/support/child-processes.js';
import { startTestServer, type TestServer } from '../test/support/test-server.js';
import { printFigures, randomPause, SCALE } from './scale.js';

/** Charges fall due 24 hours after they are announced: announced this long ago, they are due at once. */
const DUE_BACK = 24 * 3_600_000 + 60_000;
const SETUP_BATCH = 10;
const SETTLE_TIMEOUT_MS = 10 * 60_000;

let server: TestServer;
const workers = new Set<Awaited<ReturnType<typeof startWorkerProcess>>>();

beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  await createMasterPolicies(server);
});

afterAll(async () => {
  for (const worker of workers) await killProcess(worker);
  await server?.stop();
});

async function openCharges(agencyId: string): Promise<{ scheduled: number; processing: number; jobs: number }> {
  const [row] = await server.db.execute<{ scheduled: number; processing: number; jobs: number }>(sql`
    select count(*) filter (where status = 'SCHEDULED')::int as scheduled, count(*) filter (where status = 'PROCESSING')::int as processing,
           (select count(*)::int from graphile_worker.jobs where task_identifier = 'charge_assignment') as jobs
    from charges where agency_id = ${agencyId}`);
  return row ?? { scheduled: 0, processing: 0, jobs: 0 };
}

/** Waits until some of the charges have run and some are still open: a kill then lands mid-run. */
async function chargingStarted(agencyId: string): Promise<void> {
  for (;;) {
    const open = await openCharges(agencyId);
    if (open.scheduled + open.processing < SCALE.charges.count || open.processing > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('contractor-pay charges while the worker is killed', () => {
  it('charges each assignment exactly once', async () => {
    const setup = await contractorPayAgency(server);
    server.clock.advance(-DUE_BACK);
    for (let made = 0; made < SCALE.charges.count; made += SETUP_BATCH) {
      await Promise.all(Array.from({ length: Math.min(SETUP_BATCH, SCALE.charges.count - made) }, () => scheduledCharge(server, setup)));
    }
    server.clock.advance(DUE_BACK);

    const started = performance.now();
    let worker = await startWorkerProcess(server);
    workers.add(worker);
    let kills = 0;
    let killsWhilePending = 0;
    for (let round = 0; round < SCALE.charges.workerKills; round++) {
      // The first kill lands once the worker has started charging, however fast it is; the rest at random.
      if (round === 0) await chargingStarted(setup.agency.id);
      else await randomPause(100, 1500);
      const atKill = await openCharges(setup.agency.id);
      await killProcess(worker);
      workers.delete(worker);
      kills += 1;
      if (atKill.scheduled + atKill.processing > 0) killsWhilePending += 1;
      worker = await startWorkerProcess(server);
      workers.add(worker);
    }
    // The last worker runs what is left; the jobs of killed ones are released by its liveness sweep.
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    let open = await openCharges(setup.agency.id);
    while (open.jobs > 0 || open.scheduled > 0) {
      if (Date.now() > deadline) throw new Error(`charges still open after ${SETTLE_TIMEOUT_MS / 1000} s: ${JSON.stringify(open)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      open = await openCharges(setup.agency.id);
    }
    const leftProcessing = open.processing;
    // Five minutes on, the cron re-runs the charges whose runner died mid-call, with their keys.
    server.clock.advance(STALE_PROCESSING_MS + 1_000);
    await runDueCharges(server.coverline.deps);
    const seconds = (performance.now() - started) / 1000;

    const perAssignment = await server.db.execute<{ status: string; succeeded: number; processor_charges: number; covered: number; certificates: number }>(sql`
      select a.status,
             (select count(*)::int from charges c where c.agency_id = a.agency_id and c.assignment_id = a.id and c.status = 'SUCCEEDED') as succeeded,
             (select count(distinct c.provider_charge_id)::int from charges c
               where c.agency_id = a.agency_id and c.assignment_id = a.id and c.provider_charge_id is not null and c.failure_message is null) as processor_charges,
             (select count(*)::int from assignment_status_changes h where h.agency_id = a.agency_id and h.assignment_id = a.id and h.to_status = 'COVERED') as covered,
             (select count(*)::int from certificates ce where ce.agency_id = a.agency_id and ce.assignment_id = a.id) as certificates
      from assignments a where a.agency_id = ${setup.agency.id}`);
    const chargedTwice = perAssignment.filter((a) => a.processor_charges > 1 || a.succeeded > 1);
    const notCharged = perAssignment.filter((a) => a.processor_charges === 0 || a.succeeded === 0);
    const coveredTwice = perAssignment.filter((a) => a.covered > 1 || a.certificates > 1);
    printFigures('Contractor-pay charges under worker kills', [
      ['charges', perAssignment.length],
      ['worker kills (SIGKILL)', kills],
      ['  while charges were open', killsWhilePending],
      ['left mid-call by a killed worker, re-run by the sweep', leftProcessing],
      ['all settled in', `${seconds.toFixed(1)} s`],
      ['charged once at the processor, covered once', perAssignment.length - chargedTwice.length - notCharged.length],
      ['duplicates found (charged or covered twice)', chargedTwice.length + coveredTwice.length],
      ['not charged', notCharged.length],
    ]);
    expect(perAssignment).toHaveLength(SCALE.charges.count);
    expect(kills).toBe(SCALE.charges.workerKills);
    expect(killsWhilePending).toBeGreaterThan(0);
    expect(chargedTwice).toEqual([]);
    expect(coveredTwice).toEqual([]);
    expect(notCharged).toEqual([]);
    expect(perAssignment.filter((a) => a.status !== 'COVERED')).toEqual([]);
  });
});
