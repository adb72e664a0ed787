// Exactly one successful charge per assignment, whatever the workers, retries and crashes do. The server
// runs without its job worker here so that only the runs each test starts can charge.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, certificates, charges } from '../src/db/schema.js';
import { runCharge, runDueCharges, STALE_PROCESSING_MS } from '../src/modules/payments/charge-runner.js';
import type { ChargeRequest, ChargeResult, PaymentProvider } from '../src/modules/payments/payment-provider.js';
import { paymentProviderFor } from '../src/modules/payments/payment-providers.js';
import { createSandboxProvider } from '../src/modules/payments/sandbox-provider.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { contractorPayAgency, createMasterPolicies, moveTo, scheduledCharge } from './factories/index.js';
import { chargesOf, historyOf, statusOf } from './support/inspect.js';

const HOUR = 3_600_000;

let server: TestServer;
let setup: Awaited<ReturnType<typeof contractorPayAgency>>;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  await createMasterPolicies(server);
  setup = await contractorPayAgency(server);
});
afterAll(async () => server?.stop());

/** The server's provider, counting the calls that reach it; each call takes a moment, so racing runs overlap. */
function countingProvider(options: { failFirst?: number } = {}) {
  const inner = paymentProviderFor(server.coverline.deps);
  const calls: { key: string; result?: ChargeResult }[] = [];
  let failures = options.failFirst ?? 0;
  const provider: PaymentProvider = {
    name: inner.name,
    attachPaymentMethod: (token) => inner.attachPaymentMethod(token),
    async charge(request: ChargeRequest): Promise<ChargeResult> {
      const call: { key: string; result?: ChargeResult } = { key: request.idempotencyKey };
      calls.push(call);
      await new Promise((resolve) => setTimeout(resolve, 25));
      if (failures > 0) {
        failures--;
        throw new Error('connect ETIMEDOUT');
      }
      const result = await inner.charge(request);
      call.result = result;
      return result;
    },
  };
  return { provider, calls };
}

async function certificateCount(assignment: { agencyId: string; id: string }) {
  const rows = await server.db
    .select({ id: certificates.id })
    .from(certificates)
    .where(and(eq(certificates.agencyId, assignment.agencyId), eq(certificates.assignmentId, assignment.id)));
  return rows.length;
}

async function expectPaidOnce(assignment: { agencyId: string; id: string }) {
  expect(await statusOf(server, assignment)).toBe('COVERED');
  expect((await chargesOf(server, assignment)).filter((c) => c.status === 'SUCCEEDED')).toHaveLength(1);
  expect((await historyOf(server, assignment)).filter((h) => h.toStatus === 'COVERED')).toHaveLength(1);
  expect(await certificateCount(assignment)).toBe(1);
}

