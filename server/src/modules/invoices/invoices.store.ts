// Invoices of an agency: the list, one by id, the lines with what each assignment says, the
// assignments a period may invoice, the monthly run's claim, and the status changes. Only the agency
// (and the system) reaches them; the PDF bytes are read only by a download or a mail attachment.
import { and, asc, count, desc, eq, inArray, lte, notExists, sql } from 'drizzle-orm';
import type { InvoiceStatus } from '@coverline/domain';
import { byKeys, groupedByKeys, Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import { isoMicroseconds } from '../../db/timestamps.js';
import { agencies, agencySettings, assignments, contractors, invoiceLines, invoiceRuns, invoices, purchaseOrders } from '../../db/schema.js';
import type { InvoiceDocumentLine } from './invoice-pdf.js';

export type InvoiceKey = { agencyId: string; id: string };

/** An invoice as lists show it: its row without the PDF bytes, and its PO number (null: "No PO"). */
const invoiceColumns = {
  agencyId: invoices.agencyId,
  id: invoices.id,
  number: invoices.number,
  status: invoices.status,
  periodStart: invoices.periodStart,
  periodEnd: invoices.periodEnd,
  totalCents: invoices.totalCents,
  issuedAt: invoices.issuedAt,
  paidAt: invoices.paidAt,
  voidedAt: invoices.voidedAt,
  poNumber: purchaseOrders.number,
};
type SelectedInvoice = Omit<typeof invoices.$inferSelect, 'purchaseOrderId' | 'pdf' | 'pdfSha256' | 'createdAt'> & { poNumber: string | null };
/** Lists never show a DRAFT (nothing writes one: an invoice is inserted issued). */
export type InvoiceRow = Omit<SelectedInvoice, 'status' | 'issuedAt'> & { status: InvoiceStatus; issuedAt: Date };

/** The assignment's part of an invoice line, as the PDF shows it; the stored line gives the amount charged. */
type LineAssignment = Omit<InvoiceDocumentLine, 'premiumCents'>;

export type InvoiceLineRow = LineAssignment & { invoiceId: string; assignmentId: string; amountCents: number };

/** An assignment a period's invoices may take, with what its line and its invoice's recipients need. */
export type InvoiceableAssignment = InvoiceDocumentLine & {
  assignmentId: string;
  poNumber: string | null;
  purchaseOrderId: string | null;
  poContactEmail: string | null;
};

export type AgencyBilling = { agencyId: string; name: string; billingEmail: string | null; timeZone: string };

const invoiceRows = (tenant: Tenant) => tenantWhere(tenant, { agency: invoices.agencyId });
const lineRows = (tenant: Tenant) => tenantWhere(tenant, { agency: invoiceLines.agencyId });
const agencyRows = (tenant: Tenant) => tenantWhere(tenant, { agency: agencies.id });

const withPurchaseOrder = and(eq(purchaseOrders.agencyId, invoices.agencyId), eq(purchaseOrders.id, invoices.purchaseOrderId));
const withContractor = and(eq(contractors.agencyId, assignments.agencyId), eq(contractors.id, assignments.contractorId));
/** The columns of a LineAssignment, from an assignment joined withContractor. */
const lineAssignmentColumns = {
  contractorName: sql<string>`${contractors.firstName} || ' ' || ${contractors.lastName}`,
  jobName: assignments.jobName,
  clientEntity: assignments.clientEntity,
  effectiveDate: assignments.effectiveDate,
  endDate: assignments.endDate,
  wageCents: assignments.wageCents,
};

function asRow(row: SelectedInvoice): InvoiceRow {
  if (!row.issuedAt || row.status === 'DRAFT') throw new Error(`invoice ${row.id} was never issued`);
  return { ...row, status: row.status, issuedAt: row.issuedAt };
}

export class InvoiceStore extends Store {
  byId(id: string): Promise<InvoiceRow | null> {
    return this.loadById(this.byIdLoader, id);
  }

  private get byIdLoader() {
    return this.loader<string, InvoiceRow | null>('invoices.byId', async (ids) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .select(invoiceColumns)
        .from(invoices)
        .leftJoin(purchaseOrders, withPurchaseOrder)
        .where(and(invoiceRows(tenant), inArray(invoices.id, [...ids])));
      return byKeys(ids, rows.map(asRow), (row) => row.id);
    });
  }

  /**
   * A page, newest issued first (one run's invoices by number, last first); `limit + 1` rows say whether
   * more follow. Each row carries its issue time to the microsecond, what its cursor is made of.
   */
  async list(page: { after: [string, string] | null; limit: number }): Promise<(InvoiceRow & { cursorAt: string })[]> {
    const { db, tenant } = await this.open();
    const after = page.after ? sql`(${invoices.issuedAt}, ${invoices.number}) < (${page.after[0]}::timestamptz, ${page.after[1]})` : undefined;
    const rows = await db
      .select({ ...invoiceColumns, cursorAt: isoMicroseconds(invoices.issuedAt) })
      .from(invoices)
      .leftJoin(purchaseOrders, withPurchaseOrder)
      .where(and(invoiceRows(tenant), sql`${invoices.status} <> 'DRAFT'`, after))
      .orderBy(desc(invoices.issuedAt), desc(invoices.number))
      .limit(page.limit + 1);
    const found = rows.map((row) => ({ ...asRow(row), cursorAt: row.cursorAt }));
    for (const row of found) this.byIdLoader.prime(row.id, row);
    return found;
  }

  async count(): Promise<number> {
    const { db, tenant } = await this.open();
    const [total] = await db.select({ value: count() }).from(invoices).where(and(invoiceRows(tenant), sql`${invoices.status} <> 'DRAFT'`));
    return total?.value ?? 0;
  }

  /** An invoice's lines, with the contractor and job of each assignment; one query for a page of invoices. */
  lines(invoice: InvoiceKey): Promise<InvoiceLineRow[]> {
    return this.linesLoader.load(invoice.id);
  }

  private get linesLoader() {
    return this.loader<string, InvoiceLineRow[]>('invoices.lines', async (invoiceIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .select({
          invoiceId: invoiceLines.invoiceId,
          assignmentId: invoiceLines.assignmentId,
          amountCents: invoiceLines.amountCents,
          ...lineAssignmentColumns,
        })
        .from(invoiceLines)
        .innerJoin(assignments, and(eq(assignments.agencyId, invoiceLines.agencyId), eq(assignments.id, invoiceLines.assignmentId)))
        .innerJoin(contractors, withContractor)
        .where(and(lineRows(tenant), inArray(invoiceLines.invoiceId, [...invoiceIds])))
        .orderBy(asc(assignments.effectiveDate), asc(contractors.lastName), asc(invoiceLines.assignmentId));
      return groupedByKeys(invoiceIds, rows, (row) => row.invoiceId);
    });
  }

  /** The stored PDF of an invoice, as issued. */
  async pdf(key: InvoiceKey): Promise<{ number: string; pdf: Buffer; sha256: string } | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({ number: invoices.number, pdf: invoices.pdf, sha256: invoices.pdfSha256 })
      .from(invoices)
      .where(and(invoiceRows(tenant), eq(invoices.agencyId, key.agencyId), eq(invoices.id, key.id)));
    return row?.pdf && row.sha256 ? { number: row.number, pdf: row.pdf, sha256: row.sha256 } : null;
  }

  /** What an invoice of the agency says about it and where the agency's copy goes. */
  async billing(agencyId: string): Promise<AgencyBilling | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({ agencyId: agencies.id, name: agencies.name, billingEmail: agencySettings.billingEmail, timeZone: agencySettings.timeZone })
      .from(agencies)
      .innerJoin(agencySettings, eq(agencySettings.agencyId, agencies.id))
      .where(and(agencyRows(tenant), eq(agencies.id, agencyId)));
    return row ?? null;
  }

  /** Every agency with its time zone and the start of the last period its monthly run claimed (the hourly job). */
  async agenciesWithLastRun(): Promise<{ agencyId: string; timeZone: string; lastPeriodStart: string | null }[]> {
    const { db, tenant } = await this.open();
    return db
      .select({
        agencyId: agencySettings.agencyId,
        timeZone: agencySettings.timeZone,
        lastPeriodStart: sql<string | null>`(select max(${invoiceRuns.periodStart})::text from ${invoiceRuns} where ${invoiceRuns.agencyId} = ${agencySettings.agencyId})`,
      })
      .from(agencySettings)
      .innerJoin(agencies, and(eq(agencies.id, agencySettings.agencyId), agencyRows(tenant)));
  }

  /**
   * Serialises invoicing within one agency until the transaction ends: the monthly run, a retry of it
   * and a rep's "issue now" take turns, so each reads the assignments the one before left uninvoiced.
   */
  async lockInvoicing(agencyId: string): Promise<void> {
    const db = await this.db();
    await db.execute(sql`select pg_advisory_xact_lock(hashtext('coverline:invoicing'), hashtext(${agencyId}))`);
  }

  /** Claims a period's monthly run for the agency: true for the one caller that inserted the claim. */
  async claimRun(agencyId: string, period: { start: string; end: string }, at: Date): Promise<boolean> {
    const db = await this.db();
    const claimed = await db
      .insert(invoiceRuns)
      .values({ agencyId, periodStart: period.start, periodEnd: period.end, createdAt: at })
      .onConflictDoNothing()
      .returning({ agencyId: invoiceRuns.agencyId });
    return claimed.length === 1;
  }

  /** The agency's assignments isInvoiceable takes for a period ending on `periodEnd`, in SQL. */
  async invoiceable(agencyId: string, periodEnd: string): Promise<InvoiceableAssignment[]> {
    const { db, tenant } = await this.open();
    return db
      .select({
        assignmentId: assignments.id,
        poNumber: assignments.poNumber,
        purchaseOrderId: purchaseOrders.id,
        poContactEmail: purchaseOrders.contactEmail,
        ...lineAssignmentColumns,
        premiumCents: assignments.premiumCents,
      })
      .from(assignments)
      .innerJoin(contractors, withContractor)
      .leftJoin(purchaseOrders, and(eq(purchaseOrders.agencyId, assignments.agencyId), eq(purchaseOrders.number, assignments.poNumber)))
      .where(
        and(
          tenantWhere(tenant, { agency: assignments.agencyId }),
          eq(assignments.agencyId, agencyId),
          eq(assignments.payer, 'AGENCY'),
          inArray(assignments.status, ['COVERED', 'ENDED']),
          lte(assignments.effectiveDate, periodEnd),
          notExists(
            db
              .select({ one: sql`1` })
              .from(invoiceLines)
              .where(and(eq(invoiceLines.agencyId, assignments.agencyId), eq(invoiceLines.assignmentId, assignments.id))),
          ),
        ),
      );
  }

  /** The numbers the agency already gave invoices starting with `prefix`. */
  async numbersStartingWith(agencyId: string, prefix: string): Promise<string[]> {
    const { db, tenant } = await this.open();
    const rows = await db
      .select({ number: invoices.number })
      .from(invoices)
      .where(and(invoiceRows(tenant), eq(invoices.agencyId, agencyId), sql`${invoices.number} like ${`${prefix}%`}`));
    return rows.map((row) => row.number);
  }

  async insert(values: Omit<typeof invoices.$inferInsert, 'id'>, lines: readonly { assignmentId: string; amountCents: number }[]): Promise<string> {
    const db = await this.db();
    const [row] = await db.insert(invoices).values(values).returning({ id: invoices.id });
    if (!row) throw new Error('invoice insert returned nothing');
    await db.insert(invoiceLines).values(lines.map((line) => ({ agencyId: values.agencyId, invoiceId: row.id, ...line })));
    return row.id;
  }

  /**
   * Moves an issued invoice to PAID or VOID, in one conditional update: of two racing calls, the one
   * PostgreSQL runs second finds it no longer ISSUED and changes nothing. Null when it changed nothing.
   */
  async closeIssued(key: InvoiceKey, to: 'PAID' | 'VOID', at: Date): Promise<boolean> {
    const { db, tenant } = await this.open();
    const changed = await db
      .update(invoices)
      .set(to === 'PAID' ? { status: 'PAID', paidAt: at } : { status: 'VOID', voidedAt: at })
      .where(and(invoiceRows(tenant), eq(invoices.agencyId, key.agencyId), eq(invoices.id, key.id), eq(invoices.status, 'ISSUED')))
      .returning({ id: invoices.id });
    return changed.length === 1;
  }
}
