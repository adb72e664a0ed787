// Issuing invoices: what the monthly run, a rep's "issue now" and the demo loader share. Inside the
// caller's transaction, under the agency's invoicing lock: the assignments the period may invoice
// (isInvoiceable, in SQL), one invoice per PO number and one "No PO" (groupInvoiceLines), each
// numbered, rendered to its PDF (stored with its SHA-256), audited, announced (invoice.issued) and
// mailed with the PDF attached to the PO contact and the agency's billing email.
import { createHash } from 'node:crypto';
import { formatCents, formatDateRange, groupInvoiceLines, invoiceNumber, invoiceNumberPrefix, nextInvoiceSequence, type InvoicePeriod } from '@coverline/domain';
import type { ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { enqueueMail } from '../../mail/outbox.js';
import { invoiceIssuedMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { invoiceEventData } from '../webhooks/webhook-event-data.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import { invoiceFileName, renderInvoicePdf } from './invoice-pdf.js';
import type { AgencyBilling, InvoiceableAssignment } from './invoices.store.js';

export type IssueOptions = {
  issuedAt: Date;
  /** False only for invoices of the past the demo loader makes: they were sent long ago. */
  mail: boolean;
};

/** Where an invoice goes: its PO contact and the agency's billing email, each once. */
function recipientsOf(billing: AgencyBilling, poContactEmail: string | null): string[] {
  const addresses = [poContactEmail, billing.billingEmail].filter((address): address is string => !!address);
  return [...new Map(addresses.map((address) => [address.toLowerCase(), address])).values()];
}

async function issueGroup(
  tx: ScopedTransaction,
  deps: Pick<ServerDependencies, 'config'>,
  billing: AgencyBilling,
  period: InvoicePeriod,
  number: string,
  group: { poNumber: string | null; lines: InvoiceableAssignment[]; totalCents: number },
  options: IssueOptions,
): Promise<string> {
  const { agencyId } = billing;
  const purchaseOrder = group.lines[0];
  const poContactEmail = group.poNumber ? (purchaseOrder?.poContactEmail ?? null) : null;
  const pdf = await renderInvoicePdf({
    number,
    issuedAt: options.issuedAt,
    timeZone: billing.timeZone,
    periodStart: period.start,
    periodEnd: period.end,
    agency: { name: billing.name, billingEmail: billing.billingEmail },
    poNumber: group.poNumber,
    poContactEmail,
    lines: group.lines,
    totalCents: group.totalCents,
  });
  const id = await tx.stores.invoices.insert(
    {
      agencyId,
      purchaseOrderId: group.poNumber ? (purchaseOrder?.purchaseOrderId ?? null) : null,
      number,
      status: 'ISSUED',
      periodStart: period.start,
      periodEnd: period.end,
      totalCents: group.totalCents,
      issuedAt: options.issuedAt,
      pdf,
      pdfSha256: createHash('sha256').update(pdf).digest('hex'),
      createdAt: options.issuedAt,
    },
    group.lines.map((line) => ({ assignmentId: line.assignmentId, amountCents: line.premiumCents })),
  );
  const assignmentIds = group.lines.map((line) => line.assignmentId);
  await recordAudit(tx, { action: 'invoice.issue', agencyId, targetType: 'invoice', targetId: id, data: { number, poNumber: group.poNumber, totalCents: group.totalCents, assignmentIds } });
  // Invoices of the past (the demo's) were announced when they were sent, as they were mailed then.
  if (options.mail) {
    const invoice = { id, number, poNumber: group.poNumber, totalCents: group.totalCents, periodStart: period.start, periodEnd: period.end, issuedAt: options.issuedAt };
    await recordWebhookEvent(tx, { agencyId, type: 'invoice.issued', data: invoiceEventData(deps, invoice, assignmentIds) });
    const mail = invoiceIssuedMail({
      agencyName: billing.name,
      number,
      poNumber: group.poNumber,
      period: formatDateRange(period.start, period.end),
      total: formatCents(group.totalCents),
      assignmentsWithoutPo: group.poNumber ? [] : group.lines.map((line) => `${line.contractorName}, ${line.jobName} for ${line.clientEntity} (${formatDateRange(line.effectiveDate, line.endDate)})`),
    });
    for (const to of recipientsOf(billing, poContactEmail)) {
      await enqueueMail(tx.db, { to, agencyId, ...mail, attachments: [{ kind: 'invoice', agencyId, invoiceId: id, filename: invoiceFileName(number) }] });
    }
  }
  return id;
}

/** Issues the invoices of everything the period may still invoice; the caller holds the agency's invoicing lock. */
async function issueInvoices(tx: ScopedTransaction, deps: Pick<ServerDependencies, 'config'>, agencyId: string, period: InvoicePeriod, options: IssueOptions): Promise<string[]> {
  const { invoices } = tx.stores;
  const billing = await invoices.billing(agencyId);
  if (!billing) throw new Error(`agency ${agencyId} has no settings to invoice with`);
  const groups = groupInvoiceLines(await invoices.invoiceable(agencyId, period.end));
  let sequence = nextInvoiceSequence(period, await invoices.numbersStartingWith(agencyId, invoiceNumberPrefix(period)));
  const ids: string[] = [];
  for (const group of groups) ids.push(await issueGroup(tx, deps, billing, period, invoiceNumber(period, sequence++), group, options));
  return ids;
}

/**
 * The monthly run of one agency for one period: only the caller that claims the period issues its
 * invoices; any other (a second worker, a retry, the next hour's run) gets null and issues nothing.
 */
export async function invoiceMonth(tx: ScopedTransaction, deps: Pick<ServerDependencies, 'config'>, agencyId: string, period: InvoicePeriod, options: IssueOptions): Promise<string[] | null> {
  await tx.stores.invoices.lockInvoicing(agencyId);
  if (!(await tx.stores.invoices.claimRun(agencyId, period, options.issuedAt))) return null;
  return issueInvoices(tx, deps, agencyId, period, options);
}

/** On demand: everything still uninvoiced that is effective by the period's end, now. */
export async function invoiceUpTo(tx: ScopedTransaction, deps: Pick<ServerDependencies, 'config'>, agencyId: string, period: InvoicePeriod, options: IssueOptions): Promise<string[]> {
  await tx.stores.invoices.lockInvoicing(agencyId);
  return issueInvoices(tx, deps, agencyId, period, options);
}
