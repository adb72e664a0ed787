// The emails of contractor pay, written to the outbox in the caller's transaction: the 24-hour notice,
// the receipt, a decline (to both sides) and an opt-out (to the agency).
import { and, asc, eq } from 'drizzle-orm';
import { cardLabel, formatCents } from '@coverline/domain';
import type { Executor } from '../../db/client.js';
import { agencies, agencySettings, assignments, contractors, paymentMethods, teamMembers } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import { enqueueMail } from '../../mail/outbox.js';
import {
  chargeDeclinedAgencyMail,
  chargeDeclinedContractorMail,
  chargeNoticeMail,
  chargeOptedOutAgencyMail,
  chargeReceiptMail,
} from '../../mail/templates.js';
import { issueContractorLink } from '../auth/contractor-link.service.js';

type ChargeFacts = { agencyId: string; assignmentId: string; paymentMethodId: string | null; amountCents: number };

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** "Jun 3, 2026 – Jun 10, 2026" (the dates are calendar dates, so they are formatted in UTC). */
export function formatAssignmentDates(effectiveDate: string, endDate: string): string {
  const format = (date: string) => DATE_FORMAT.format(new Date(`${date}T00:00:00Z`));
  return effectiveDate === endDate ? format(effectiveDate) : `${format(effectiveDate)} – ${format(endDate)}`;
}

async function loadFacts(executor: Executor, charge: ChargeFacts) {
  const [row] = await executor
    .select({ assignment: assignments, contractor: contractors, agencyName: agencies.name })
    .from(assignments)
    .innerJoin(contractors, and(eq(contractors.agencyId, assignments.agencyId), eq(contractors.id, assignments.contractorId)))
    .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
    .where(and(eq(assignments.agencyId, charge.agencyId), eq(assignments.id, charge.assignmentId)));
  if (!row) throw new Error(`assignment ${charge.assignmentId} does not exist`);
  const method = charge.paymentMethodId
    ? await executor.query.paymentMethods.findFirst({ where: and(eq(paymentMethods.agencyId, charge.agencyId), eq(paymentMethods.id, charge.paymentMethodId)) })
    : undefined;
  const { assignment, contractor } = row;
  return {
    agencyName: row.agencyName,
    contractor,
    contractorName: `${contractor.firstName} ${contractor.lastName}`,
    card: method ? cardLabel(method) : null,
    amount: formatCents(charge.amountCents),
    jobName: assignment.jobName,
    dates: formatAssignmentDates(assignment.effectiveDate, assignment.endDate),
  };
}

/** Who at the agency hears about payments: the billing email, or else every active team member. */
export async function agencyPaymentRecipients(executor: Executor, agencyId: string): Promise<string[]> {
  const settings = await executor.query.agencySettings.findFirst({ where: eq(agencySettings.agencyId, agencyId) });
  if (settings?.billingEmail) return [settings.billingEmail];
  const members = await executor
    .select({ email: teamMembers.email })
    .from(teamMembers)
    .where(and(eq(teamMembers.agencyId, agencyId), eq(teamMembers.status, 'ACTIVE')))
    .orderBy(asc(teamMembers.createdAt));
  return members.map((m) => m.email);
}

export async function sendChargeNotice(executor: Executor, deps: ServerDependencies, charge: ChargeFacts): Promise<void> {
  const facts = await loadFacts(executor, charge);
  const url = await issueContractorLink(executor, deps, { agencyId: charge.agencyId, contractorId: facts.contractor.id });
  await enqueueMail(executor, {
    to: facts.contractor.email,
    agencyId: charge.agencyId,
    ...chargeNoticeMail({ firstName: facts.contractor.firstName, agencyName: facts.agencyName, card: facts.card, amount: facts.amount, jobName: facts.jobName, dates: facts.dates, url }),
  });
}

export async function sendChargeReceipt(executor: Executor, charge: ChargeFacts): Promise<void> {
  const facts = await loadFacts(executor, charge);
  await enqueueMail(executor, {
    to: facts.contractor.email,
    agencyId: charge.agencyId,
    ...chargeReceiptMail({ firstName: facts.contractor.firstName, card: facts.card, amount: facts.amount, jobName: facts.jobName, dates: facts.dates }),
  });
}

export async function sendChargeDeclined(executor: Executor, deps: ServerDependencies, charge: ChargeFacts, reason: string): Promise<void> {
  const facts = await loadFacts(executor, charge);
  const url = await issueContractorLink(executor, deps, { agencyId: charge.agencyId, contractorId: facts.contractor.id });
  await enqueueMail(executor, {
    to: facts.contractor.email,
    agencyId: charge.agencyId,
    ...chargeDeclinedContractorMail({ firstName: facts.contractor.firstName, card: facts.card, amount: facts.amount, jobName: facts.jobName, dates: facts.dates, reason, url }),
  });
  for (const to of await agencyPaymentRecipients(executor, charge.agencyId)) {
    await enqueueMail(executor, {
      to,
      agencyId: charge.agencyId,
      ...chargeDeclinedAgencyMail({ agencyName: facts.agencyName, contractorName: facts.contractorName, amount: facts.amount, jobName: facts.jobName, dates: facts.dates, reason }),
    });
  }
}

export async function sendOptedOut(executor: Executor, charge: ChargeFacts): Promise<void> {
  const facts = await loadFacts(executor, charge);
  for (const to of await agencyPaymentRecipients(executor, charge.agencyId)) {
    await enqueueMail(executor, {
      to,
      agencyId: charge.agencyId,
      ...chargeOptedOutAgencyMail({ contractorName: facts.contractorName, amount: facts.amount, jobName: facts.jobName, dates: facts.dates }),
    });
  }
}
