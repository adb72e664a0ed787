// Invoices (flow 7): the monthly run at each agency's local midnight of the 1st (never twice, even
// run twice at once), one invoice per PO number and one "No PO", the PDF and its text, the mail to the
// PO contact and the billing email with the PDF attached, issuing on demand, paid and void (of two
// racing calls one wins), and that another agency sees none of it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { addDays, monthOf, todayInTimeZone } from '@coverline/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoiceRuns, invoices } from '../src/db/schema.js';
import { issueMonthlyInvoices } from '../src/modules/invoices/invoices.service.js';
import { zonedInstant } from '../src/seed/demo-builder.js';
import { httpGet } from './support/downloads.js';
import { errorCode, errorField, errorReason, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  assignmentAwaitingOptIn,
  coveredAssignment,
  createAgency,
  createApiKey,
  createContractor,
  createMasterPolicies,
  dayFromToday,
  sessionHeaders,
  signedInMemberOf,
  type AgencyFixture,
} from './factories/index.js';

const INVOICES = `query($first: Int, $after: String) {
  invoices(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id number poNumber status totalCents pdfUrl periodStart periodEnd viewerCanChange lines { assignmentId contractorName jobName amountCents wageCents } } }
  }
}`;
const ISSUE = 'mutation { issueInvoices { id number poNumber totalCents status } }';
const MARK_PAID = 'mutation($id: ID!) { markInvoicePaid(id: $id) { id status paidAt } }';
const VOID = 'mutation($id: ID!) { voidInvoice(id: $id) { id status voidedAt } }';

type InvoiceNode = {
  id: string;
  number: string;
  poNumber: string | null;
  status: string;
  totalCents: number;
  pdfUrl: string;
  periodStart: string;
  periodEnd: string;
  viewerCanChange: boolean;
  lines: { assignmentId: string; contractorName: string; jobName: string; amountCents: number; wageCents: number }[];
};

async function listInvoices(client: GraphQLClient): Promise<InvoiceNode[]> {
  const { invoices: connection } = await client.data<{ invoices: { totalCount: number; edges: { node: InvoiceNode }[] } }>(INVOICES, { first: 50 });
  expect(connection.totalCount).toBe(connection.edges.length);
  return connection.edges.map((edge) => edge.node);
}

/** The PDF's text as poppler's pdftotext reads it. */
function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf });
  if (result.error) throw result.error;
  return result.stdout.toString('utf8');
}

const memberHeaders = (server: TestServer, agency: AgencyFixture, member: { id: string }) =>
  sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: agency.id });

/** Moves the test server's clock forward to `at`. */
function setClock(server: TestServer, at: Date): void {
  const ms = at.getTime() - server.clock.now().getTime();
  if (ms <= 0) throw new Error(`the clock is already past ${at.toISOString()}`);
  server.clock.advance(ms);
}

/** An agency with agency-paid covered assignments under one PO (with a contact) and without one, and what must not be invoiced. */
async function agencyToInvoice(server: TestServer, options: { name: string; timeZone?: string; effectiveDates: string[] }) {
  const agency = await createAgency(server, { name: options.name, billingEmail: `billing@${options.name.toLowerCase().replace(/\W+/g, '-')}.test`, timeZone: options.timeZone });
  const category = await approvedJobCategory(server, agency);
  const ana = await createContractor(server, agency, { firstName: 'Ana', lastName: 'Alvarez' });
  const ben = await createContractor(server, agency, { firstName: 'Ben', lastName: 'Brooks' });
  const { member, client } = await signedInMemberOf(server, agency);
  const [first = '', second = '', third = ''] = options.effectiveDates;
  const facts = (contractorId: string, effectiveDate: string, extra: { jobName: string; premiumCents: number; payer?: 'AGENCY' | 'CONTRACTOR' }) => ({
    agencyId: agency.id,
    contractorId,
    jobCategoryId: category.id,
    effectiveDate,
    endDate: addDays(effectiveDate, 10),
    ...extra,
  });
  const withPo = await coveredAssignment(server, facts(ana.id, first, { jobName: 'Booth host', premiumCents: 4_250 }));
  const alsoWithPo = await coveredAssignment(server, facts(ben.id, second, { jobName: 'Stage crew', premiumCents: 1_175 }));
  const withoutPo = await coveredAssignment(server, facts(ben.id, third, { jobName: 'Greeter', premiumCents: 990 }));
  const contractorPaid = await coveredAssignment(server, facts(ana.id, first, { jobName: 'Paid by Ana', premiumCents: 5_000, payer: 'CONTRACTOR' }));
  const notCovered = await assignmentAwaitingOptIn(server, facts(ana.id, first, { jobName: 'Not yet covered', premiumCents: 6_000 }));
  await client.data('mutation($ids: [ID!]!) { setPoNumber(assignmentIds: $ids, poNumber: "META-7781", poContactEmail: "ap@meta.test") { id } }', {
    ids: [withPo.assignment.id, alsoWithPo.assignment.id],
  });
  // An API key outlives the sessions a month of clock travel expires.
  const integration = server.apiClient(await createApiKey(client));
  return { agency, member, client, integration, withPo, alsoWithPo, withoutPo, contractorPaid, notCovered, billingEmail: `billing@${options.name.toLowerCase().replace(/\W+/g, '-')}.test` };
}

