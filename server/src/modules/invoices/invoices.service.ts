// Invoices (flow 7): the agency's list with its lines, issuing on demand, marking paid or void, the
// PDF download and mail attachment, and the hourly job that closes each agency's month at its local
// midnight of the 1st.
import { INVOICE_STATUS_LABELS, monthToDate, monthToInvoice, todayInTimeZone } from '@coverline/domain';
import { asSystem, type Access, type AccessOpener } from '../../access/access.js';
import { authorize, firstFoundInScope } from '../../access/policy.js';
import { isUuid } from '../../access/store.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { decodeCursor, invalidCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { recordAudit } from '../audit/audit.js';
import { invoiceMonth, invoiceUpTo } from './invoice-issuing.js';
import { invoiceFileName } from './invoice-pdf.js';
import type { InvoiceRow } from './invoices.store.js';

function invoiceCursor(cursor: string | null | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [issuedAt, number] = key;
  if (typeof issuedAt === 'string' && !Number.isNaN(Date.parse(issuedAt)) && typeof number === 'string') return [issuedAt, number];
  throw invalidCursor();
}

/** The agency's invoices, newest first. */
export async function listInvoices(access: Access, args: { first?: number | null; after?: string | null }) {
  const scope = authorize(access, 'invoice:read');
  const limit = pageSize(args.first);
  const after = invoiceCursor(args.after);
  const [rows, totalCount] = await Promise.all([scope.stores.invoices.list({ after, limit }), scope.stores.invoices.count()]);
  return { ...toConnection(rows, limit, (row) => row, (row) => [row.cursorAt, row.number]), totalCount };
}

export function listInvoiceLines(access: Access, invoice: InvoiceRow) {
  return authorize(access, 'invoice:read').stores.invoices.lines(invoice);
}

/**
 * Issues now, for the rep's agency, the invoices of everything still uninvoiced that is effective by
 * today (its local date): the month so far, and anything older that bound after its month's run.
 */
export async function issueInvoicesNow(access: Access): Promise<InvoiceRow[]> {
  const scope = authorize(access, 'invoice:issue');
  const { deps } = access;
  return scope.transaction(async (tx) => {
    const settings = await tx.stores.agencies.settings(scope.agencyId);
    const ids = await invoiceUpTo(tx, deps, scope.agencyId, monthToDate(todayInTimeZone(settings.timeZone, deps.now())), { issuedAt: deps.now(), mail: true });
    const rows = await Promise.all(ids.map((id) => tx.stores.invoices.byId(id)));
    return rows.filter((row): row is InvoiceRow => row !== null);
  });
}

async function closeInvoice(access: Access, id: string, to: 'PAID' | 'VOID'): Promise<InvoiceRow> {
  const scope = authorize(access, 'invoice:change');
  if (!isUuid(id)) throw notFound('Invoice');
  const { deps } = access;
  return scope.transaction(async (tx) => {
    const key = { agencyId: scope.agencyId, id: id.toLowerCase() };
    const closed = await tx.stores.invoices.closeIssued(key, to, deps.now());
    const invoice = await tx.stores.invoices.byId(key.id);
    if (!invoice) throw notFound('Invoice');
    if (!closed) {
      throw badUserInput('id', `Invoice ${invoice.number} is ${INVOICE_STATUS_LABELS[invoice.status].toLowerCase()} already: only an issued invoice can be marked paid or void.`, 'INVOICE_NOT_ISSUED');
    }
    await recordAudit(tx, { action: to === 'PAID' ? 'invoice.mark_paid' : 'invoice.void', agencyId: scope.agencyId, targetType: 'invoice', targetId: invoice.id, data: { number: invoice.number } });
    return invoice;
  });
}

export function markInvoicePaid(access: Access, id: string): Promise<InvoiceRow> {
  return closeInvoice(access, id, 'PAID');
}

/** Voids an issued invoice. Its assignments stay invoiced (one line per assignment ever): a void is final. */
export function voidInvoice(access: Access, id: string): Promise<InvoiceRow> {
  return closeInvoice(access, id, 'VOID');
}

export type InvoiceDownload = { fileName: string; pdf: Buffer; sha256: string };

/** The PDF behind pdfUrl, for the invoice's agency only; anyone else finds nothing. */
export async function downloadInvoice(accesses: readonly AccessOpener[], id: string): Promise<InvoiceDownload> {
  const download =
    isUuid(id) &&
    (await firstFoundInScope(accesses, 'invoice:download', async (scope) => {
      const found = await scope.stores.invoices.pdf({ agencyId: scope.agencyId, id: id.toLowerCase() });
      return found && { fileName: invoiceFileName(found.number), pdf: found.pdf, sha256: found.sha256 };
    }));
  if (!download) throw notFound('Invoice');
  return download;
}

/**
 * The hourly job: every agency whose local date has reached the 1st of a month gets the previous
 * month's invoices, once (the run is claimed per agency and period). One agency that fails does not
 * hold up the others; the job fails after them, to be retried. Returns how many invoices it issued.
 */
export function issueMonthlyInvoices(deps: ServerDependencies): Promise<number> {
  return asSystem(deps, 'issue_monthly_invoices', async (access) => {
    const scope = authorize(access, 'invoice:issue-monthly');
    const now = deps.now();
    const due = (await scope.stores.invoices.agenciesWithLastRun())
      .map((agency) => ({ ...agency, period: monthToInvoice(agency.timeZone, now) }))
      .filter((agency) => agency.lastPeriodStart === null || agency.lastPeriodStart < agency.period.start);
    let issued = 0;
    let failed = 0;
    for (const agency of due) {
      try {
        const ids = await scope.transaction((tx) => invoiceMonth(tx, deps, agency.agencyId, agency.period, { issuedAt: now, mail: true }));
        issued += ids?.length ?? 0;
      } catch (error) {
        failed++;
        deps.logger.error({ agencyId: agency.agencyId, error: error instanceof Error ? error.message : String(error) }, 'issuing the monthly invoices failed');
      }
    }
    if (failed > 0) throw new Error(`the monthly invoices of ${failed} of ${due.length} agencies could not be issued`);
    return issued;
  });
}
