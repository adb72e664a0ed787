// Contractor pay (DESIGN flow 5): the card on file, the charge announced 24 hours ahead when an assignment
// awaits payment, and what the contractor may do about it — opt out, change the card, retry after a decline.
// Running the charges is charge-runner.ts; the emails are payment-notices.ts.
import { z } from 'zod';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  chargeDueAt,
  chargeIdempotencyKey,
  chargeJobKey,
  formatCents,
  optOutRefusal,
  retryRefusal,
  type AssignmentStatus,
  type ChargeStatus,
} from '@coverline/domain';
import type { Executor, Transaction } from '../../db/client.js';
import { assignments, charges, paymentMethods } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import { authorize, type Action } from '../../graphql/authorization.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, forbidden, notFound } from '../../graphql/errors.js';
import type { Viewer } from '../../graphql/viewer.js';
import { addJob } from '../../jobs/queue.js';
import { recordAudit } from '../audit/audit.js';
import { lockAssignment, moveAssignment, SYSTEM, type AssignmentRow, type StatusChangeBy } from '../assignments/assignment-status.js';
import { executeClaimedCharge, type ChargeOutcome, type ChargeRow } from './charge-runner.js';
import { PaymentMethodRefused, paymentProviderFor } from './payment-provider.js';
import { sendChargeNotice, sendOptedOut } from './payment-notices.js';

export type SavedPaymentMethod = { id: string; brand: string; last4: string; expMonth: number | null; expYear: number | null };

export type ContractorCharge = {
  id: string;
  assignmentId: string;
  jobName: string;
  amountCents: number;
  status: ChargeStatus;
  scheduledFor: Date;
  attemptedAt: Date | null;
  failureMessage: string | null;
  paymentMethod: SavedPaymentMethod | null;
  viewerCanOptOut: boolean;
  viewerCanRetry: boolean;
};

export type ContractorPaymentResult = { assignmentId: string; status: AssignmentStatus; message: string; charge: ContractorCharge | null };

type ContractorViewer = Extract<Viewer, { kind: 'CONTRACTOR' }>;

const OPEN: ChargeStatus[] = ['SCHEDULED', 'PROCESSING'];

function toSaved(row: typeof paymentMethods.$inferSelect): SavedPaymentMethod {
  return { id: row.id, brand: row.brand, last4: row.last4, expMonth: row.expMonth, expYear: row.expYear };
}

// ---------------------------------------------------------------- called by other modules

/**
 * Called when an assignment enters AWAITING_PAYMENT: schedules its charge 24 hours ahead (a job at that
 * time, and the cron as a safety net) and emails the contractor the notice. Does nothing if the
 * assignment already has an open or a successful charge.
 */
export async function scheduleCharge(
  tx: Transaction,
  deps: ServerDependencies,
  by: StatusChangeBy,
  input: { agencyId: string; assignmentId: string },
): Promise<void> {
  const assignment = await lockAssignment(tx, input);
  if (!assignment) throw new Error(`assignment ${input.assignmentId} does not exist`);
  if (assignment.payer !== 'CONTRACTOR') throw new Error(`assignment ${input.assignmentId} is paid by the agency: the contractor is not charged`);
  const existing = await chargeStatuses(tx, input);
  if (existing.some((status) => status === 'SUCCEEDED' || OPEN.includes(status))) return;
  const method = await currentPaymentMethodRow(tx, { agencyId: input.agencyId, contractorId: assignment.contractorId });
  const now = deps.now();
  const scheduledFor = chargeDueAt(now);
  const [charge] = await tx
    .insert(charges)
    .values({
      agencyId: input.agencyId,
      assignmentId: input.assignmentId,
      paymentMethodId: method?.id ?? null,
      amountCents: assignment.premiumCents,
      status: 'SCHEDULED',
      idempotencyKey: chargeIdempotencyKey(input.assignmentId, existing.length + 1),
      provider: method?.provider ?? paymentProviderFor(deps).name,
      scheduledFor,
      createdAt: now,
    })
    .returning();
  if (!charge) throw new Error('charge insert returned nothing');
  await addJob(tx, 'charge_assignment', { agencyId: input.agencyId, chargeId: charge.id }, { runAt: scheduledFor, jobKey: chargeJobKey(charge.id) });
  await sendChargeNotice(tx, deps, charge);
  await recordAudit(tx, by, {
    action: 'charge.schedule',
    agencyId: input.agencyId,
    targetType: 'charge',
    targetId: charge.id,
    data: { assignmentId: input.assignmentId, amountCents: charge.amountCents, scheduledFor: scheduledFor.toISOString() },
  });
}

/**
 * Saves the card a contractor gave (as a provider token) as their payment method on file, replacing the
 * previous one; charges not yet made switch to it. An unusable token is BAD_USER_INPUT on `paymentMethodToken`.
 */