describe('the monthly run', () => {
  let server: TestServer;
  let newYork: Awaited<ReturnType<typeof agencyToInvoice>>;
  let losAngeles: Awaited<ReturnType<typeof agencyToInvoice>>;
  const run = () => issueMonthlyInvoices(server.coverline.deps);

  // The assignments start early next month; the run at the 1st of the month after closes that month.
  let month: { start: string; end: string };
  let closingDay: string;

  beforeAll(async () => {
    server = await startTestServer();
    await createMasterPolicies(server);
    month = monthOf(addDays(monthOf(todayInTimeZone('America/New_York', server.clock.now())).end, 1));
    closingDay = addDays(month.end, 1);
    const effectiveDates = [addDays(month.start, 2), addDays(month.start, 3), addDays(month.start, 4)];
    newYork = await agencyToInvoice(server, { name: 'Empire Staffing', effectiveDates });
    losAngeles = await agencyToInvoice(server, { name: 'Pacific Crew', timeZone: 'America/Los_Angeles', effectiveDates });
  }, 120_000);
  afterAll(async () => server?.stop());

  it("issues nothing for the month until the agency's local midnight of the 1st", async () => {
    setClock(server, zonedInstant(closingDay, -5, 'America/New_York'));
    await run();
    expect(await listInvoices(newYork.integration)).toEqual([]);
    expect(await listInvoices(losAngeles.integration)).toEqual([]);
  });

  it('just after it, issues one invoice per PO number and one "No PO", once, even when two runs race', async () => {
    setClock(server, zonedInstant(closingDay, 5, 'America/New_York'));
    await Promise.all([run(), run()]);
    await run();
    const issued = await listInvoices(newYork.integration);
    const prefix = `INV-${month.start.slice(0, 7)}`;
    expect(issued.map((invoice) => [invoice.number, invoice.poNumber, invoice.totalCents, invoice.status, invoice.lines.length]).sort()).toEqual([
      [`${prefix}-0001`, 'META-7781', 4_250 + 1_175, 'ISSUED', 2],
      [`${prefix}-0002`, null, 990, 'ISSUED', 1],
    ]);
    const noPo = issued.find((invoice) => invoice.poNumber === null);
    expect(noPo?.lines).toEqual([expect.objectContaining({ assignmentId: newYork.withoutPo.assignment.id, contractorName: 'Ben Brooks', jobName: 'Greeter', amountCents: 990 })]);
    expect(issued.every((invoice) => invoice.periodStart === month.start && invoice.periodEnd === month.end)).toBe(true);
    const runs = await server.db.select().from(invoiceRuns).where(and(eq(invoiceRuns.agencyId, newYork.agency.id), eq(invoiceRuns.periodStart, month.start)));
    expect(runs).toHaveLength(1);
    // It is still the evening before in Los Angeles.
    expect(await listInvoices(losAngeles.integration)).toEqual([]);
  });

  it('closes the month in Los Angeles at its own midnight', async () => {
    setClock(server, zonedInstant(closingDay, 5, 'America/Los_Angeles'));
    await run();
    const issued = await listInvoices(losAngeles.integration);
    expect(issued.map((invoice) => invoice.totalCents).sort((a, b) => a - b)).toEqual([990, 4_250 + 1_175]);
    expect(await listInvoices(newYork.integration)).toHaveLength(2);
  });

  it('mails each invoice with its PDF to the PO contact and the billing email; the "No PO" one names its assignments and asks for PO numbers', async () => {
    const toContact = await server.inbox.waitFor('ap@meta.test', { subject: /META-7781/ });
    expect(toContact.attachments).toEqual([expect.objectContaining({ contentType: 'application/pdf', filename: expect.stringMatching(/^INV-\d{4}-\d{2}-0001\.pdf$/) })]);
    const toBilling = await server.inbox.waitFor(newYork.billingEmail, { subject: /META-7781/ });
    expect(toBilling.attachments).toHaveLength(1);
    const noPo = await server.inbox.waitFor(newYork.billingEmail, { subject: /No PO/ });
    expect(noPo.text).toContain('Ben Brooks, Greeter');
    expect(noPo.text).toMatch(/enter a PO number/i);
    expect(noPo.attachments).toEqual([expect.objectContaining({ contentType: 'application/pdf' })]);
    // The No PO invoice has no PO contact: it goes to the billing email only.
    expect(server.inbox.messages.filter((mail) => /No PO/.test(mail.subject) && mail.to.includes('ap@meta.test'))).toEqual([]);
  });

  it('serves the PDF as issued to the agency only: its lines and total in the text, its SHA-256 as stored', async () => {
    const [invoice] = (await listInvoices(newYork.integration)).filter((row) => row.poNumber === 'META-7781');
    if (!invoice) throw new Error('no PO invoice');
    const path = new URL(invoice.pdfUrl).pathname;
    const download = await httpGet(server, path, await memberHeaders(server, newYork.agency, newYork.member));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const [stored] = await server.db.select({ sha256: invoices.pdfSha256 }).from(invoices).where(eq(invoices.id, invoice.id));
    expect(createHash('sha256').update(download.body).digest('hex')).toBe(stored?.sha256);
    const text = pdfText(download.body);
    for (const expected of [invoice.number, 'META-7781', 'Empire Staffing', 'Ana Alvarez', 'Booth host', 'Ben Brooks', 'Stage crew', '$42.50', '$11.75', '$54.25']) expect(text).toContain(expected);
    expect(text).not.toContain('Greeter');

    expect((await httpGet(server, path, await memberHeaders(server, losAngeles.agency, losAngeles.member))).status).toBe(404);
    expect((await httpGet(server, path)).status).toBe(404);
    expect((await httpGet(server, '/invoices/not-an-id.pdf')).status).toBe(404);
  });
});