describe('exactly one successful charge per assignment', () => {
  it('when two workers run the due charges at the same time', async () => {
    const scheduled = await Promise.all(Array.from({ length: 6 }, () => scheduledCharge(server, setup)));
    server.clock.advance(24 * HOUR + 60_000);
    const { provider, calls } = countingProvider();

    await Promise.all([runDueCharges(server.coverline.deps, provider), runDueCharges(server.coverline.deps, provider)]);

    const keys = scheduled.map(({ assignment }) => `assignment:${assignment.id}:attempt:1`).sort();
    expect(calls.map((c) => c.key).sort()).toEqual(keys);
    for (const { assignment } of scheduled) await expectPaidOnce(assignment);
  });

  it('when two executions of the same charge race (the job and the cron)', async () => {
    const { assignment } = await scheduledCharge(server, setup);
    const [charge] = await chargesOf(server, assignment);
    if (!charge) throw new Error('no charge');
    server.clock.advance(24 * HOUR + 60_000);
    const { provider, calls } = countingProvider();

    const key = { agencyId: charge.agencyId, chargeId: charge.id };
    const outcomes = await Promise.all([runCharge(server.coverline.deps, key, provider), runCharge(server.coverline.deps, key, provider)]);

    expect(outcomes.map((o) => o.kind).sort()).toEqual(['skipped', 'succeeded']);
    expect(calls).toHaveLength(1);
    await expectPaidOnce(assignment);
  });

  it('when a worker died mid-charge: after 5 minutes the charge is re-run with the same key and gets the first result', async () => {
    const { assignment } = await scheduledCharge(server, setup);
    const [charge] = await chargesOf(server, assignment);
    if (!charge) throw new Error('no charge');
    server.clock.advance(24 * HOUR + 60_000);
    // The dead worker: it claimed the charge and reached the provider, then never recorded the result.
    await server.db.update(charges).set({ status: 'PROCESSING', attemptedAt: server.clock.now() }).where(eq(charges.id, charge.id));
    const method = await server.db.query.paymentMethods.findFirst({ where: (pm, { eq: equals }) => equals(pm.id, charge.paymentMethodId ?? '') });
    const lost = await paymentProviderFor(server.coverline.deps).charge({
      amountCents: charge.amountCents,
      currency: 'usd',
      providerToken: method?.providerToken ?? '',
      idempotencyKey: charge.idempotencyKey,
      description: 'the call whose answer was lost',
      metadata: { agencyId: charge.agencyId },
    });
    expect(lost.status).toBe('succeeded');

    const { provider, calls } = countingProvider();
    await runDueCharges(server.coverline.deps, provider);
    expect(calls).toHaveLength(0); // still within the dead worker's 5 minutes
    server.clock.advance(STALE_PROCESSING_MS + 1_000);
    await runDueCharges(server.coverline.deps, provider);

    expect(calls).toEqual([{ key: charge.idempotencyKey, result: lost }]);
    const [paid] = await chargesOf(server, assignment);
    expect(paid).toMatchObject({ status: 'SUCCEEDED', providerChargeId: lost.status === 'succeeded' ? lost.providerChargeId : null });
    await expectPaidOnce(assignment);
  });

  it('when the provider cannot be reached: the charge waits, then is retried with the same key', async () => {
    const { assignment } = await scheduledCharge(server, setup);
    server.clock.advance(24 * HOUR + 60_000);
    const { provider, calls } = countingProvider({ failFirst: 1 });

    await runDueCharges(server.coverline.deps, provider);
    expect(await statusOf(server, assignment)).toBe('AWAITING_PAYMENT');
    expect((await chargesOf(server, assignment)).map((c) => c.status)).toEqual(['PROCESSING']);

    server.clock.advance(STALE_PROCESSING_MS + 1_000);
    await runDueCharges(server.coverline.deps, provider);
    expect(calls.map((c) => c.key)).toEqual([`assignment:${assignment.id}:attempt:1`, `assignment:${assignment.id}:attempt:1`]);
    await expectPaidOnce(assignment);
  });

  it('when a second charge of a paid assignment slips through: the unique index refuses it, and it is kept for a refund', async () => {
    const { assignment } = await scheduledCharge(server, setup);
    server.clock.advance(24 * HOUR + 60_000);
    await runDueCharges(server.coverline.deps);
    const [first] = await chargesOf(server, assignment);
    expect(first?.status).toBe('SUCCEEDED');
    // A second attempt that scheduling would never create, left PROCESSING by a dead worker.
    await server.db.insert(charges).values({
      agencyId: assignment.agencyId,
      assignmentId: assignment.id,
      paymentMethodId: first?.paymentMethodId ?? null,
      amountCents: first?.amountCents ?? 1,
      status: 'PROCESSING',
      idempotencyKey: `assignment:${assignment.id}:attempt:2`,
      provider: 'sandbox',
      scheduledFor: server.clock.now(),
      attemptedAt: new Date(server.clock.now().getTime() - STALE_PROCESSING_MS - 1_000),
    });

    await runDueCharges(server.coverline.deps);

    const rows = await chargesOf(server, assignment);
    expect(rows.map((c) => c.status).sort()).toEqual(['CANCELLED', 'SUCCEEDED']);
    expect(rows.find((c) => c.status === 'CANCELLED')?.failureMessage).toMatch(/already been paid.*Refund/);
    await expectPaidOnce(assignment);
  });
});