export async function attachPaymentMethod(
  tx: Transaction,
  deps: ServerDependencies,
  input: { agencyId: string; contractorId: string; paymentMethodToken: string },
): Promise<SavedPaymentMethod> {
  const token = input.paymentMethodToken.trim();
  if (token === '') throw badUserInput('paymentMethodToken', 'Add a card to pay for your coverage.');
  if (token.length > 255) throw badUserInput('paymentMethodToken', 'This card was not accepted. Enter it again.');
  const provider = paymentProviderFor(deps);
  let card;
  try {
    card = await provider.attachPaymentMethod(token);
  } catch (error) {
    if (error instanceof PaymentMethodRefused) throw badUserInput('paymentMethodToken', error.message);
    throw error;
  }
  const now = deps.now();
  const ofContractor = and(eq(paymentMethods.agencyId, input.agencyId), eq(paymentMethods.contractorId, input.contractorId));
  await tx.update(paymentMethods).set({ detachedAt: now }).where(and(ofContractor, isNull(paymentMethods.detachedAt)));
  const [row] = await tx
    .insert(paymentMethods)
    .values({
      agencyId: input.agencyId,
      contractorId: input.contractorId,
      provider: provider.name,
      providerToken: card.providerToken,
      brand: card.brand,
      last4: card.last4,
      expMonth: card.expMonth,
      expYear: card.expYear,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('payment method insert returned nothing');
  // Charges announced but not yet made follow the card on file.
  const contractorAssignments = tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.agencyId, input.agencyId), eq(assignments.contractorId, input.contractorId)));
  await tx
    .update(charges)
    .set({ paymentMethodId: row.id, provider: provider.name })
    .where(and(eq(charges.agencyId, input.agencyId), eq(charges.status, 'SCHEDULED'), inArray(charges.assignmentId, contractorAssignments)));
  return toSaved(row);
}

export async function currentPaymentMethod(executor: Executor, input: { agencyId: string; contractorId: string }): Promise<SavedPaymentMethod | null> {
  const row = await currentPaymentMethodRow(executor, input);
  return row ? toSaved(row) : null;
}

/**
 * Called when an assignment is cancelled: charges not yet made are cancelled too. A charge being made
 * right now cannot be stopped, so the cancellation is refused until it is settled.
 */
export async function cancelScheduledCharges(tx: Transaction, _deps: ServerDependencies, input: { agencyId: string; assignmentId: string }): Promise<void> {
  await lockAssignment(tx, input);
  const open = await tx
    .select()
    .from(charges)
    .where(and(eq(charges.agencyId, input.agencyId), eq(charges.assignmentId, input.assignmentId), inArray(charges.status, OPEN)))
    .for('update');
  if (open.some((charge) => charge.status === 'PROCESSING')) {
    throw badUserInput('assignmentId', "The contractor's payment for this assignment is being processed right now. Try again in a few minutes.");
  }
  await cancelCharges(tx, SYSTEM, open, 'The assignment was cancelled.');
}

// ---------------------------------------------------------------- the contractor's own use cases

/** Opts out of an assignment's coverage before its charge is made: the charge is cancelled and the agency told. */
export async function optOutOfCharge(ctx: Context, assignmentId: string): Promise<ContractorPaymentResult> {
  const viewer = actingContractor(ctx, 'payment:manage');
  const by: StatusChangeBy = { viewer, ip: ctx.ip };
  const { deps } = ctx;
  const chargeId = await deps.db.transaction(async (tx) => {
    const assignment = await lockOwnAssignment(tx, viewer, assignmentId);
    const rows = await tx.select().from(charges).where(and(eq(charges.agencyId, viewer.agencyId), eq(charges.assignmentId, assignment.id)));
    const refusal = optOutRefusal(assignment.status, rows.map((c) => c.status));
    if (refusal) throw badUserInput('assignmentId', refusal);
    const scheduled = rows.filter((c) => c.status === 'SCHEDULED');
    await cancelCharges(tx, by, scheduled, 'The contractor opted out.');
    await moveAssignment(tx, deps, by, { agencyId: viewer.agencyId, assignmentId: assignment.id, to: 'OPTED_OUT', reason: 'The contractor opted out before the charge.' });
    await sendOptedOut(tx, { agencyId: viewer.agencyId, assignmentId: assignment.id, paymentMethodId: null, amountCents: scheduled[0]?.amountCents ?? assignment.premiumCents });
    return scheduled[0]?.id ?? null;
  });
  return {
    assignmentId,
    status: 'OPTED_OUT',
    message: 'You opted out: your card will not be charged, and you are not covered for this assignment.',
    charge: chargeId ? await findContractorCharge(deps.db, viewer, chargeId) : null,
  };
}

