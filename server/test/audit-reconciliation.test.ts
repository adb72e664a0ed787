// Audit reconciliation in the Compliance Hub: an auditor's payment schedule previewed, checked as a
// whole, matched to the facility's certificates and kept; its CSV and audit packet downloaded; "cleared
// to work" answered for a day; and nothing of a facility for anyone without a grant to it, by id or URL.
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateFileName, formatDate, formatDateRange } from '@coverline/domain';
import { auditLog, auditReconciliations, jobCodeRates } from '../src/db/schema.js';
import { loadConfig } from '../src/config.js';
import { errorCode, errorField, errorReason, type GraphQLClient } from './support/graphql-client.js';
import { httpGet, readZip } from './support/downloads.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { approvedJobCategory, coveredAssignment, createAgency, createContractor, createFacility, createMasterPolicies, dayFromToday, moveTo, sessionClient, sessionHeaders, signedInFacilityUser, signedInMemberOf } from './factories/index.js';

let server: TestServer;
const DEFAULT_QUOTA = loadConfig({}).reconciliationsPerFacility;

const PREVIEW = `query($facilityId: ID!, $csv: String!) {
  paymentSchedulePreview(facilityId: $facilityId, csv: $csv) {
    headers suggestedMapping { contractorName email paymentDate amount } rows rowCount
  }
}`;

const RECONCILE = `mutation($facilityId: ID!, $csv: String!, $mapping: PaymentColumnMappingInput!, $fileName: String) {
  reconcilePayments(facilityId: $facilityId, csv: $csv, mapping: $mapping, fileName: $fileName) {
    id createdAt fileName
    totals { status count amountCents }
    rows {
      line contractorName legalName email fein paymentDate workFrom workTo workState amountCents status matchedOn basis note candidateCertificateNumbers
      certificate { number downloadUrl contractorName effectiveDate endDate workState }
      exposure { payrollCents state jobCode premiumCents lines { coverageType classCode rate premiumCents } explanation }
    }
    period { from to }
    payees { payee fein email count amountCents matchedCents unmatchedCents ambiguousCents exposurePremiumCents unpricedCount }
    csvUrl packetUrl
  }
}`;

const CLEARED = `query($facilityId: ID!, $contractor: String!, $date: String!) {
  clearedToWork(facilityId: $facilityId, contractor: $contractor, date: $date) {
    cleared contractorName date note certificate { number downloadUrl contractorName effectiveDate endDate workState }
  }
}`;

type Certificate = { number: string; downloadUrl: string; contractorName: string; effectiveDate: string; endDate: string; workState: string | null };
type Exposure = { payrollCents: number; state: string | null; jobCode: string | null; premiumCents: number | null; lines: { coverageType: string; classCode: string | null; rate: number; premiumCents: number }[]; explanation: string };
type Row = {
  line: number;
  contractorName: string | null;
  legalName: string | null;
  email: string | null;
  fein: string | null;
  paymentDate: string;
  workFrom: string | null;
  workTo: string | null;
  workState: string | null;
  amountCents: number;
  status: string;
  matchedOn: string;
  basis: string;
  note: string | null;
  candidateCertificateNumbers: string[];
  certificate: Certificate | null;
  exposure: Exposure | null;
};
type PayeeTotal = { payee: string; fein: string | null; email: string | null; count: number; amountCents: number; matchedCents: number; unmatchedCents: number; ambiguousCents: number; exposurePremiumCents: number; unpricedCount: number };
type Reconciliation = {
  id: string;
  createdAt: string;
  fileName: string | null;
  totals: { status: string; count: number; amountCents: number }[];
  rows: Row[];
  period: { from: string; to: string } | null;
  payees: PayeeTotal[];
  csvUrl: string;
  packetUrl: string;
};
type Clearance = { cleared: boolean; contractorName: string | null; date: string; note: string | null; certificate: Certificate | null };

type Facility = { id: string; agencyId: string };
type Made = { number: string; pdf: Buffer; firstName: string; lastName: string; effectiveDate: string; endDate: string };

let general: Facility;
let west: Facility;
let riverside: Facility;
let manager: GraphQLClient;
let managerUserId: string;
let westOnlyUserId: string;
let outsiderMemberId: string;
const covered: Record<string, Made> = {};

const day = (days: number) => dayFromToday(server, days);
const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

async function cover(key: string, facility: Facility, who: { id: string; firstName: string; lastName: string }, categoryId: string, from: number, to: number) {
  const effectiveDate = day(from);
  const endDate = day(to);
  const { certificate } = await coveredAssignment(server, { agencyId: facility.agencyId, contractorId: who.id, jobCategoryId: categoryId, facilityId: facility.id, effectiveDate, endDate });
  covered[key] = { number: certificate.number, pdf: certificate.pdf, firstName: who.firstName, lastName: who.lastName, effectiveDate, endDate };
}

const made = (key: string): Made => {
  const found = covered[key];
  if (!found) throw new Error(`nothing covered as ${key}`);
  return found;
};

beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
  const agency = await createAgency(server);
  general = await createFacility(server, agency, { name: 'Mercy General' });
  west = await createFacility(server, agency, { name: 'Mercy West' });
  const other = await createAgency(server);
  riverside = await createFacility(server, other, { name: 'Riverside' });
  const category = await approvedJobCategory(server, agency);

  const ana = await createContractor(server, agency, { firstName: 'Ana', lastName: 'Souza', email: 'ana@example.com' });
  const ben = await createContractor(server, agency, { firstName: 'Ben', lastName: 'Okafor', email: 'ben@example.com' });
  const samOne = await createContractor(server, agency, { firstName: 'Sam', lastName: 'Lee', email: 'sam.lee@example.com' });
  const samTwo = await createContractor(server, agency, { firstName: 'Sam', lastName: 'Lee', email: 'samuel.lee@example.com' });
  const cleo = await createContractor(server, agency, { firstName: 'Cléo', lastName: 'Núñez', email: 'cleo@example.com' });
  await cover('ana1', general, ana, category.id, -60, -50);
  await cover('ana2', general, ana, category.id, -20, -10);
  await cover('anaWest', west, ana, category.id, -45, -44);
  await cover('ben1', general, ben, category.id, -40, -30);
  await cover('ben2', general, ben, category.id, -35, -25);
  await cover('sam1', general, samOne, category.id, -15, -5);
  await cover('sam2', general, samTwo, category.id, -12, -8);
  await cover('cleo', general, cleo, category.id, 5, 10);

  const signedIn = await signedInFacilityUser(server, [general, west]);
  manager = signedIn.client;
  managerUserId = signedIn.user.id;
  westOnlyUserId = (await signedInFacilityUser(server, [west])).user.id;
  outsiderMemberId = (await signedInMemberOf(server, other)).member.id;
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

// Headers as an auditor's export names them; one quoted amount with a thousands separator, dates in both forms.
function schedule(): string {
  return [
    'Payee,E-mail,Paid On,Gross',
    `Ana Souza,,${usDate(day(-55))},"1,250.00"`,
    `"Souza, Ana",,${day(-15)},$800`,
    `,BEN@example.com,${day(-32)},500`,
    `Sam Lee,,${day(-10)},300.50`,
    `sam lee,,${day(-14)},200`,
    `Dev Patel,,${day(-15)},99.99`,
    `Ana Souza,,${day(-45)},100`,
    `Cleo Nunez,,${day(7)},400.00`,
  ].join('\r\n');
}
const MAPPING = { contractorName: 'Payee', email: 'E-mail', paymentDate: 'Paid On', amount: 'Gross' };

async function reconcile(client: GraphQLClient = manager, facilityId = general.id) {
  const { reconcilePayments } = await client.data<{ reconcilePayments: Reconciliation }>(RECONCILE, { facilityId, csv: schedule(), mapping: MAPPING, fileName: 'march-payments.csv' });
  return reconcilePayments;
}

async function storedCount(facilityId: string): Promise<number> {
  const [row] = await server.db.select({ n: count() }).from(auditReconciliations).where(eq(auditReconciliations.facilityId, facilityId));
  return row?.n ?? 0;
}

describe('paymentSchedulePreview', () => {
  it('shows the headers, a suggested mapping, the first five rows and how many there are', async () => {
    const { paymentSchedulePreview } = await manager.data<{ paymentSchedulePreview: unknown }>(PREVIEW, { facilityId: general.id, csv: schedule() });
    expect(paymentSchedulePreview).toEqual({
      headers: ['Payee', 'E-mail', 'Paid On', 'Gross'],
      suggestedMapping: MAPPING,
      rows: [
        ['Ana Souza', '', usDate(day(-55)), '1,250.00'],
        ['Souza, Ana', '', day(-15), '$800'],
        ['', 'BEN@example.com', day(-32), '500'],
        ['Sam Lee', '', day(-10), '300.50'],
        ['sam lee', '', day(-14), '200'],
      ],
      rowCount: 8,
    });
  });

  it('suggests nothing for headers it does not know, and counts no blank lines', async () => {
    const { paymentSchedulePreview } = await manager.data<{ paymentSchedulePreview: { suggestedMapping: unknown; rowCount: number } }>(PREVIEW, {
      facilityId: general.id,
      csv: '\uFEFFRef,Memo,Check Date\n\n1,x,2026-03-04\n,,\n',
    });
    expect(paymentSchedulePreview).toMatchObject({ suggestedMapping: { contractorName: null, email: null, paymentDate: 'Check Date', amount: null }, rowCount: 1 });
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a quote that never closes', 'Name,Date,Amount\n"Ana Souza,2026-03-04,10\n', /not valid CSV/],
    ['two columns of one name', 'Name,Amount,Amount\nAna,1,2\n', /two columns named "Amount"/],
    ['more than 5,000 rows', `Name,Date,Amount\n${'Ana Souza,2026-03-04,1\n'.repeat(5_001)}`, /5,001 rows.*at most 5,000/],
    ['more than 2 MB', `Name,Date,Amount\n${'x'.repeat(2 * 1024 * 1024)}\n`, /larger than 2 MB/],
  ])('refuses %s on csv', async (_name, csv, message) => {
    const result = await manager.request(PREVIEW, { facilityId: general.id, csv });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('csv');
    expect(result.errors?.[0]?.message).toMatch(message);
  });
});