describe('invoices on demand, paid and void', () => {
  let server: TestServer;
  let acme: Awaited<ReturnType<typeof agencyToInvoice>>;
  let otherClient: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    await createMasterPolicies(server);
    // Effective today and earlier: "issue now" takes what is effective by today.
    acme = await agencyToInvoice(server, { name: 'Acme Staffing', effectiveDates: [dayFromToday(server, 0), dayFromToday(server, -20), dayFromToday(server, -3)] });
    otherClient = (await signedInMemberOf(server, await createAgency(server))).client;
  }, 120_000);
  afterAll(async () => server?.stop());

  it('issues now everything agency-paid, covered and uninvoiced (an older one too), and nothing a second time', async () => {
    const { issueInvoices } = await acme.client.data<{ issueInvoices: { number: string; poNumber: string | null; totalCents: number; status: string }[] }>(ISSUE);
    expect(issueInvoices.map((invoice) => [invoice.poNumber, invoice.totalCents, invoice.status])).toEqual([
      ['META-7781', 4_250 + 1_175, 'ISSUED'],
      [null, 990, 'ISSUED'],
    ]);
    const invoiced = (await listInvoices(acme.client)).flatMap((invoice) => invoice.lines.map((line) => line.assignmentId));
    expect(invoiced).not.toContain(acme.contractorPaid.assignment.id);
    expect(invoiced).not.toContain(acme.notCovered.id);
    expect((await acme.client.data<{ issueInvoices: unknown[] }>(ISSUE)).issueInvoices).toEqual([]);
  });

  it('marks an issued invoice paid once: of two racing calls one wins, the other is told it is paid already', async () => {
    const [invoice] = await listInvoices(acme.client);
    if (!invoice) throw new Error('no invoice');
    const results = await Promise.all([acme.client.request(MARK_PAID, { id: invoice.id }), acme.client.request(MARK_PAID, { id: invoice.id })]);
    expect(results.filter((result) => !result.errors).map((result) => (result.data as { markInvoicePaid: { status: string } }).markInvoicePaid.status)).toEqual(['PAID']);
    const refused = results.find((result) => result.errors);
    expect(refused && errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused && errorField(refused)).toBe('id');
    expect(refused && errorReason(refused)).toBe('INVOICE_NOT_ISSUED');
    const voidPaid = await acme.client.request(VOID, { id: invoice.id });
    expect(errorCode(voidPaid)).toBe('BAD_USER_INPUT');
    expect(errorReason(voidPaid)).toBe('INVOICE_NOT_ISSUED');
    expect((await listInvoices(acme.client)).find((row) => row.id === invoice.id)).toMatchObject({ status: 'PAID', viewerCanChange: false });
  });

  it('voids an issued invoice; a void one cannot be paid', async () => {
    const open = (await listInvoices(acme.client)).find((invoice) => invoice.status === 'ISSUED');
    if (!open) throw new Error('no issued invoice');
    expect(open.viewerCanChange).toBe(true);
    expect((await acme.client.data<{ voidInvoice: { status: string } }>(VOID, { id: open.id })).voidInvoice.status).toBe('VOID');
    expect(errorCode(await acme.client.request(MARK_PAID, { id: open.id }))).toBe('BAD_USER_INPUT');
  });

  it('shows another agency none of them: its ids behave as not found', async () => {
    const [invoice] = await listInvoices(acme.client);
    if (!invoice) throw new Error('no invoice');
    expect(await listInvoices(otherClient)).toEqual([]);
    expect(errorCode(await otherClient.request(MARK_PAID, { id: invoice.id }))).toBe('NOT_FOUND');
    expect(errorCode(await otherClient.request(VOID, { id: invoice.id }))).toBe('NOT_FOUND');
    expect((await otherClient.data<{ issueInvoices: unknown[] }>(ISSUE)).issueInvoices).toEqual([]);
  });

  it('refuses bad input', async () => {
    expect(errorField(await acme.client.request(INVOICES, { first: 500 }))).toBe('first');
    expect(errorField(await acme.client.request(INVOICES, { after: 'garbage' }))).toBe('after');
    expect(errorCode(await acme.client.request(MARK_PAID, { id: 'not-an-id' }))).toBe('NOT_FOUND');
  });

  it('lists invoices to an agency API key, newest first, page by page', async () => {
    const integration = server.apiClient(await createApiKey(acme.client));
    const first = await integration.data<{ invoices: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }>(INVOICES, { first: 1 });
    expect(first.invoices.totalCount).toBe(2);
    expect(first.invoices.pageInfo.hasNextPage).toBe(true);
    const second = await integration.data<{ invoices: { pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] } }>(INVOICES, { first: 1, after: first.invoices.pageInfo.endCursor });
    expect(second.invoices.pageInfo.hasNextPage).toBe(false);
    expect(second.invoices.edges[0]?.node.id).not.toBe(first.invoices.edges[0]?.node.id);
  });

  it('pages through invoices issued within one millisecond, microseconds apart, skipping and repeating none', async () => {
    const [later, earlier] = await listInvoices(acme.client);
    if (!later || !earlier) throw new Error('two invoices expected');
    // Issued 300 µs apart in the same millisecond: a cursor cut to the millisecond lands before both.
    await server.db.execute(sql`update invoices set issued_at = '2026-11-30T17:04:05.123400Z' where id = ${later.id}`);
    await server.db.execute(sql`update invoices set issued_at = '2026-11-30T17:04:05.123100Z' where id = ${earlier.id}`);
    type OnePage = { invoices: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const { invoices: page }: OnePage = await acme.client.data<OnePage>(INVOICES, { first: 1, after });
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([later.id, earlier.id]);
  });
});