/** Replaces the contractor's card on file; charges not yet made switch to it. */
export async function updatePaymentMethod(ctx: Context, paymentMethodToken: string): Promise<SavedPaymentMethod> {
  const viewer = actingContractor(ctx, 'payment:manage');
  return ctx.deps.db.transaction(async (tx) => {
    const saved = await attachPaymentMethod(tx, ctx.deps, { agencyId: viewer.agencyId, contractorId: viewer.contractorId, paymentMethodToken });
    await recordAudit(
      tx,
      { viewer, ip: ctx.ip },
      { action: 'payment_method.update', agencyId: viewer.agencyId, targetType: 'contractor', targetId: viewer.contractorId, data: { paymentMethodId: saved.id, brand: saved.brand, last4: saved.last4 } },
    );
    return saved;
  });
}

/**
 * After a decline: the assignment awaits payment again and the card on file is charged at once, with a
 * new idempotency key (the next attempt). Coverage binds if it succeeds.
 */
export async function retryCharge(ctx: Context, assignmentId: string): Promise<ContractorPaymentResult> {
  const viewer = actingContractor(ctx, 'payment:manage');
  const by: StatusChangeBy = { viewer, ip: ctx.ip };
  const { deps } = ctx;
  const provider = paymentProviderFor(deps);
  const charge: ChargeRow = await deps.db.transaction(async (tx) => {
    const assignment = await lockOwnAssignment(tx, viewer, assignmentId);
    const statuses = await chargeStatuses(tx, { agencyId: viewer.agencyId, assignmentId: assignment.id });
    const refusal = retryRefusal(assignment.status, statuses);
    if (refusal) throw badUserInput('assignmentId', refusal);
    const method = await currentPaymentMethodRow(tx, { agencyId: viewer.agencyId, contractorId: viewer.contractorId });
    if (!method) throw badUserInput('paymentMethodToken', 'Add a card before retrying the payment.');
    const now = deps.now();
    // Claimed at insert (PROCESSING): no job or other runner can take it, and scheduleCharge (run when the assignment
    // re-enters AWAITING_PAYMENT below) sees an open charge and announces none. If this process dies, the cron re-runs it with the same key.
    const [row] = await tx
      .insert(charges)
      .values({
        agencyId: viewer.agencyId,
        assignmentId: assignment.id,
        paymentMethodId: method.id,
        amountCents: assignment.premiumCents,
        status: 'PROCESSING',
        idempotencyKey: chargeIdempotencyKey(assignment.id, statuses.length + 1),
        provider: method.provider,
        scheduledFor: now,
        attemptedAt: now,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error('charge insert returned nothing');
    await moveAssignment(tx, deps, by, { agencyId: viewer.agencyId, assignmentId: assignment.id, to: 'AWAITING_PAYMENT', reason: 'The contractor retried the payment.' });
    await recordAudit(tx, by, { action: 'charge.retry', agencyId: viewer.agencyId, targetType: 'charge', targetId: row.id, data: { assignmentId: assignment.id, amountCents: row.amountCents } });
    return row;
  });
  const outcome = await executeClaimedCharge(deps, provider, charge);
  const [assignment] = await deps.db
    .select({ status: assignments.status })
    .from(assignments)
    .where(and(eq(assignments.agencyId, viewer.agencyId), eq(assignments.id, charge.assignmentId)));
  return {
    assignmentId,
    status: assignment?.status ?? 'AWAITING_PAYMENT',
    message: retryMessage(outcome, charge.amountCents),
    charge: await findContractorCharge(deps.db, viewer, charge.id),
  };
}

function retryMessage(outcome: ChargeOutcome, amountCents: number): string {
  switch (outcome.kind) {
    case 'succeeded':
    case 'already-paid':
      return `Payment of ${formatCents(amountCents)} received: you are covered.`;
    case 'declined':
      return `Your card was declined: ${outcome.message} Update your card and try again.`;
    default:
      return 'Your payment is being processed. Refresh in a few minutes to see the result.';
  }
}

/** The contractor's card on file, or null. */
export async function findMyPaymentMethod(ctx: Context): Promise<SavedPaymentMethod | null> {
  const viewer = actingContractor(ctx, 'contractor-self:read');
  return currentPaymentMethod(ctx.deps.db, { agencyId: viewer.agencyId, contractorId: viewer.contractorId });
}

/** The contractor's charges, newest first, with what they may do about each. */
export async function listMyCharges(ctx: Context): Promise<ContractorCharge[]> {
  const viewer = actingContractor(ctx, 'contractor-self:read');
  return contractorCharges(ctx.deps.db, viewer);
}

// ---------------------------------------------------------------- helpers

/** The signed-in contractor, after checking `action` (UNAUTHENTICATED / FORBIDDEN otherwise). */
function actingContractor(ctx: Context, action: Action): ContractorViewer {
  authorize(ctx.viewer, action);
  if (ctx.viewer.kind !== 'CONTRACTOR') throw forbidden();
  return ctx.viewer;
}

/** Locks one of the contractor's own assignments; anyone else's answers exactly like a missing one. */
async function lockOwnAssignment(tx: Transaction, viewer: ContractorViewer, assignmentId: string): Promise<AssignmentRow> {
  if (!z.uuid().safeParse(assignmentId).success) throw notFound('Assignment');
  const [row] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.agencyId, viewer.agencyId), eq(assignments.id, assignmentId), eq(assignments.contractorId, viewer.contractorId)))
    .for('update');
  if (!row) throw notFound('Assignment');
  return row;
}

