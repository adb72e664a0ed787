// What entering or leaving AWAITING_PAYMENT sets in motion for contractor pay: the charge announced
// 24 hours ahead (a job at that time, the cron as a safety net, and the notice), or the cancellation
// of charges not yet made. Lock order everywhere in payments: the assignment row first, then its charges.
import { chargeDueAt, chargeIdempotencyKey, chargeJobKey, type ChargeStatus } from '@coverline/domain';
import type { ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput } from '../../graphql/errors.js';
import { addJob, removeJob } from '../../jobs/queue.js';
import { recordAudit } from '../audit/audit.js';
import { sendChargeNotice } from './payment-notices.js';
import { paymentProviderFor } from './payment-providers.js';

const OPEN_CHARGE_STATUSES: ChargeStatus[] = ['SCHEDULED', 'PROCESSING'];

/**
 * Schedules the charge of an assignment that entered AWAITING_PAYMENT and emails the contractor the
 * notice. Does nothing if the assignment already has an open or a successful charge.
 */
export async function scheduleCharge(tx: ScopedTransaction, deps: ServerDependencies, input: { agencyId: string; assignmentId: string }): Promise<void> {
  const assignment = await tx.stores.assignments.lock({ agencyId: input.agencyId, id: input.assignmentId });
  if (!assignment) throw new Error(`assignment ${input.assignmentId} does not exist`);
  if (assignment.payer !== 'CONTRACTOR') throw new Error(`assignment ${input.assignmentId} is paid by the agency: the contractor is not charged`);
  const existing = await tx.stores.payments.chargesOf(input);
  if (existing.some((charge) => charge.status === 'SUCCEEDED' || OPEN_CHARGE_STATUSES.includes(charge.status))) return;
  const method = await tx.stores.payments.currentMethod({ agencyId: input.agencyId, contractorId: assignment.contractorId });
  const now = deps.now();
  const scheduledFor = chargeDueAt(now);
  const charge = await tx.stores.payments.insertCharge({
    agencyId: input.agencyId,
    assignmentId: input.assignmentId,
    paymentMethodId: method?.id ?? null,
    amountCents: assignment.premiumCents,
    status: 'SCHEDULED',
    idempotencyKey: chargeIdempotencyKey(input.assignmentId, existing.length + 1),
    provider: method?.provider ?? paymentProviderFor(deps).name,
    scheduledFor,
    createdAt: now,
  });
  await addJob(tx.db, 'charge_assignment', { agencyId: input.agencyId, chargeId: charge.id }, { runAt: scheduledFor, jobKey: chargeJobKey(charge.id) });
  await sendChargeNotice(tx, deps, charge);
  await recordAudit(tx, {
    action: 'charge.schedule',
    agencyId: input.agencyId,
    targetType: 'charge',
    targetId: charge.id,
    data: { assignmentId: input.assignmentId, amountCents: charge.amountCents, scheduledFor: scheduledFor.toISOString() },
  });
}

/**
 * Called when an assignment is cancelled or opted out of: charges not yet made are cancelled too, and
 * their jobs removed (the job would skip a cancelled charge anyway). A charge being made right now
 * cannot be stopped, so the change is refused until it is settled.
 */
export async function cancelScheduledCharges(tx: ScopedTransaction, input: { agencyId: string; assignmentId: string }, reason: string): Promise<void> {
  await tx.stores.assignments.lock({ agencyId: input.agencyId, id: input.assignmentId });
  const open = await tx.stores.payments.chargesOf(input, { statuses: OPEN_CHARGE_STATUSES, lock: true });
  if (open.some((charge) => charge.status === 'PROCESSING')) {
    throw badUserInput('assignmentId', "The contractor's payment for this assignment is being processed right now. Try again in a few minutes.");
  }
  for (const charge of open) {
    await tx.stores.payments.updateCharge({ agencyId: charge.agencyId, chargeId: charge.id }, { status: 'CANCELLED' }, 'SCHEDULED');
    await removeJob(tx.db, chargeJobKey(charge.id));
    await recordAudit(tx, { action: 'charge.cancel', agencyId: charge.agencyId, targetType: 'charge', targetId: charge.id, data: { assignmentId: charge.assignmentId, reason } });
  }
}
