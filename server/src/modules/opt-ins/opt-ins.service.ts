// Opt-in (rule 3, flow 4): the contractor confirms a pre-filled form from their link; the assignments
// it covers then move on to payment or coverage. Reminders go to those who have not confirmed.
// Whoever holds a working link acts as its contractor, in the contractor's scope.
import { dueReminderDay, formatCents, nextStatusAfterOptIn, OPT_IN_CORRECTABLE_FIELDS, optInFormSnapshot, phoneSchema, postalCodeSchema, signatureMatches, TERMS_VERSION, usStateCodeSchema, LANGUAGES, DEFAULT_LANGUAGE, type RefusalReason } from '@coverline/domain';
import { z } from 'zod';
import { asSystem, type Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { ScopedTransaction } from '../../access/scope.js';
import { isUuid } from '../../access/store.js';
import { spendMailQuota } from '../../mail/sending-quota.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { enqueueMail } from '../../mail/outbox.js';
import { optInReminderMail, type OptInPayment } from '../../mail/templates.js';
import { moveAssignment } from '../assignment-lifecycle/assignment-lifecycle.js';
import { recordAudit } from '../audit/audit.js';
import { contractorLinkFor, contractorScopeForLink, type ContractorLink } from '../auth/contractor-link.service.js';
import type { ContractorRow } from '../contractors/contractors.store.js';
import { attachPaymentMethod } from '../payments/payment-methods.js';
import { applicationEventData } from '../webhooks/webhook-event-data.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import type { OptInRow } from './opt-ins.store.js';
import type { OptInForm, OptInInput, OptInReminderSkipReason, OptInRemindersResult, OptInResult } from './opt-ins.types.js';
import { STATUS_REASONS } from '../assignment-lifecycle/status-reasons.js';

/** The opt-in a link leads to: the one it was sent for, else the contractor's newest open one, else the newest. */
async function optInForLink(tx: ScopedTransaction, link: ContractorLink): Promise<OptInRow | undefined> {
  const rows = await tx.stores.optIns.ofContractor({ agencyId: link.agencyId, id: link.contractorId });
  return (
    rows.find((row) => row.id === link.optInId && row.status === 'PENDING') ??
    rows.find((row) => row.status === 'PENDING') ??
    rows.find((row) => row.id === link.optInId) ??
    rows[0]
  );
}

export async function getOptInForm(access: Access, token: string): Promise<OptInForm | null> {
  authorize(access, 'opt-in:read');
  const found = await contractorScopeForLink(access, token);
  if (!found) return null;
  const { link, scope } = found;
  return scope.transaction(async (tx) => {
    const [contractor, agency, optIn] = await Promise.all([tx.stores.contractors.byId(link.contractorId), tx.stores.agencies.byId(link.agencyId), optInForLink(tx, link)]);
    if (!contractor || !agency || !optIn) return null;
    const covered = await tx.stores.optIns.coveredAssignments(optIn);
    const paymentMethod = optIn.payer === 'CONTRACTOR' ? await tx.stores.payments.currentMethod(link) : null;
    return {
      completed: optIn.status === 'COMPLETED',
      agencyName: agency.name,
      contractor,
      payer: optIn.payer,
      assignments: covered,
      termsVersion: TERMS_VERSION,
      paymentMethod: paymentMethod && { brand: paymentMethod.brand, last4: paymentMethod.last4 },
    };
  });
}

const optInInputSchema = z.object({
  acceptTerms: z.literal(true, { message: 'Accept the terms to confirm your coverage' }),
  signatureName: z.string().trim().min(2, { message: 'Type your full name to sign' }).max(200),
  phone: z.nullish(phoneSchema),
  addressLine1: z.string().trim().max(200).nullish(),
  city: z.string().trim().max(100).nullish(),
  state: z.nullish(usStateCodeSchema),
  postalCode: z.nullish(postalCodeSchema),
  paymentMethodToken: z.string().trim().min(1).max(200).nullish(),
  cardExpiry: z.object({ month: z.number().int(), year: z.number().int() }).nullish(),
  language: z.enum(LANGUAGES).nullish(),
});

export async function submitOptIn(access: Access, token: string, input: OptInInput): Promise<OptInResult> {
  authorize(access, 'opt-in:submit');
  const data = parseInput(optInInputSchema, input);
  const { deps } = access;
  const found = await contractorScopeForLink(access, token);
  if (!found) throw badUserInput('token', 'This link is invalid or has expired. Ask the agency that placed you for a new one.');
  const { link, scope } = found;
  return scope.transaction(async (tx) => {
    const optIn = await optInForLink(tx, link);
    const claimed = optIn ? await tx.stores.optIns.lock(optIn) : null;
    if (!claimed || claimed.status !== 'PENDING') throw badUserInput('token', 'There is nothing left to confirm: this opt-in is already complete.', 'OPT_IN_ALREADY_COMPLETED');
    const contractor = await tx.stores.contractors.byId(link.contractorId);
    if (!contractor) throw notFound('Contractor');
    if (!signatureMatches(data.signatureName, `${contractor.firstName} ${contractor.lastName}`)) {
      throw badUserInput('signatureName', `Type your full name exactly as shown: ${contractor.firstName} ${contractor.lastName}`);
    }
    if (claimed.payer === 'CONTRACTOR') {
      if (data.paymentMethodToken) await attachPaymentMethod(tx, deps, { ...link, paymentMethodToken: data.paymentMethodToken, cardExpiry: data.cardExpiry });
      else if (!(await tx.stores.payments.currentMethod(link))) throw badUserInput('paymentMethodToken', 'Add a card: you pay the premium for these assignments.');
    }
    const corrections = Object.fromEntries(
      OPT_IN_CORRECTABLE_FIELDS.filter((field) => data[field]).map((field) => [field, data[field]]),
    );
    const acceptedAt = deps.now();
    const termsLanguage = data.language ?? DEFAULT_LANGUAGE;
    // The language they signed in is the one they read: their app and emails follow it from now on.
    const updated = await tx.stores.contractors.update(contractor, { ...corrections, optInStatus: 'OPTED_IN', preferredLanguage: termsLanguage, ...(data.language ? { languageChosenAt: acceptedAt } : {}), updatedAt: acceptedAt });
    const covered = await tx.stores.optIns.coveredAssignments(claimed);
    const completed = await tx.stores.optIns.complete(claimed, {
      completedAt: acceptedAt,
      signatureName: data.signatureName,
      signatureIp: access.ip,
      termsVersion: TERMS_VERSION,
      termsLanguage,
      formSnapshot: optInFormSnapshot({
        contractor,
        corrections,
        signatureName: data.signatureName,
        payer: claimed.payer,
        acceptedAt,
        assignments: covered,
        termsLanguage,
      }),
    });
    await recordAudit(tx, { action: 'opt_in.complete', agencyId: link.agencyId, targetType: 'opt_in', targetId: claimed.id, data: { corrections: Object.keys(corrections) } });
    await recordWebhookEvent(tx, { agencyId: link.agencyId, type: 'application.complete', data: applicationEventData(completed, covered.map((assignment) => assignment.id)) });
    const moved = [];
    for (const assignment of await tx.stores.assignments.waitingOnOptIn(claimed)) {
      moved.push(
        await moveAssignment(tx, deps, {
          agencyId: link.agencyId,
          assignmentId: assignment.id,
          to: nextStatusAfterOptIn({ payer: assignment.payer }),
          reason: STATUS_REASONS.optInConfirmed,
        }),
      );
    }
    return { contractor: { id: contractor.id, optInStatus: updated.optInStatus }, assignments: moved.map(({ id, status }) => ({ id, status })) };
  });
}

/** The reminder of an open opt-in; a contractor who pays is told the total of what it still asks them to confirm. */
async function mailReminder(tx: ScopedTransaction, contractor: ContractorRow, optIn: OptInRow, url: string) {
  const agency = await tx.stores.agencies.byId(contractor.agencyId);
  const payment: OptInPayment =
    optIn.payer === 'CONTRACTOR'
      ? { payer: 'CONTRACTOR', amount: formatCents((await tx.stores.assignments.waitingOnOptIn(optIn)).reduce((total, assignment) => total + assignment.premiumCents, 0), contractor.preferredLanguage) }
      : { payer: 'AGENCY' };
  await enqueueMail(tx.db, { to: contractor.email, agencyId: contractor.agencyId, ...optInReminderMail({ firstName: contractor.firstName, agencyName: agency?.name ?? 'Your agency', payment, url, language: contractor.preferredLanguage }) });
}

/** What a reminder to one contractor came to. */
export type ReminderOutcome = 'SENT' | Exclude<OptInReminderSkipReason, 'NOT_FOUND'>;

/**
 * Reminds one contractor by hand: emails them their link to the opt-in that waits for them and records
 * the reminder with whoever sent it. Nothing is written when they have nothing to confirm or are
 * archived. Both the single and the bulk reminder go through here.
 */
export async function remindContractor(tx: ScopedTransaction, deps: ServerDependencies, contractor: ContractorRow): Promise<ReminderOutcome> {
  if (contractor.archivedAt) return 'ARCHIVED';
  const open = await tx.stores.optIns.openFor(contractor);
  if (!open) return 'NOTHING_TO_CONFIRM';
  await spendMailQuota(tx, { kind: 'reminder', agencyId: contractor.agencyId, now: deps.now() });
  await mailReminder(tx, contractor, open, await contractorLinkFor(tx, deps, { agencyId: contractor.agencyId, contractorId: contractor.id, optInId: open.id }));
  await tx.stores.optInReminders.recordManual({ agencyId: contractor.agencyId, contractorId: contractor.id, optInId: open.id, sentAt: deps.now() }, tx.scope.actor);
  await recordAudit(tx, { action: 'opt_in.remind', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id, data: { optInId: open.id } });
  return 'SENT';
}

const SKIP_MESSAGES: Record<OptInReminderSkipReason, (contractor: ContractorRow | null) => string> = {
  NOTHING_TO_CONFIRM: (contractor) => `${contractor?.firstName ?? 'This contractor'} has nothing to confirm right now.`,
  ARCHIVED: (contractor) => `${contractor?.firstName ?? 'This contractor'} is archived: restore them to send a reminder.`,
  NOT_FOUND: () => 'There is no such contractor in your agency.',
};

const SKIP_REFUSAL_REASONS: Record<Exclude<OptInReminderSkipReason, 'NOT_FOUND'>, RefusalReason> = { NOTHING_TO_CONFIRM: 'NOTHING_TO_CONFIRM', ARCHIVED: 'CONTRACTOR_ARCHIVED' };

export async function sendOptInReminder(access: Access, contractorId: string): Promise<boolean> {
  const scope = authorize(access, 'contractor:remind');
  if (!isUuid(contractorId)) throw notFound('Contractor');
  return scope.transaction(async (tx) => {
    const contractor = await tx.stores.contractors.byId(contractorId);
    if (!contractor) throw notFound('Contractor');
    const outcome = await remindContractor(tx, access.deps, contractor);
    if (outcome !== 'SENT') throw badUserInput('contractorId', SKIP_MESSAGES[outcome](contractor), SKIP_REFUSAL_REASONS[outcome]);
    return true;
  });
}

export const MAX_BULK_REMINDERS = 500;

/**
 * Reminds each of several contractors, one transaction each (a reminder sent stays sent if a later one
 * fails), and says who was skipped and why. Another agency's id is skipped as not found.
 */
export async function sendOptInReminders(access: Access, contractorIds: readonly string[]): Promise<OptInRemindersResult> {
  const scope = authorize(access, 'contractor:remind');
  const ids = [...new Set(contractorIds.map((id) => id.toLowerCase()))];
  if (ids.length === 0) throw badUserInput('contractorIds', 'Choose the contractors to remind.');
  if (ids.length > MAX_BULK_REMINDERS) throw badUserInput('contractorIds', `Remind at most ${MAX_BULK_REMINDERS} contractors at a time.`);
  const found = await Promise.all(ids.map((id) => scope.stores.contractors.byId(id)));
  const result: OptInRemindersResult = { sent: 0, skipped: [] };
  for (const [i, contractorId] of ids.entries()) {
    const contractor = found[i] ?? null;
    const outcome = contractor ? await scope.transaction((tx) => remindContractor(tx, access.deps, contractor)) : 'NOT_FOUND';
    if (outcome === 'SENT') result.sent++;
    else result.skipped.push({ contractorId, reason: outcome, message: SKIP_MESSAGES[outcome](contractor) });
  }
  return result;
}

/**
 * The hourly job: every contractor whose opt-in is still open gets the reminder of their agency's
 * schedule that is due (dueReminderDay), once. The reminder's row is the claim: of two runs at once,
 * only the one whose insert wins sends the mail, in the same transaction.
 */
export function sendAutomaticOptInReminders(deps: ServerDependencies): Promise<number> {
  return asSystem(deps, 'send_opt_in_reminders', async (access) => {
    const scope = authorize(access, 'opt-in:remind-automatically');
    const now = deps.now();
    let sent = 0;
    for (const candidate of await scope.stores.optIns.awaitingReminder(now)) {
      const { contractor, optInId } = candidate;
      const day = dueReminderDay({ linkSentAt: candidate.sentAt, now, scheduleDays: candidate.scheduleDays, sentDays: candidate.sentDays });
      if (day === null) continue;
      const claimed = await scope.transaction(async (tx) => {
        const optIn = await tx.stores.optIns.lock({ agencyId: contractor.agencyId, id: optInId });
        if (optIn?.status !== 'PENDING') return false;
        const reminder = { agencyId: contractor.agencyId, contractorId: contractor.id, optInId, sentAt: now };
        if (!(await tx.stores.optInReminders.claimAutomatic(reminder, day))) return false;
        await mailReminder(tx, contractor, optIn, await contractorLinkFor(tx, deps, { agencyId: contractor.agencyId, contractorId: contractor.id, optInId }));
        await recordAudit(tx, { action: 'opt_in.remind_automatically', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id, data: { optInId, scheduleDay: day } });
        return true;
      });
      if (claimed) sent++;
    }
    return sent;
  });
}