async function currentPaymentMethodRow(executor: Executor, input: { agencyId: string; contractorId: string }) {
  const [row] = await executor
    .select()
    .from(paymentMethods)
    .where(and(eq(paymentMethods.agencyId, input.agencyId), eq(paymentMethods.contractorId, input.contractorId), isNull(paymentMethods.detachedAt)))
    .orderBy(desc(paymentMethods.createdAt))
    .limit(1);
  return row ?? null;
}

async function chargeStatuses(executor: Executor, input: { agencyId: string; assignmentId: string }): Promise<ChargeStatus[]> {
  const rows = await executor
    .select({ status: charges.status })
    .from(charges)
    .where(and(eq(charges.agencyId, input.agencyId), eq(charges.assignmentId, input.assignmentId)));
  return rows.map((row) => row.status);
}

/** Cancels charges not yet made and removes their jobs (the job would skip a cancelled charge anyway). */
async function cancelCharges(tx: Transaction, by: StatusChangeBy, rows: ChargeRow[], reason: string): Promise<void> {
  for (const charge of rows) {
    if (charge.status !== 'SCHEDULED') continue;
    await tx.update(charges).set({ status: 'CANCELLED' }).where(and(eq(charges.agencyId, charge.agencyId), eq(charges.id, charge.id), eq(charges.status, 'SCHEDULED')));
    await tx.execute(sql`select graphile_worker.remove_job(${chargeJobKey(charge.id)}::text)`);
    await recordAudit(tx, by, { action: 'charge.cancel', agencyId: charge.agencyId, targetType: 'charge', targetId: charge.id, data: { assignmentId: charge.assignmentId, reason } });
  }
}

async function contractorCharges(executor: Executor, viewer: ContractorViewer, chargeId?: string): Promise<ContractorCharge[]> {
  const rows = await executor
    .select({ charge: charges, jobName: assignments.jobName, assignmentStatus: assignments.status, method: paymentMethods })
    .from(charges)
    .innerJoin(assignments, and(eq(assignments.agencyId, charges.agencyId), eq(assignments.id, charges.assignmentId)))
    .leftJoin(paymentMethods, and(eq(paymentMethods.agencyId, charges.agencyId), eq(paymentMethods.id, charges.paymentMethodId)))
    .where(and(eq(charges.agencyId, viewer.agencyId), eq(assignments.contractorId, viewer.contractorId), chargeId ? eq(charges.id, chargeId) : undefined))
    .orderBy(desc(charges.createdAt), desc(charges.idempotencyKey))
    .limit(200);
  const assignmentIds = [...new Set(rows.map((row) => row.charge.assignmentId))];
  const all = assignmentIds.length
    ? await executor
        .select({ assignmentId: charges.assignmentId, status: charges.status })
        .from(charges)
        .where(and(eq(charges.agencyId, viewer.agencyId), inArray(charges.assignmentId, assignmentIds)))
    : [];
  const statuses = new Map<string, ChargeStatus[]>();
  for (const row of all) statuses.set(row.assignmentId, [...(statuses.get(row.assignmentId) ?? []), row.status]);
  return rows.map(({ charge, jobName, assignmentStatus, method }) => {
    const ofAssignment = statuses.get(charge.assignmentId) ?? [charge.status];
    return {
      id: charge.id,
      assignmentId: charge.assignmentId,
      jobName,
      amountCents: charge.amountCents,
      status: charge.status,
      scheduledFor: charge.scheduledFor,
      attemptedAt: charge.attemptedAt,
      // Internal notes on cancelled charges are not the contractor's business; a decline's reason is.
      failureMessage: charge.status === 'FAILED' ? charge.failureMessage : null,
      paymentMethod: method ? toSaved(method) : null,
      viewerCanOptOut: charge.status === 'SCHEDULED' && optOutRefusal(assignmentStatus, ofAssignment) === null,
      viewerCanRetry: charge.status === 'FAILED' && retryRefusal(assignmentStatus, ofAssignment) === null,
    };
  });
}

async function findContractorCharge(executor: Executor, viewer: ContractorViewer, chargeId: string): Promise<ContractorCharge | null> {
  const [charge] = await contractorCharges(executor, viewer, chargeId);
  return charge ?? null;
}