describe('reconcilePayments', () => {
  it('matches each payment to the certificate covering its contractor that day, and totals by status', async () => {
    const result = await reconcile();
    const url = (number: string) => `${server.coverline.deps.config.publicUrl}/certificates/${number}.pdf`;
    const certificate = (key: string, contractorName: string): Certificate => ({
      number: made(key).number,
      downloadUrl: url(made(key).number),
      contractorName,
      effectiveDate: made(key).effectiveDate,
      endDate: made(key).endDate,
      workState: 'IL',
    });
    // No work period in this schedule: every row says it fell back to its payment date.
    const base = {
      email: null,
      legalName: null,
      fein: null,
      workFrom: null,
      workTo: null,
      workState: null,
      matchedOn: 'PAYMENT_DATE',
      basis: expect.stringMatching(/^No work period given: (matched on|checked against) payment date [A-Z][a-z]{2} \d{1,2}, \d{4}$/),
      candidateCertificateNumbers: [],
      note: null,
      certificate: null,
      exposure: null,
    };
    const exposure = (payrollCents: number) => expect.objectContaining({ payrollCents, state: 'IL' });
    expect(result.rows).toEqual([
      { ...base, line: 2, contractorName: 'Ana Souza', paymentDate: day(-55), amountCents: 125_000, status: 'MATCHED', certificate: certificate('ana1', 'Ana Souza') },
      { ...base, line: 3, contractorName: 'Souza, Ana', paymentDate: day(-15), amountCents: 80_000, status: 'MATCHED', certificate: certificate('ana2', 'Ana Souza') },
      {
        ...base,
        line: 4,
        contractorName: null,
        email: 'ben@example.com',
        paymentDate: day(-32),
        amountCents: 50_000,
        status: 'AMBIGUOUS',
        candidateCertificateNumbers: [made('ben2').number, made('ben1').number],
        note: `Overlapping certificates cover ${formatDate(day(-32))}: ${made('ben2').number}, ${made('ben1').number}`,
      },
      {
        ...base,
        line: 5,
        contractorName: 'Sam Lee',
        paymentDate: day(-10),
        amountCents: 30_050,
        status: 'AMBIGUOUS',
        // The most recent certificate first.
        candidateCertificateNumbers: [made('sam2').number, made('sam1').number],
        note: `2 contractors named Sam Lee were covered on ${formatDate(day(-10))} (${made('sam2').number}, ${made('sam1').number}): add the email to the schedule to tell them apart`,
      },
      {
        ...base,
        line: 6,
        contractorName: 'sam lee',
        paymentDate: day(-14),
        amountCents: 20_000,
        status: 'MATCHED',
        certificate: certificate('sam1', 'Sam Lee'),
        note: `2 contractors named sam lee work at this facility; only this one was covered on ${formatDate(day(-14))}`,
      },
      {
        ...base,
        line: 7,
        contractorName: 'Dev Patel',
        paymentDate: day(-15),
        amountCents: 9_999,
        status: 'UNMATCHED',
        note: 'No contractor named Dev Patel at this facility',
        exposure: expect.objectContaining({ payrollCents: 9_999, state: null, premiumCents: null }),
      },
      // Ana was covered that day, but at Mercy West: not here.
      { ...base, line: 8, contractorName: 'Ana Souza', paymentDate: day(-45), amountCents: 10_000, status: 'UNMATCHED', note: `No coverage on ${formatDate(day(-45))}`, exposure: exposure(10_000) },
      { ...base, line: 9, contractorName: 'Cleo Nunez', paymentDate: day(7), amountCents: 40_000, status: 'MATCHED', certificate: certificate('cleo', 'Cléo Núñez') },
    ]);
    expect(result.totals).toEqual([
      { status: 'MATCHED', count: 4, amountCents: 265_000 },
      { status: 'UNMATCHED', count: 2, amountCents: 19_999 },
      { status: 'AMBIGUOUS', count: 2, amountCents: 80_050 },
    ]);
    expect(result.fileName).toBe('march-payments.csv');
    expect(result.csvUrl).toBe(`${server.coverline.deps.config.publicUrl}/facilities/${general.id}/reconciliations/${result.id}.csv`);
    expect(result.packetUrl).toBe(`${server.coverline.deps.config.publicUrl}/facilities/${general.id}/reconciliations/${result.id}/packet.zip`);
  });

  it('keeps the reconciliation, who ran it, and an audit record', async () => {
    const result = await reconcile();
    const stored = await server.db.query.auditReconciliations.findFirst({ where: eq(auditReconciliations.id, result.id) });
    expect(stored).toMatchObject({ agencyId: general.agencyId, facilityId: general.id, createdByFacilityUserId: managerUserId, createdByTeamMemberId: null, fileName: 'march-payments.csv' });
    expect(stored?.result.totals).toEqual(result.totals);
    const audit = await server.db.query.auditLog.findFirst({ where: and(eq(auditLog.action, 'audit_reconciliation.create'), eq(auditLog.targetId, result.id)) });
    expect(audit).toMatchObject({ agencyId: general.agencyId, actorType: 'FACILITY_USER', actorId: managerUserId, targetType: 'audit_reconciliation' });
    expect(audit?.data).toMatchObject({ facilityId: general.id, fileName: 'march-payments.csv' });
  });

  it('lets an agency member reconcile their own facility, recorded as theirs', async () => {
    const member = await signedInMemberOf(server, { id: general.agencyId });
    const result = await reconcile(member.client);
    expect(result.totals[0]).toEqual({ status: 'MATCHED', count: 4, amountCents: 265_000 });
    const stored = await server.db.query.auditReconciliations.findFirst({ where: eq(auditReconciliations.id, result.id) });
    expect(stored).toMatchObject({ createdByFacilityUserId: null, createdByTeamMemberId: member.member.id });
  });

  it('reports every bad row by line and column, and keeps nothing', async () => {
    const before = await storedCount(west.id);
    const csv = [
      'Name,Date,Amount',
      'Ana Souza,2026-02-30,100',
      // A quoted name over two lines: the row is reported at the line it starts on.
      '"Okafor,\nBen",03/04/2026,abc',
      '',
      ',2026-03-04,-5',
      'Cleo Nunez,2026-03-04,10',
      `Ben Okafor,13/01/2026,"10,000,000.01"`,
    ].join('\n');
    const result = await manager.request(RECONCILE, { facilityId: west.id, csv, mapping: { contractorName: 'Name', paymentDate: 'Date', amount: 'Amount' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('csv');
    expect(result.errors?.[0]?.message).toBe(
      [
        'Nothing was saved: fix these 6 problems and upload the file again.',
        'line 2, column Date: "2026-02-30" is not a date (use YYYY-MM-DD or MM/DD/YYYY)',
        'line 3, column Amount: "abc" is not an amount (e.g. 1,250.00)',
        'line 6, column Name: a contractor name or email is required',
        'line 6, column Amount: the amount must be greater than zero',
        'line 8, column Date: "13/01/2026" is not a date (use YYYY-MM-DD or MM/DD/YYYY)',
        'line 8, column Amount: the amount must be at most $10,000,000.00',
      ].join('\n'),
    );
    expect(await storedCount(west.id)).toBe(before);
  });

  it.each([
    [{ contractorName: 'Payee', paymentDate: 'Paid On' }, 'mapping.amount', /amount/],
    [{ contractorName: 'Payee', amount: 'Gross' }, 'mapping.paymentDate', /payment date/],
    [{ paymentDate: 'Paid On', amount: 'Gross' }, 'mapping.contractorName', /name, legal name or email/],
    [{ ...MAPPING, workFrom: 'Paid On' }, 'mapping.workTo', /end too, or neither/],
    [{ ...MAPPING, email: 'Email address' }, 'mapping.email', /no column "Email address"/],
  ])('refuses the mapping %j on %s', async (mapping, field, message) => {
    const result = await manager.request(RECONCILE, { facilityId: general.id, csv: schedule(), mapping });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  it('refuses a file without payments, and one over the limits', async () => {
    const mapping = { contractorName: 'Name', paymentDate: 'Date', amount: 'Amount' };
    const headerOnly = await manager.request(RECONCILE, { facilityId: general.id, csv: 'Name,Date,Amount\n', mapping });
    expect([errorField(headerOnly), headerOnly.errors?.[0]?.message]).toEqual(['csv', 'The file has no payments after its header row.']);
    const tooMany = await manager.request(RECONCILE, { facilityId: general.id, csv: `Name,Date,Amount\n${'Ana Souza,2026-03-04,1\n'.repeat(5_001)}`, mapping });
    expect(errorField(tooMany)).toBe('csv');
  });
});

describe('reconcilePayments on work periods', () => {
  // Rosa works under a workers' compensation category in Illinois; her certificates here and at Mercy West.
  let rosaHere: Made;
  let rosaWest: Made;
  let rateIL: number;
  beforeAll(async () => {
    const agency = { id: general.agencyId };
    const wc = await approvedJobCategory(server, agency, { coverageTypes: ['WORKERS_COMPENSATION'], workState: 'IL' });
    const rosa = await createContractor(server, agency, { firstName: 'Rosa', lastName: 'Diaz', email: 'rosa@example.com' });
    const theo = await createContractor(server, agency, { firstName: 'Theo', lastName: 'Ward', email: 'theo@example.com' });
    await cover('rosaHere', general, rosa, wc.id, -30, -20);
    await cover('rosaWest', west, rosa, wc.id, -19, -16);
    const { assignment } = await coveredAssignment(server, { agencyId: general.agencyId, contractorId: theo.id, jobCategoryId: wc.id, facilityId: general.id, effectiveDate: day(-28), endDate: day(-22) });
    await moveTo(server, assignment, 'CANCELLED', 'Booked in error');
    [rosaHere, rosaWest] = [made('rosaHere'), made('rosaWest')];
    const rate = await server.db.query.jobCodeRates.findFirst({ where: and(eq(jobCodeRates.jobCodeId, wc.jobCodeId), eq(jobCodeRates.state, 'IL'), eq(jobCodeRates.coverageType, 'WORKERS_COMPENSATION')) });
    rateIL = rate!.rate;
  });

  const HEADERS = 'Vendor,Legal Name,FEIN,Check Date,Amount,Work From,Work To,Work State';
  const WORK_MAPPING = { contractorName: 'Vendor', legalName: 'Legal Name', fein: 'FEIN', paymentDate: 'Check Date', amount: 'Amount', workFrom: 'Work From', workTo: 'Work To', workState: 'Work State' };
  const run = async (lines: string[], client: GraphQLClient = manager, facilityId = general.id) =>
    (await client.data<{ reconcilePayments: Reconciliation }>(RECONCILE, { facilityId, csv: [HEADERS, ...lines].join('\n'), mapping: WORK_MAPPING, fileName: 'work-periods.csv' })).reconcilePayments;

  it('suggests the work-period columns from their headers', async () => {
    const { paymentSchedulePreview } = await manager.data<{ paymentSchedulePreview: { suggestedMapping: Record<string, string | null> } }>(
      `query($facilityId: ID!, $csv: String!) { paymentSchedulePreview(facilityId: $facilityId, csv: $csv) { suggestedMapping { contractorName legalName email fein paymentDate amount workFrom workTo workState } } }`,
      { facilityId: general.id, csv: `${HEADERS}\nRosa Diaz,,,${day(-5)},100,,,` },
    );
    expect(paymentSchedulePreview.suggestedMapping).toEqual({ ...WORK_MAPPING, email: null });
  });

  it('matches a payment made after the work ended on its work period, and says so in the row', async () => {
    // Paid 15 days after the work and after the certificate ended: matched on payment date it would be unmatched.
    const result = await run([`Rosa Diaz,Rosa M. Diaz,12-3456789,${day(-5)},"2,000.00",${usDate(day(-28))},${day(-21)},IL`]);
    expect(result.rows[0]).toMatchObject({
      status: 'MATCHED',
      matchedOn: 'WORK_PERIOD',
      basis: `Matched on work period ${formatDateRange(day(-28), day(-21))}`,
      legalName: 'Rosa M. Diaz',
      fein: '12-3456789',
      workFrom: day(-28),
      workTo: day(-21),
      workState: 'IL',
      note: null,
      exposure: null,
      certificate: { number: rosaHere.number, effectiveDate: rosaHere.effectiveDate, endDate: rosaHere.endDate, workState: 'IL' },
    });
    expect(result.period).toEqual({ from: day(-28), to: day(-21) });
  });

  it('falls back to the payment date only for a row without a work period, and says so', async () => {
    const result = await run([`Rosa Diaz,,,${day(-25)},100,,,`, `Rosa Diaz,,,${day(-5)},300,,,`]);
    expect(result.rows.map((row) => [row.status, row.matchedOn, row.basis, row.note])).toEqual([
      ['MATCHED', 'PAYMENT_DATE', `No work period given: matched on payment date ${formatDate(day(-25))}`, null],
      ['UNMATCHED', 'PAYMENT_DATE', `No work period given: checked against payment date ${formatDate(day(-5))}`, `No coverage on ${formatDate(day(-5))}`],
    ]);
  });

  it("never matches another facility's certificate, and estimates the exposure at the contractor's class rate", async () => {
    // Rosa was covered for these days, but at Mercy West.
    const [row] = (await run([`Rosa Diaz,,,${day(-2)},"4,000.00",${day(-19)},${day(-16)},`])).rows;
    const premiumCents = Math.round((400_000 * rateIL) / 100);
    expect(row).toMatchObject({
      status: 'UNMATCHED',
      certificate: null,
      note: `No coverage for ${formatDateRange(day(-19), day(-16))}`,
      exposure: { payrollCents: 400_000, state: 'IL', jobCode: 'hospital-professional', premiumCents, lines: [{ coverageType: 'WORKERS_COMPENSATION', rate: rateIL, premiumCents }] },
    });
    expect(row!.exposure!.explanation).toMatch(/^Estimated exposure: \$4,000\.00 added to payroll as uninsured work .*class rate for hospital-professional in Illinois: Workers' Compensation class \S+ at \$[\d.]+ per \$100 of payroll$/);
    // Mercy West matches it there.
    const atWest = await run([`Rosa Diaz,,,${day(-2)},"4,000.00",${day(-19)},${day(-16)},`], manager, west.id);
    expect(atWest.rows[0]).toMatchObject({ status: 'MATCHED', certificate: { number: rosaWest.number } });
  });

  it('never matches a voided certificate, and names the void', async () => {
    const [row] = (await run([`Theo Ward,,,${day(-1)},500,${day(-27)},${day(-23)},`])).rows;
    expect(row).toMatchObject({ status: 'UNMATCHED', certificate: null, note: expect.stringMatching(new RegExp(`^No valid certificate for ${formatDateRange(day(-27), day(-23))}: CL-\\S+ was voided on [A-Z][a-z]{2} \\d{1,2}, \\d{4}$`)) });
  });

  it('matches only a certificate for the work state the row names', async () => {
    const [row] = (await run([`Rosa Diaz,,,${day(-5)},100,${day(-28)},${day(-21)},Indiana`])).rows;
    expect(row).toMatchObject({ status: 'UNMATCHED', workState: 'IN', note: expect.stringMatching(/covers work in Illinois, not in Indiana/) });
  });

  it('totals each payee over the audit period, by FEIN when given', async () => {
    const result = await run([
      `Rosa Diaz,,12-3456789,${day(-5)},"1,000.00",${day(-28)},${day(-21)},IL`,
      `Diaz Care LLC,,123456789,${day(-1)},250,${day(-19)},${day(-17)},IL`,
      `Dev Patel,,,${day(-3)},50,,,`,
    ]);
    expect(result.period).toEqual({ from: day(-28), to: day(-3) });
    expect(result.payees).toEqual([
      {
        payee: 'Rosa Diaz',
        fein: '12-3456789',
        email: null,
        count: 2,
        amountCents: 125_000,
        matchedCents: 100_000,
        unmatchedCents: 25_000,
        ambiguousCents: 0,
        exposurePremiumCents: 0,
        unpricedCount: 1,
      },
      { payee: 'Dev Patel', fein: null, email: null, count: 1, amountCents: 5_000, matchedCents: 0, unmatchedCents: 5_000, ambiguousCents: 0, exposurePremiumCents: 0, unpricedCount: 1 },
    ]);
  });

  it('reports a bad FEIN, work date or state by line and column, and keeps nothing', async () => {
    const before = await storedCount(general.id);
    const result = await manager.request(RECONCILE, {
      facilityId: general.id,
      csv: [HEADERS, `Rosa Diaz,,12-34567,${day(-5)},100,,,`, `Rosa Diaz,,,${day(-5)},100,${day(-20)},${day(-25)},Atlantis`, `Rosa Diaz,,,${day(-5)},100,${day(-20)},,IL`].join('\n'),
      mapping: WORK_MAPPING,
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('csv');
    expect(result.errors?.[0]?.message).toBe(
      [
        'Nothing was saved: fix these 4 problems and upload the file again.',
        'line 2, column FEIN: "12-34567" is not a FEIN (use NN-NNNNNNN)',
        `line 3, column Work To: the work period ends (${formatDate(day(-25))}) before it starts (${formatDate(day(-20))})`,
        'line 3, column Work State: "Atlantis" is not a US state (e.g. CA or California)',
        'line 4, column Work To: the work period needs an end date too (or leave both empty)',
      ].join('\n'),
    );
    expect(await storedCount(general.id)).toBe(before);
  });

  it('keeps the work-period reconciliation readable only under its facility', async () => {
    const result = await run([`Rosa Diaz,,,${day(-5)},100,${day(-28)},${day(-21)},IL`]);
    const listed = `query($facilityId: ID!) { facilityReconciliations(facilityId: $facilityId, first: 50) { edges { node { id rows { basis } } } } }`;
    type Listed = { facilityReconciliations: { edges: { node: { id: string; rows: { basis: string }[] } }[] } };
    const here = await manager.data<Listed>(listed, { facilityId: general.id });
    expect(here.facilityReconciliations.edges.find((edge) => edge.node.id === result.id)?.node.rows[0]?.basis).toBe(`Matched on work period ${formatDateRange(day(-28), day(-21))}`);
    const atWest = await manager.data<Listed>(listed, { facilityId: west.id });
    expect(atWest.facilityReconciliations.edges.map((edge) => edge.node.id)).not.toContain(result.id);
    const westOnly = await sessionClient(server, { principalType: 'FACILITY_USER', principalId: westOnlyUserId, agencyId: null });
    expect(errorCode(await westOnly.request(listed, { facilityId: general.id }))).toBe('NOT_FOUND');
    expect((await get(pathOf(result.packetUrl), await cookieOf('FACILITY_USER', westOnlyUserId))).status).toBe(404);
  });
});

describe('the quota of kept reconciliations', () => {
  it(`refuses one more than a facility may keep (${DEFAULT_QUOTA}) with RECONCILIATION_QUOTA_REACHED, and keeps nothing of it`, async () => {
    const facility = await createFacility(server, { id: general.agencyId }, { name: 'Mercy Quota' });
    const { client } = await signedInFacilityUser(server, [facility]);
    const first = await reconcile(client, facility.id);
    // The rest of the quota, as if run before: copies of the first.
    await server.db.execute(sql`
      insert into audit_reconciliations (agency_id, facility_id, file_name, result, created_at)
      select agency_id, facility_id, file_name, result, created_at from audit_reconciliations, generate_series(2, ${DEFAULT_QUOTA}) where id = ${first.id}`);
    const [auditBefore] = await server.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'audit_reconciliation.create'));
    const refused = await client.request(RECONCILE, { facilityId: facility.id, csv: schedule(), mapping: MAPPING, fileName: 'one-too-many.csv' });
    expect([errorCode(refused), errorField(refused), errorReason(refused)]).toEqual(['BAD_USER_INPUT', 'facilityId', 'RECONCILIATION_QUOTA_REACHED']);
    expect(refused.errors?.[0]?.message).toMatch(/keeps 1,000 reconciliations/);
    expect(await storedCount(facility.id)).toBe(DEFAULT_QUOTA);
    const [auditAfter] = await server.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'audit_reconciliation.create'));
    expect(auditAfter?.n).toBe(auditBefore?.n);
  });

  it('is configurable', () => {
    expect(loadConfig({ RECONCILIATIONS_PER_FACILITY: '25' }).reconciliationsPerFacility).toBe(25);
    expect(() => loadConfig({ RECONCILIATIONS_PER_FACILITY: '0' })).toThrow(/RECONCILIATIONS_PER_FACILITY/);
  });
});

describe('clearedToWork', () => {
  async function ask(contractor: string, date: string, client = manager, facilityId = general.id) {
    return (await client.data<{ clearedToWork: Clearance }>(CLEARED, { facilityId, contractor, date })).clearedToWork;
  }

  it('clears a contractor covered that day, with the certificate', async () => {
    const ana2 = made('ana2');
    expect(await ask('Ana Souza', day(-12))).toEqual({
      cleared: true,
      contractorName: 'Ana Souza',
      date: day(-12),
      note: null,
      certificate: {
        number: ana2.number,
        downloadUrl: `${server.coverline.deps.config.publicUrl}/certificates/${ana2.number}.pdf`,
        contractorName: 'Ana Souza',
        effectiveDate: ana2.effectiveDate,
        endDate: ana2.endDate,
        workState: 'IL',
      },
    });
    expect(await ask('ANA@example.com', day(-60))).toMatchObject({ cleared: true, certificate: { number: made('ana1').number } });
  });

  it('does not clear a contractor on a day without coverage here', async () => {
    expect(await ask('Ana Souza', day(-30))).toEqual({ cleared: false, contractorName: 'Ana Souza', date: day(-30), note: `No coverage on ${formatDate(day(-30))}`, certificate: null });
    // Covered at Mercy West that day, which is not the facility asked about.
    expect(await ask('Ana Souza', day(-45))).toMatchObject({ cleared: false, note: `No coverage on ${formatDate(day(-45))}` });
  });

  it('answers for a future date: cleared on a booked assignment, not after it ends', async () => {
    expect(await ask('Núñez, Cléo', day(7))).toMatchObject({ cleared: true, contractorName: 'Cléo Núñez', certificate: { number: made('cleo').number } });
    expect(await ask('Cleo Nunez', day(11))).toMatchObject({ cleared: false, note: `No coverage on ${formatDate(day(11))}` });
  });

  it('does not clear a name it does not know, or a shared name without the email', async () => {
    expect(await ask('Dev Patel', day(0))).toEqual({ cleared: false, contractorName: null, date: day(0), note: 'No contractor named Dev Patel at this facility', certificate: null });
    expect(await ask('Sam Lee', day(-14))).toMatchObject({ cleared: false, note: '2 contractors named Sam Lee work at this facility: ask with the email to tell them apart' });
    expect(await ask('samuel.lee@example.com', day(-10))).toMatchObject({ cleared: true, certificate: { number: made('sam2').number } });
  });

  it('refuses a date that is not YYYY-MM-DD, and an empty name', async () => {
    const badDate = await manager.request(CLEARED, { facilityId: general.id, contractor: 'Ana Souza', date: '03/04/2026' });
    expect([errorCode(badDate), errorField(badDate)]).toEqual(['BAD_USER_INPUT', 'date']);
    const noName = await manager.request(CLEARED, { facilityId: general.id, contractor: '  ', date: day(0) });
    expect([errorCode(noName), errorField(noName)]).toEqual(['BAD_USER_INPUT', 'contractor']);
  });
});

// ---------------------------------------------------------------- downloads

async function cookieOf(principal: 'FACILITY_USER' | 'AGENCY_MEMBER', principalId: string, agencyId: string | null = null) {
  return sessionHeaders(server, { principalType: principal, principalId, agencyId });
}

const get = (path: string, headers: Record<string, string> = {}) => httpGet(server, path, headers);

const pathOf = (url: string) => new URL(url).pathname;

describe('downloads', () => {
  let result: Reconciliation;
  beforeAll(async () => {
    result = await reconcile();
  });

  it('serves the rows as a CSV attachment, one line per payment', async () => {
    const response = await get(pathOf(result.csvUrl), await cookieOf('FACILITY_USER', managerUserId));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Mercy-General-reconciliation-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = response.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe(
      'line,contractor,legal_name,email,fein,payment_date,work_from,work_to,work_state,amount,status,matched_on,certificate_number,certificate_state,coverage_start,coverage_end,exposure_payroll,exposure_premium,note',
    );
    const ana1 = made('ana1');
    expect(lines[1]).toBe(
      `2,Ana Souza,,,,${day(-55)},,,,1250.00,MATCHED,PAYMENT_DATE,${ana1.number},IL,${ana1.effectiveDate},${ana1.endDate},,,"No work period given: matched on payment date ${formatDate(day(-55))}"`,
    );
    expect(lines[2]).toMatch(new RegExp(`^3,"Souza, Ana",,,,${day(-15)},,,,800\\.00,MATCHED,PAYMENT_DATE,${made('ana2').number},IL,`));
    expect(lines[6]).toMatch(new RegExp(`^7,Dev Patel,,,,${day(-15)},,,,99\\.99,UNMATCHED,PAYMENT_DATE,,,,,99\\.99,,".*No contractor named Dev Patel at this facility\\. Estimated exposure: \\$99\\.99 added to payroll`));
    expect(lines[9]).toBe('');
  });

  it('streams the audit packet: the report as CSV and PDF, and every matched certificate as stored', async () => {
    const cookie = await cookieOf('FACILITY_USER', managerUserId);
    const response = await get(pathOf(result.packetUrl), cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Mercy-General-audit-packet-\d{4}-\d{2}-\d{2}\.zip"$/);
    const entries = await readZip(response.body);
    const matched = ['ana1', 'ana2', 'sam1', 'cleo'].map(made);
    expect(entries.map((entry) => entry.fileName)).toEqual(['reconciliation.csv', 'reconciliation.pdf', 'payees.csv', 'certificates.csv', ...matched.map((m) => `certificates/${certificateFileName(m)}`)]);
    // Per certificate: the state and the dates it covers, and its file in the packet.
    expect(entries[3]!.bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      'certificate_number,contractor,work_state,coverage_start,coverage_end,payments,file',
      ...matched.map((m) => `${m.number},${m.firstName} ${m.lastName},IL,${m.effectiveDate},${m.endDate},1,certificates/${certificateFileName(m)}`),
      '',
    ]);
    expect(entries[2]!.bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe('payee,fein,email,period_from,period_to,payments,amount,matched,unmatched,ambiguous,exposure_premium,unpriced_payments');
    expect(entries.map((entry) => entry.fileName)).toContain(`certificates/Nunez-Cleo-${made('cleo').effectiveDate}-${made('cleo').number}.pdf`);

    const csv = await get(pathOf(result.csvUrl), cookie);
    expect(entries[0]!.bytes.equals(csv.body)).toBe(true);
    const pdf = entries[1]!;
    expect(pdf.compressionMethod).toBe(0);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const [index, m] of matched.entries()) {
      const entry = entries[index + 4]!;
      expect(entry.compressionMethod).toBe(0);
      expect(entry.bytes.equals(m.pdf), entry.fileName).toBe(true);
    }
    // The report is reproducible: the same reconciliation gives the same PDF.
    const again = await readZip((await get(pathOf(result.packetUrl), cookie)).body);
    expect(again[1]!.bytes.equals(pdf.bytes)).toBe(true);
  });

  it('serves both to a member of the agency', async () => {
    const member = await signedInMemberOf(server, { id: general.agencyId });
    const cookie = await cookieOf('AGENCY_MEMBER', member.member.id, general.agencyId);
    expect((await get(pathOf(result.csvUrl), cookie)).status).toBe(200);
    expect((await get(pathOf(result.packetUrl), cookie)).status).toBe(200);
  });
});

describe('isolation', () => {
  let result: Reconciliation;
  beforeAll(async () => {
    result = await reconcile();
  });

  const outsiders = () => [
    ['a facility user of another facility of the agency', () => cookieOf('FACILITY_USER', westOnlyUserId), () => sessionClient(server, { principalType: 'FACILITY_USER', principalId: westOnlyUserId, agencyId: null }), west],
    ["another agency's member", () => cookieOf('AGENCY_MEMBER', outsiderMemberId, riverside.agencyId), () => sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: outsiderMemberId, agencyId: riverside.agencyId }), riverside],
  ] as const;

  it('answers NOT_FOUND to outsiders for the queries and the mutation, and stores nothing', async () => {
    const before = await storedCount(general.id);
    for (const [who, , client] of outsiders()) {
      const outsider = await client();
      expect(errorCode(await outsider.request(PREVIEW, { facilityId: general.id, csv: schedule() })), who).toBe('NOT_FOUND');
      expect(errorCode(await outsider.request(RECONCILE, { facilityId: general.id, csv: schedule(), mapping: MAPPING })), who).toBe('NOT_FOUND');
      expect(errorCode(await outsider.request(CLEARED, { facilityId: general.id, contractor: 'Ana Souza', date: day(-12) })), who).toBe('NOT_FOUND');
    }
    // A facility that is not a facility at all looks the same, even with a bad file.
    expect(errorCode(await manager.request(RECONCILE, { facilityId: 'not-an-id', csv: '', mapping: {} }))).toBe('NOT_FOUND');
    expect(await storedCount(general.id)).toBe(before);
  });

  it('answers 404 to outsiders for both URLs, also when they guess the id under their own facility', async () => {
    const notFound = await get(pathOf(result.csvUrl));
    expect(notFound.status).toBe(404);
    for (const [who, cookie, , own] of outsiders()) {
      const headers = await cookie();
      for (const url of [result.csvUrl, result.packetUrl]) {
        const theirs = await get(pathOf(url), headers);
        expect(theirs.status, `${who}: ${url}`).toBe(404);
        expect(theirs.body.equals(notFound.body)).toBe(true);
        const guessed = await get(pathOf(url).replace(general.id, own.id), headers);
        expect(guessed.status, `${who}: ${url} under their own facility`).toBe(404);
        expect(guessed.body.equals(notFound.body)).toBe(true);
      }
    }
    const managerCookie = await cookieOf('FACILITY_USER', managerUserId);
    // The manager sees both facilities, but the reconciliation belongs to Mercy General only.
    expect((await get(pathOf(result.csvUrl).replace(general.id, west.id), managerCookie)).status).toBe(404);
    expect((await get(`/facilities/${general.id}/reconciliations/not-an-id.csv`, managerCookie)).status).toBe(404);
    expect((await get(`/facilities/${general.id}/reconciliations/00000000-0000-4000-8000-000000000000/packet.zip`, managerCookie)).status).toBe(404);
  });
});