describe('charges that must not be made', () => {
  it('a due charge of an assignment that no longer awaits payment is cancelled, not charged', async () => {
    const { assignment } = await scheduledCharge(server, setup);
    // A status change that bypassed the lifecycle (so nothing cancelled the charge).
    await server.db.update(assignments).set({ status: 'CANCELLED' }).where(and(eq(assignments.agencyId, assignment.agencyId), eq(assignments.id, assignment.id)));
    server.clock.advance(24 * HOUR + 60_000);
    const { provider, calls } = countingProvider();
    await runDueCharges(server.coverline.deps, provider);
    expect(calls).toEqual([]);
    expect((await chargesOf(server, assignment))[0]).toMatchObject({ status: 'CANCELLED', failureMessage: 'Not charged: the assignment is cancelled.' });
  });

  it('an assignment cannot be cancelled while its charge is being made', async () => {
    const { assignment } = await scheduledCharge(server, setup);
    await server.db
      .update(charges)
      .set({ status: 'PROCESSING', attemptedAt: server.clock.now() })
      .where(and(eq(charges.agencyId, assignment.agencyId), eq(charges.assignmentId, assignment.id)));
    await expect(
      moveTo(server, assignment, 'CANCELLED'),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'assignmentId' } });
    expect(await statusOf(server, assignment)).toBe('AWAITING_PAYMENT');
  });
});

describe('the sandbox provider', () => {
  const sandbox = () => createSandboxProvider(server.coverline.deps);

  async function chargeRow(assignment: { agencyId: string; id: string }) {
    const [row] = await chargesOf(server, assignment);
    if (!row) throw new Error('no charge');
    return row;
  }

  const request = (row: { agencyId: string; idempotencyKey: string }, token: string): ChargeRequest => ({
    amountCents: 4_250,
    currency: 'usd',
    providerToken: token,
    idempotencyKey: row.idempotencyKey,
    description: 'test',
    metadata: { agencyId: row.agencyId },
  });

  it('gives a repeated idempotency key the first result and makes one charge, even when the calls race', async () => {
    const row = await chargeRow((await scheduledCharge(server, setup)).assignment);
    const results = await Promise.all([sandbox().charge(request(row, 'pm_card_visa')), sandbox().charge(request(row, 'pm_card_visa')), sandbox().charge(request(row, 'pm_card_visa'))]);
    expect(results[0]).toMatchObject({ status: 'succeeded', providerChargeId: expect.stringMatching(/^ch_sandbox_/) });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    // The one charge the sandbox made is the one remembered on the row.
    const [stored] = await server.db.select({ id: charges.providerChargeId }).from(charges).where(eq(charges.id, row.id));
    expect(stored?.id).toBe(results[0]?.status === 'succeeded' ? results[0].providerChargeId : undefined);
    // Like Stripe, a different card under the same key still gets the first result.
    expect(await sandbox().charge(request(row, 'pm_card_chargeDeclined'))).toEqual(results[0]);
  });

  it('repeats a decline for a repeated key', async () => {
    const row = await chargeRow((await scheduledCharge(server, setup, { token: 'pm_card_chargeDeclined' })).assignment);
    const first = await sandbox().charge(request(row, 'pm_card_chargeDeclined'));
    expect(first).toMatchObject({ status: 'declined', declineCode: 'generic_decline', message: 'Your card was declined.' });
    expect(await sandbox().charge(request(row, 'pm_card_visa'))).toMatchObject({ status: 'declined', message: 'Your card was declined.' });
  });

  it('remembers keys that have no charges row for the life of the process', async () => {
    const provider = sandbox();
    const detached = { agencyId: setup.agency.id, idempotencyKey: `no-row:${Date.now()}` };
    const first = await provider.charge(request(detached, 'pm_card_mastercard'));
    expect(first.status).toBe('succeeded');
    expect(await provider.charge(request(detached, 'pm_card_mastercard'))).toEqual(first);
  });

  it('accepts Stripe test tokens and refuses anything else, card numbers included', async () => {
    await expect(sandbox().attachPaymentMethod('pm_card_visa')).resolves.toMatchObject({ providerToken: 'pm_card_visa', brand: 'visa', last4: '4242' });
    await expect(sandbox().attachPaymentMethod('pm_card_mastercard')).resolves.toMatchObject({ brand: 'mastercard', last4: '4444' });
    await expect(sandbox().attachPaymentMethod('pm_card_chargeDeclined')).resolves.toMatchObject({ brand: 'visa', last4: '0002' });
    await expect(sandbox().attachPaymentMethod('4242424242424242')).rejects.toThrow(/not accepted/);
    await expect(sandbox().attachPaymentMethod('pm_card_made_up')).rejects.toThrow(/not accepted/);
  });
});

it('leaves no charge in PROCESSING behind', async () => {
  server.clock.advance(STALE_PROCESSING_MS + 1_000);
  await runDueCharges(server.coverline.deps);
  const rows = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from charges where status = 'PROCESSING'`);
  expect(rows[0]?.n).toBe(0);
});
