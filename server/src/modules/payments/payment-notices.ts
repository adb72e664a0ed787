// The emails of contractor pay, written to the outbox in the caller's transaction: the 24-hour notice,
// the receipt, a decline (to both sides) and an opt-out (to the agency).
import { cardLabel, declineReasonInWords, formatCents, formatDateRange, formatDateTimeInZone } from '@coverline/domain';
import type { ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { enqueueMail } from '../../mail/outbox.js';
import {
  chargeDeclinedAgencyMail,
  chargeDeclinedContractorMail,
  chargeNoticeMail,
  chargeOptedOutAgencyMail,
  chargeReceiptMail,
} from '../../mail/templates.js';
import { agencyNoticeRecipients } from '../agencies/agency-notices.js';
import { issueContractorLink } from '../auth/contractor-link.service.js';

type ChargeFacts = { agencyId: string; assignmentId: string; paymentMethodId: string | null; amountCents: number };
type AnnouncedCharge = ChargeFacts & { scheduledFor: Date };

async function loadFacts(tx: ScopedTransaction, charge: ChargeFacts) {
  const { stores } = tx;
  const assignment = await stores.assignments.byId(charge.assignmentId);
  if (!assignment) throw new Error(`assignment ${charge.assignmentId} does not exist`);
  const [contractor, agency, method] = await Promise.all([
    stores.contractors.byId(assignment.contractorId),
    stores.agencies.byId(charge.agencyId),
    charge.paymentMethodId ? stores.payments.method({ agencyId: charge.agencyId, id: charge.paymentMethodId }) : null,
  ]);
  if (!contractor || !agency) throw new Error(`assignment ${charge.assignmentId} lacks its contractor or agency`);
  // The contractor reads their mail in their language; the agency's notices built from these facts are English.
  const language = contractor.preferredLanguage;
  return {
    language,
    agencyName: agency.name,
    contractor,
    contractorName: `${contractor.firstName} ${contractor.lastName}`,
    card: method ? cardLabel(method, language) : null,
    amount: formatCents(charge.amountCents, language),
    jobName: assignment.jobName,
    dates: formatDateRange(assignment.effectiveDate, assignment.endDate, language),
    agencyFacts: {
      amount: formatCents(charge.amountCents),
      dates: formatDateRange(assignment.effectiveDate, assignment.endDate),
    },
  };
}

export async function sendChargeNotice(tx: ScopedTransaction, deps: ServerDependencies, charge: AnnouncedCharge): Promise<void> {
  const facts = await loadFacts(tx, charge);
  const url = await issueContractorLink(tx, deps, { agencyId: charge.agencyId, contractorId: facts.contractor.id });
  // In the agency's time zone, named: the contractor's own is not known.
  const { timeZone } = await tx.stores.agencies.settings(charge.agencyId);
  await enqueueMail(tx.db, {
    to: facts.contractor.email,
    agencyId: charge.agencyId,
    ...chargeNoticeMail({
      firstName: facts.contractor.firstName,
      agencyName: facts.agencyName,
      card: facts.card,
      amount: facts.amount,
      jobName: facts.jobName,
      dates: facts.dates,
      dueAt: formatDateTimeInZone(charge.scheduledFor, timeZone, { language: facts.language }),
      url,
      language: facts.language,
    }),
  });
}

export async function sendChargeReceipt(tx: ScopedTransaction, charge: ChargeFacts): Promise<void> {
  const facts = await loadFacts(tx, charge);
  await enqueueMail(tx.db, {
    to: facts.contractor.email,
    agencyId: charge.agencyId,
    ...chargeReceiptMail({ firstName: facts.contractor.firstName, card: facts.card, amount: facts.amount, jobName: facts.jobName, dates: facts.dates, language: facts.language }),
  });
}

/** A decline as the processor reported it: its code, and its own (English) words, which the agency reads. */
export type ChargeDecline = { declineCode: string; message: string };

export async function sendChargeDeclined(tx: ScopedTransaction, deps: ServerDependencies, charge: ChargeFacts, decline: ChargeDecline): Promise<void> {
  const facts = await loadFacts(tx, charge);
  const reason = decline.message;
  const url = await issueContractorLink(tx, deps, { agencyId: charge.agencyId, contractorId: facts.contractor.id });
  await enqueueMail(tx.db, {
    to: facts.contractor.email,
    agencyId: charge.agencyId,
    ...chargeDeclinedContractorMail({ firstName: facts.contractor.firstName, card: facts.card, amount: facts.amount, jobName: facts.jobName, dates: facts.dates, reason: declineReasonInWords(decline, facts.language) ?? reason, url, language: facts.language }),
  });
  for (const to of await agencyNoticeRecipients(tx, charge.agencyId)) {
    await enqueueMail(tx.db, {
      to,
      agencyId: charge.agencyId,
      ...chargeDeclinedAgencyMail({ agencyName: facts.agencyName, contractorName: facts.contractorName, amount: facts.agencyFacts.amount, jobName: facts.jobName, dates: facts.agencyFacts.dates, reason }),
    });
  }
}

export async function sendOptedOut(tx: ScopedTransaction, charge: ChargeFacts): Promise<void> {
  const facts = await loadFacts(tx, charge);
  for (const to of await agencyNoticeRecipients(tx, charge.agencyId)) {
    await enqueueMail(tx.db, {
      to,
      agencyId: charge.agencyId,
      ...chargeOptedOutAgencyMail({ contractorName: facts.contractorName, amount: facts.agencyFacts.amount, jobName: facts.jobName, dates: facts.agencyFacts.dates }),
    });
  }
}
