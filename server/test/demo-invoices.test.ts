// The demo's invoices: each demo agency's past months invoiced through the production producer, as
// the monthly run would have, and listed, downloadable and left alone by the next run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMonthlyInvoices } from '../src/modules/invoices/invoices.service.js';
import { httpGet } from './support/downloads.js';
import type { GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { signedInDemoRep } from './factories/index.js';

type Invoice = { id: string; number: string; status: string; poNumber: string | null; totalCents: number; pdfUrl: string; periodStart: string; lines: { assignmentId: string; amountCents: number }[] };

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_DATA: 'true' });
}, 180_000);
afterAll(async () => server?.stop());

const signIn = (email: string) => signedInDemoRep(server, email);

async function invoicesOf(client: GraphQLClient): Promise<Invoice[]> {
  // 100 invoices with every line (at most 500 each) is within the cost limit; the demo has fewer.
  const data = await client.data<{ invoices: { totalCount: number; edges: { node: Invoice }[] } }>(
    'query($first: Int) { invoices(first: $first) { totalCount edges { node { id number status poNumber totalCents pdfUrl periodStart lines { assignmentId amountCents } } } } }',
    { first: 100 },
  );
  expect(data.invoices.edges).toHaveLength(data.invoices.totalCount);
  return data.invoices.edges.map((edge) => edge.node);
}

describe.each(['rep@acme.test', 'rep@globex.test'])('the demo invoices of %s', (email) => {
  it('are issued for past months, one per PO number and month, each total the sum of its lines, no assignment twice', async () => {
    const client = await signIn(email);
    const invoices = await invoicesOf(client);
    expect(invoices.length).toBeGreaterThan(1);
    expect(invoices.every((invoice) => invoice.status === 'ISSUED' && invoice.number.startsWith(`INV-${invoice.periodStart.slice(0, 7)}-`))).toBe(true);
    expect(invoices.every((invoice) => invoice.totalCents === invoice.lines.reduce((sum, line) => sum + line.amountCents, 0))).toBe(true);
    const assignmentIds = invoices.flatMap((invoice) => invoice.lines.map((line) => line.assignmentId));
    expect(new Set(assignmentIds).size).toBe(assignmentIds.length);
    const perMonthAndPo = invoices.map((invoice) => `${invoice.periodStart} ${invoice.poNumber ?? 'No PO'}`);
    expect(new Set(perMonthAndPo).size).toBe(invoices.length);
    expect(new Set(invoices.map((invoice) => invoice.periodStart)).size).toBeGreaterThan(1);

    const [first] = invoices;
    const cookie = client.cookie('coverline_agency');
    const download = await httpGet(server, new URL(first!.pdfUrl).pathname, { cookie: `coverline_agency=${cookie}` });
    expect(download.status).toBe(200);
    expect(download.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

it('leaves nothing for the monthly run to issue again for the months the demo invoiced', async () => {
  const before = (await invoicesOf(await signIn('rep@acme.test'))).length;
  await issueMonthlyInvoices(server.coverline.deps);
  expect((await invoicesOf(await signIn('rep@acme.test'))).length).toBe(before);
});

it("shows neither demo agency the other's invoices: the other's ids are not found, its PDF URLs answer nothing", async () => {
  const acme = await signIn('rep@acme.test');
  const globex = await signIn('rep@globex.test');
  const [acmeInvoice] = await invoicesOf(acme);
  const globexInvoices = await invoicesOf(globex);
  expect(globexInvoices.map((invoice) => invoice.id)).not.toContain(acmeInvoice!.id);
  const markPaid = await globex.request('mutation($id: ID!) { markInvoicePaid(id: $id) { id } }', { id: acmeInvoice!.id });
  expect(markPaid.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const asGlobex = await httpGet(server, new URL(acmeInvoice!.pdfUrl).pathname, { cookie: `coverline_agency=${globex.cookie('coverline_agency')}` });
  expect(asGlobex.status).toBe(404);
  expect(asGlobex.body.subarray(0, 5).toString('latin1')).not.toBe('%PDF-');
});
