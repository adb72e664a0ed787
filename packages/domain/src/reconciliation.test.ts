import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';
import {
  auditPeriod,
  certificateManifestCsv,
  clearedToWork,
  contractorNameKey,
  csvField,
  estimateExposure,
  MAX_PAYMENT_CENTS,
  parseFein,
  parsePaymentDate,
  parsePaymentRow,
  parseWorkState,
  payeeTotals,
  payeeTotalsCsv,
  reconcilePayments,
  reconciliationCsv,
  reconciliationTotals,
  keptReconciledPayment,
  suggestPaymentColumnMapping,
  type ClassRate,
  type FacilityCoverage,
  type SchedulePayment,
  type KeptReconciledPayment,
} from './reconciliation';

describe('suggestPaymentColumnMapping', () => {
  it('maps the usual headers, whatever their case and spacing', () => {
    expect(suggestPaymentColumnMapping(['Contractor', 'E-mail', 'Paid On', 'Gross'])).toEqual({
      contractorName: 'Contractor',
      email: 'E-mail',
      paymentDate: 'Paid On',
      amount: 'Gross',
    });
    expect(suggestPaymentColumnMapping(['  NAME ', 'email', 'payment_date', 'PAYMENT AMOUNT'])).toEqual({
      contractorName: '  NAME ',
      email: 'email',
      paymentDate: 'payment_date',
      amount: 'PAYMENT AMOUNT',
    });
  });

  it.each([
    ['name', 'contractorName'],
    ['Payee', 'contractorName'],
    ['worker', 'contractorName'],
    ['Employee Name', 'contractorName'],
    ['EMAIL', 'email'],
    ['e-mail', 'email'],
    ['Date', 'paymentDate'],
    ['Payment Date', 'paymentDate'],
    ['paid on', 'paymentDate'],
    ['Check Date', 'paymentDate'],
    ['Amount', 'amount'],
    ['gross', 'amount'],
    ['Paid', 'amount'],
    ['Payment amount', 'amount'],
    ['Gross Pay', 'amount'],
    ['Net pay', 'amount'],
  ])('recognises "%s" as %s', (header, column) => {
    expect(suggestPaymentColumnMapping(['Memo', header])).toEqual({ [column]: header });
  });

  it('leaves out what no header names, and suggests nothing for unknown headers', () => {
    expect(suggestPaymentColumnMapping(['Email', 'Date', 'Amount'])).toEqual({ email: 'Email', paymentDate: 'Date', amount: 'Amount' });
    expect(suggestPaymentColumnMapping(['Memo', 'Reference', ''])).toEqual({});
    expect(suggestPaymentColumnMapping([])).toEqual({});
  });

  it('prefers the more specific header when several would do, and uses a header for one field only', () => {
    expect(suggestPaymentColumnMapping(['Date', 'Payment Date', 'Amount'])).toMatchObject({ paymentDate: 'Payment Date' });
    expect(suggestPaymentColumnMapping(['Name', 'Name', 'Amount', 'Paid'])).toEqual({ contractorName: 'Name', amount: 'Amount' });
  });
});

describe('parsePaymentDate', () => {
  it.each([
    ['2026-03-04', '2026-03-04'],
    [' 2026-03-04 ', '2026-03-04'],
    ['03/04/2026', '2026-03-04'],
    ['3/4/2026', '2026-03-04'],
    ['12/31/2026', '2026-12-31'],
    ['2/29/2028', '2028-02-29'],
  ])('reads %j as %s', (input, expected) => {
    expect(parsePaymentDate(input)).toBe(expected);
  });

  it.each(['', '2026-02-30', '2/29/2026', '31/12/2026', '13/01/2026', '2026/03/04', '03-04-2026', '3/4/26', 'March 4, 2026', '2026-3-4'])(
    'refuses %j',
    (input) => {
      expect(parsePaymentDate(input)).toBeNull();
    },
  );
});

describe('parsePaymentRow', () => {
  it('reads a complete row, amounts to cents and dates to YYYY-MM-DD, with the email lower-cased', () => {
    expect(parsePaymentRow(2, { contractorName: ' Ana  Souza ', email: ' Ana@Example.COM ', paymentDate: '3/4/2026', amount: '1,250.00' })).toEqual({
      ok: true,
      payment: { line: 2, contractorName: 'Ana Souza', legalName: null, email: 'ana@example.com', fein: null, paymentDate: '2026-03-04', amountCents: 125_000, workFrom: null, workTo: null, workState: null },
    });
  });

  it.each([
    ['1,250.00', 125_000],
    ['$1250', 125_000],
    ['1250', 125_000],
    ['$ 1,250.5', 125_050],
    ['0.01', 1],
    ['10,000,000.00', MAX_PAYMENT_CENTS],
  ])('reads the amount %j as %i cents', (amount, cents) => {
    const parsed = parsePaymentRow(2, { email: 'a@b.co', paymentDate: '2026-03-04', amount });
    expect(parsed).toMatchObject({ ok: true, payment: { amountCents: cents } });
  });

  it('needs a name or an email, not both', () => {
    expect(parsePaymentRow(3, { contractorName: 'Ana Souza', paymentDate: '2026-03-04', amount: '10' })).toMatchObject({ ok: true, payment: { email: null } });
    expect(parsePaymentRow(3, { email: 'ana@example.com', paymentDate: '2026-03-04', amount: '10' })).toMatchObject({ ok: true, payment: { contractorName: null } });
    expect(parsePaymentRow(3, { contractorName: ' ', email: '', paymentDate: '2026-03-04', amount: '10' })).toEqual({
      ok: false,
      problems: [{ column: 'contractorName', message: 'a contractor name or email is required' }],
    });
    // Without a name column, the problem is on the email column.
    expect(parsePaymentRow(3, { email: '', paymentDate: '2026-03-04', amount: '10' })).toEqual({
      ok: false,
      problems: [{ column: 'email', message: 'a contractor name or email is required' }],
    });
  });

  it('reports every problem of a row, each on its column', () => {
    expect(parsePaymentRow(7, { contractorName: 'Ana', email: 'not-an-email', paymentDate: '31/12/2026', amount: 'ten dollars' })).toEqual({
      ok: false,
      problems: [
        { column: 'email', message: '"not-an-email" is not an email address' },
        { column: 'paymentDate', message: '"31/12/2026" is not a date (use YYYY-MM-DD or MM/DD/YYYY)' },
        { column: 'amount', message: '"ten dollars" is not an amount (e.g. 1,250.00)' },
      ],
    });
    expect(parsePaymentRow(8, { contractorName: 'Ana', paymentDate: '', amount: '' })).toEqual({
      ok: false,
      problems: [
        { column: 'paymentDate', message: 'a payment date is required' },
        { column: 'amount', message: 'an amount is required' },
      ],
    });
  });

  it.each([
    ['0', 'the amount must be greater than zero'],
    ['-$5.00', 'the amount must be greater than zero'],
    ['10,000,000.01', 'the amount must be at most $10,000,000.00'],
    ['12.345', '"12.345" is not an amount (e.g. 1,250.00)'],
    ['1,23', '"1,23" is not an amount (e.g. 1,250.00)'],
  ])('refuses the amount %j: %s', (amount, message) => {
    expect(parsePaymentRow(2, { contractorName: 'Ana', paymentDate: '2026-03-04', amount })).toEqual({ ok: false, problems: [{ column: 'amount', message }] });
  });
});

describe('contractorNameKey', () => {
  it('ignores case, accents and extra spaces, and turns "Last, First" around', () => {
    const key = contractorNameKey('Cléo Núñez');
    expect(key).toBe('cleo nunez');
    for (const written of ['cleo nunez', '  CLEO   NUNEZ ', 'Núñez, Cléo', 'NUNEZ,CLEO', 'Nunez ,  Cleo']) expect(contractorNameKey(written), written).toBe(key);
    expect(contractorNameKey('Souza, Ana Maria')).toBe('ana maria souza');
    expect(contractorNameKey('Ana Sousa')).not.toBe(contractorNameKey('Ana Souza'));
  });
});

// ---------------------------------------------------------------- matching

const coverage = (over: Partial<FacilityCoverage> & Pick<FacilityCoverage, 'certificateNumber' | 'effectiveDate' | 'endDate'>): FacilityCoverage => ({
  assignmentId: `a-${over.certificateNumber}`,
  contractorId: 'ana',
  contractorName: 'Ana Souza',
  contractorEmail: 'ana@example.com',
  workState: 'CA',
  jobCode: 'hospital-professional',
  classCodes: { WORKERS_COMPENSATION: '8833' },
  voidedOn: null,
  ...over,
});

const ANA_MARCH = coverage({ certificateNumber: 'CL-2026-AAAAAAAA', effectiveDate: '2026-03-01', endDate: '2026-03-10' });
const ANA_APRIL = coverage({ certificateNumber: 'CL-2026-BBBBBBBB', effectiveDate: '2026-04-01', endDate: '2026-04-30' });
const ANA_APRIL_OVERLAP = coverage({ certificateNumber: 'CL-2026-CCCCCCCC', effectiveDate: '2026-04-20', endDate: '2026-05-05' });
const BEN = coverage({ certificateNumber: 'CL-2026-DDDDDDDD', contractorId: 'ben', contractorName: 'Ben Okafor', contractorEmail: 'Ben@Example.com', effectiveDate: '2026-03-01', endDate: '2026-03-31' });
const OTHER_ANA = coverage({ certificateNumber: 'CL-2026-EEEEEEEE', contractorId: 'ana2', contractorEmail: 'ana.souza@elsewhere.test', effectiveDate: '2026-03-05', endDate: '2026-03-06' });
const CLEO = coverage({ certificateNumber: 'CL-2026-FFFFFFFF', contractorId: 'cleo', contractorName: 'Cléo Núñez', contractorEmail: 'cleo@example.com', effectiveDate: '2026-06-01', endDate: '2026-06-01' });

const payment = (line: number, over: Partial<SchedulePayment>): SchedulePayment => ({
  line,
  contractorName: null,
  legalName: null,
  email: null,
  fein: null,
  paymentDate: '2026-03-04',
  amountCents: 10_000,
  workFrom: null,
  workTo: null,
  workState: null,
  ...over,
});

describe('reconcilePayments', () => {
  it('matches a payment to the one certificate covering its contractor that day, inclusive at both ends', () => {
    const { rows } = reconcilePayments(
      [
        payment(2, { contractorName: 'Ana Souza', paymentDate: '2026-03-01' }),
        payment(3, { contractorName: 'souza, ana', paymentDate: '2026-03-10' }),
        payment(4, { email: 'ANA@example.com', paymentDate: '2026-04-02' }),
        payment(5, { contractorName: 'Cleo Nunez', paymentDate: '2026-06-01' }),
      ],
      [ANA_MARCH, ANA_APRIL, BEN, CLEO],
    );
    expect(rows.map((row) => [row.line, row.status, row.certificate?.number, row.note])).toEqual([
      [2, 'MATCHED', ANA_MARCH.certificateNumber, null],
      [3, 'MATCHED', ANA_MARCH.certificateNumber, null],
      [4, 'MATCHED', ANA_APRIL.certificateNumber, null],
      [5, 'MATCHED', CLEO.certificateNumber, null],
    ]);
    expect(rows[0]).toEqual({
      line: 2,
      contractorName: 'Ana Souza',
      email: null,
      paymentDate: '2026-03-01',
      amountCents: 10_000,
      legalName: null,
      fein: null,
      workFrom: null,
      workTo: null,
      workState: null,
      status: 'MATCHED',
      matchedOn: 'PAYMENT_DATE',
      basis: 'No work period given: matched on payment date Mar 1, 2026',
      certificate: { number: ANA_MARCH.certificateNumber, assignmentId: ANA_MARCH.assignmentId, contractorName: 'Ana Souza', effectiveDate: '2026-03-01', endDate: '2026-03-10', workState: 'CA' },
      candidateCertificateNumbers: [],
      note: null,
      exposure: null,
    });
  });

  it('leaves a payment unmatched, saying why: nobody by that name or email, or no coverage that day', () => {
    const { rows } = reconcilePayments(
      [
        payment(2, { contractorName: 'Dev Patel' }),
        payment(3, { email: 'dev@example.com', contractorName: 'Ana Souza' }),
        payment(4, { contractorName: 'Ana Souza', paymentDate: '2026-03-11' }),
        payment(5, { contractorName: 'Ana Souza', paymentDate: '2026-02-28' }),
      ],
      [ANA_MARCH, ANA_APRIL],
    );
    expect(rows.map((row) => [row.status, row.certificate, row.note])).toEqual([
      ['UNMATCHED', null, 'No contractor named Dev Patel at this facility'],
      // An email, when given, decides: a name in the same row is not a second chance.
      ['UNMATCHED', null, 'No contractor with the email dev@example.com at this facility'],
      ['UNMATCHED', null, 'No coverage on Mar 11, 2026'],
      ['UNMATCHED', null, 'No coverage on Feb 28, 2026'],
    ]);
  });

  it('calls a payment ambiguous when overlapping certificates cover the day, listing them', () => {
    const [row] = reconcilePayments([payment(2, { contractorName: 'Ana Souza', paymentDate: '2026-04-25' })], [ANA_APRIL, ANA_APRIL_OVERLAP]).rows;
    expect(row).toMatchObject({
      status: 'AMBIGUOUS',
      certificate: null,
      candidateCertificateNumbers: [ANA_APRIL_OVERLAP.certificateNumber, ANA_APRIL.certificateNumber],
      note: `Overlapping certificates cover Apr 25, 2026: ${ANA_APRIL_OVERLAP.certificateNumber}, ${ANA_APRIL.certificateNumber}`,
    });
  });

  it('calls a payment ambiguous when two contractors of that name were covered that day, and asks for the email', () => {
    const [row] = reconcilePayments([payment(2, { contractorName: 'ANA SOUZA', paymentDate: '2026-03-05' })], [ANA_MARCH, OTHER_ANA]).rows;
    expect(row?.status).toBe('AMBIGUOUS');
    expect(row?.candidateCertificateNumbers).toEqual([OTHER_ANA.certificateNumber, ANA_MARCH.certificateNumber]);
    expect(row?.note).toBe(`2 contractors named ANA SOUZA were covered on Mar 5, 2026 (${OTHER_ANA.certificateNumber}, ${ANA_MARCH.certificateNumber}): add the email to the schedule to tell them apart`);
    // The email tells them apart.
    const [byEmail] = reconcilePayments([payment(2, { contractorName: 'Ana Souza', email: 'ana.souza@elsewhere.test', paymentDate: '2026-03-05' })], [ANA_MARCH, OTHER_ANA]).rows;
    expect(byEmail).toMatchObject({ status: 'MATCHED', certificate: { number: OTHER_ANA.certificateNumber }, note: null });
  });

  it('matches by name when only one of the namesakes was covered that day, and says so', () => {
    const [row] = reconcilePayments([payment(2, { contractorName: 'Ana Souza', paymentDate: '2026-03-08' })], [ANA_MARCH, OTHER_ANA]).rows;
    expect(row).toMatchObject({
      status: 'MATCHED',
      certificate: { number: ANA_MARCH.certificateNumber },
      note: '2 contractors named Ana Souza work at this facility; only this one was covered on Mar 8, 2026',
    });
  });

  it('totals count and amount by status, every status present, in a fixed order', () => {
    const { totals } = reconcilePayments(
      [
        payment(2, { contractorName: 'Ana Souza', amountCents: 125_000 }),
        payment(3, { contractorName: 'Ben Okafor', amountCents: 50_050 }),
        payment(4, { contractorName: 'Dev Patel', amountCents: 7_500 }),
        payment(5, { contractorName: 'Ana Souza', paymentDate: '2026-04-25', amountCents: 1 }),
      ],
      [ANA_MARCH, ANA_APRIL, ANA_APRIL_OVERLAP, BEN],
    );
    expect(totals).toEqual([
      { status: 'MATCHED', count: 2, amountCents: 175_050 },
      { status: 'UNMATCHED', count: 1, amountCents: 7_500 },
      { status: 'AMBIGUOUS', count: 1, amountCents: 1 },
    ]);
    expect(reconciliationTotals([])).toEqual([
      { status: 'MATCHED', count: 0, amountCents: 0 },
      { status: 'UNMATCHED', count: 0, amountCents: 0 },
      { status: 'AMBIGUOUS', count: 0, amountCents: 0 },
    ]);
  });

  it('answers every payment unmatched at a facility without certificates, and nothing for an empty schedule', () => {
    expect(reconcilePayments([payment(2, { contractorName: 'Ana Souza' })], []).rows[0]?.status).toBe('UNMATCHED');
    expect(reconcilePayments([], [ANA_MARCH]).rows).toEqual([]);
  });
});

describe('clearedToWork', () => {
  const coverages = [ANA_MARCH, ANA_APRIL, ANA_APRIL_OVERLAP, BEN, CLEO];

  it('clears a contractor covered that day, by name or by email, with the certificate', () => {
    expect(clearedToWork('Ben Okafor', '2026-03-31', coverages)).toEqual({
      cleared: true,
      contractorName: 'Ben Okafor',
      date: '2026-03-31',
      certificate: { number: BEN.certificateNumber, assignmentId: BEN.assignmentId, contractorName: 'Ben Okafor', effectiveDate: '2026-03-01', endDate: '2026-03-31', workState: 'CA' },
      note: null,
    });
    expect(clearedToWork(' ben@EXAMPLE.com ', '2026-03-01', coverages)).toMatchObject({ cleared: true, certificate: { number: BEN.certificateNumber } });
    expect(clearedToWork('nunez, cleo', '2026-06-01', coverages)).toMatchObject({ cleared: true, contractorName: 'Cléo Núñez' });
  });

  it('clears a contractor whose certificates overlap that day, with the latest one', () => {
    expect(clearedToWork('Ana Souza', '2026-04-25', coverages)).toMatchObject({ cleared: true, certificate: { number: ANA_APRIL_OVERLAP.certificateNumber } });
  });

  it('does not clear a known contractor on a day without coverage, before, between or after their certificates', () => {
    for (const date of ['2026-02-28', '2026-03-11', '2026-05-06', '2030-01-01']) {
      expect(clearedToWork('Ana Souza', date, coverages), date).toEqual({ cleared: false, contractorName: 'Ana Souza', date, certificate: null, note: `No coverage on ${formatDate(date)}` });
    }
  });

  it('does not clear someone the facility has no certificate for', () => {
    expect(clearedToWork('Dev Patel', '2026-03-04', coverages)).toEqual({
      cleared: false,
      contractorName: null,
      date: '2026-03-04',
      certificate: null,
      note: 'No contractor named Dev Patel at this facility',
    });
    expect(clearedToWork('dev@example.com', '2026-03-04', coverages).note).toBe('No contractor with the email dev@example.com at this facility');
  });

  it("never clears someone on a namesake's certificate: a shared name asks for the email", () => {
    const withNamesake = [...coverages, OTHER_ANA];
    // Both were covered on 2026-03-05, only one on 2026-04-02: either way, the name alone does not say who is asking.
    for (const date of ['2026-03-05', '2026-04-02']) {
      expect(clearedToWork('Ana Souza', date, withNamesake), date).toEqual({
        cleared: false,
        contractorName: null,
        date,
        certificate: null,
        note: '2 contractors named Ana Souza work at this facility: ask with the email to tell them apart',
      });
    }
    expect(clearedToWork('ana.souza@elsewhere.test', '2026-03-05', withNamesake)).toMatchObject({ cleared: true, certificate: { number: OTHER_ANA.certificateNumber } });
    // Nobody of that name covered that day: a plain no.
    expect(clearedToWork('Ana Souza', '2026-07-01', withNamesake)).toMatchObject({ cleared: false, contractorName: null, note: 'No coverage on Jul 1, 2026' });
  });
});

// ---------------------------------------------------------------- export

describe('csvField', () => {
  it('quotes only what needs it, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('')).toBe('');
    expect(csvField('Souza, Ana')).toBe('"Souza, Ana"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });
});

describe('reconciliationCsv', () => {
  it('writes a header and one row per payment with CRLF line ends: what the row gave, how it matched, the certificate and any exposure', () => {
    const result = reconcilePayments(
      [
        payment(2, { contractorName: 'Souza, Ana', legalName: 'Ana M. Souza', fein: '12-3456789', amountCents: 125_000, workFrom: '2026-03-01', workTo: '2026-03-10', workState: 'CA', paymentDate: '2026-03-20' }),
        payment(3, { contractorName: 'Dev "DP" Patel', email: 'dev@example.com', amountCents: 5 }),
        payment(4, { contractorName: 'Ana Souza', paymentDate: '2026-04-25', amountCents: 100 }),
        payment(5, { contractorName: 'Ana Souza', paymentDate: '2026-05-20', amountCents: 40_000 }),
      ],
      [ANA_MARCH, ANA_APRIL, ANA_APRIL_OVERLAP],
      RATES,
    );
    expect(reconciliationCsv(result).split('\r\n')).toEqual([
      'line,contractor,legal_name,email,fein,payment_date,work_from,work_to,work_state,amount,status,matched_on,certificate_number,certificate_state,coverage_start,coverage_end,exposure_payroll,exposure_premium,note',
      `2,"Souza, Ana",Ana M. Souza,,12-3456789,2026-03-20,2026-03-01,2026-03-10,CA,1250.00,MATCHED,WORK_PERIOD,${ANA_MARCH.certificateNumber},CA,2026-03-01,2026-03-10,,,"Matched on work period Mar 1 – Mar 10, 2026"`,
      '3,"Dev ""DP"" Patel",,dev@example.com,,2026-03-04,,,,0.05,UNMATCHED,PAYMENT_DATE,,,,,0.05,,"No work period given: checked against payment date Mar 4, 2026. No contractor with the email dev@example.com at this facility. Estimated exposure: $0.05 added to payroll as uninsured work (the whole payment, with no certificate for it); no class rate: the contractor has no certificate here to take their class from"',
      `4,Ana Souza,,,,2026-04-25,,,,1.00,AMBIGUOUS,PAYMENT_DATE,,,,,,,"No work period given: checked against payment date Apr 25, 2026. Overlapping certificates cover Apr 25, 2026: ${ANA_APRIL_OVERLAP.certificateNumber}, ${ANA_APRIL.certificateNumber}"`,
      `5,Ana Souza,,,,2026-05-20,,,,400.00,UNMATCHED,PAYMENT_DATE,,,,,400.00,1.16,"No work period given: checked against payment date May 20, 2026. No coverage on May 20, 2026. Estimated exposure: $400.00 added to payroll as uninsured work (the whole payment, with no certificate for it); about $1.16 in premium at the contractor's class rate for hospital-professional in California: Workers' Compensation class 8833 at $0.29 per $100 of payroll"`,
      '',
    ]);
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    const csv = reconciliationCsv(reconcilePayments([payment(2, { contractorName: '=HYPERLINK("http://x.test")' }), payment(3, { contractorName: '@SUM(A1)' })], []));
    const lines = csv.split('\r\n');
    expect(lines[1]).toMatch(/^2,"'=HYPERLINK\(""http:\/\/x\.test""\)",/);
    expect(lines[2]).toMatch(/^3,'@SUM\(A1\),/);
  });

  it('writes only the header for an empty schedule', () => {
    expect(reconciliationCsv({ rows: [] }).split('\r\n')).toHaveLength(2);
  });
});

// ---------------------------------------------------------------- work periods, states, exposure, payees

const RATES: ClassRate[] = [
  { jobCode: 'hospital-professional', state: 'CA', coverageType: 'WORKERS_COMPENSATION', rate: 0.29 },
  { jobCode: 'hospital-professional', state: 'NV', coverageType: 'WORKERS_COMPENSATION', rate: 1.5 },
  { jobCode: 'hospital-professional', state: 'CA', coverageType: 'GENERAL_LIABILITY', rate: 2 },
];

describe('parsePaymentRow with work periods, work states, legal names and FEINs', () => {
  const row = { contractorName: 'Ana Souza', paymentDate: '2026-04-15', amount: '100' };

  it('reads the optional columns: both work dates in either form, the state by code or name, the FEIN with or without its dash', () => {
    expect(parsePaymentRow(2, { ...row, legalName: ' Souza  Staffing LLC ', fein: '123456789', workFrom: '3/1/2026', workTo: '2026-03-10', workState: 'california' })).toMatchObject({
      ok: true,
      payment: { legalName: 'Souza Staffing LLC', fein: '12-3456789', workFrom: '2026-03-01', workTo: '2026-03-10', workState: 'CA' },
    });
    expect(parsePaymentRow(2, { ...row, fein: '12-3456789', workState: ' nv ' })).toMatchObject({ ok: true, payment: { fein: '12-3456789', workState: 'NV', workFrom: null, workTo: null } });
    // A one-day period, and empty optional cells.
    expect(parsePaymentRow(2, { ...row, workFrom: '2026-03-05', workTo: '2026-03-05', fein: ' ', workState: '', legalName: '' })).toMatchObject({
      ok: true,
      payment: { workFrom: '2026-03-05', workTo: '2026-03-05', fein: null, workState: null, legalName: null },
    });
  });

  it('accepts a legal name alone as who was paid', () => {
    expect(parsePaymentRow(2, { legalName: 'Ana Souza', paymentDate: '2026-04-15', amount: '1' })).toMatchObject({ ok: true, payment: { contractorName: null, legalName: 'Ana Souza' } });
    expect(parsePaymentRow(2, { legalName: '', fein: '12-3456789', paymentDate: '2026-04-15', amount: '1' })).toEqual({
      ok: false,
      problems: [{ column: 'legalName', message: 'a contractor name or email is required' }],
    });
  });

  it.each([
    [{ fein: '12-345678' }, 'fein', '"12-345678" is not a FEIN (use NN-NNNNNNN)'],
    [{ fein: '123-456789' }, 'fein', '"123-456789" is not a FEIN (use NN-NNNNNNN)'],
    [{ fein: 'AB-CDEFGHI' }, 'fein', '"AB-CDEFGHI" is not a FEIN (use NN-NNNNNNN)'],
    [{ workState: 'XX' }, 'workState', '"XX" is not a US state (e.g. CA or California)'],
    [{ workFrom: '2026-02-30', workTo: '2026-03-10' }, 'workFrom', '"2026-02-30" is not a date (use YYYY-MM-DD or MM/DD/YYYY)'],
    [{ workFrom: '2026-03-01', workTo: 'soon' }, 'workTo', '"soon" is not a date (use YYYY-MM-DD or MM/DD/YYYY)'],
    [{ workFrom: '2026-03-01' }, 'workTo', 'the work period needs an end date too (or leave both empty)'],
    [{ workTo: '2026-03-01' }, 'workFrom', 'the work period needs a start date too (or leave both empty)'],
    [{ workFrom: '2026-03-10', workTo: '2026-03-09' }, 'workTo', 'the work period ends (Mar 9, 2026) before it starts (Mar 10, 2026)'],
  ])('refuses %j on %s', (cells, column, message) => {
    expect(parsePaymentRow(4, { ...row, ...cells })).toEqual({ ok: false, problems: [{ column, message }] });
  });

  it('parses FEINs and states on their own', () => {
    expect([parseFein('12-3456789'), parseFein(' 123456789 '), parseFein('12 3456789'), parseFein('1234567890')]).toEqual(['12-3456789', '12-3456789', null, null]);
    expect([parseWorkState('ca'), parseWorkState('New  York'), parseWorkState('District of Columbia'), parseWorkState('Cal')]).toEqual(['CA', 'NY', 'DC', null]);
  });

  it('suggests the optional columns from their usual headers', () => {
    expect(suggestPaymentColumnMapping(['Vendor', 'Legal Name', 'FEIN', 'Check Date', 'Amount', 'Work From', 'Work To', 'Work State'])).toEqual({
      contractorName: 'Vendor',
      legalName: 'Legal Name',
      fein: 'FEIN',
      paymentDate: 'Check Date',
      amount: 'Amount',
      workFrom: 'Work From',
      workTo: 'Work To',
      workState: 'Work State',
    });
    expect(suggestPaymentColumnMapping(['Payee', 'EIN', 'Pay Date', 'Gross', 'Service Start Date', 'Service End Date', 'State'])).toMatchObject({
      fein: 'EIN',
      workFrom: 'Service Start Date',
      workTo: 'Service End Date',
      workState: 'State',
    });
  });
});

describe('reconcilePayments on work periods', () => {
  const march = (over: Partial<SchedulePayment>) => payment(2, { contractorName: 'Ana Souza', workFrom: '2026-03-01', workTo: '2026-03-10', ...over });

  it('matches a payment made after the work ended on the work period, and says so', () => {
    const [row] = reconcilePayments([march({ paymentDate: '2026-04-15' })], [ANA_MARCH, ANA_APRIL]).rows;
    expect(row).toMatchObject({ status: 'MATCHED', matchedOn: 'WORK_PERIOD', basis: 'Matched on work period Mar 1 – Mar 10, 2026', certificate: { number: ANA_MARCH.certificateNumber }, note: null, exposure: null });
  });

  it('falls back to the payment date only when no period is given, and says so', () => {
    const [row] = reconcilePayments([payment(2, { contractorName: 'Ana Souza', paymentDate: '2026-04-15' })], [ANA_MARCH, ANA_APRIL]).rows;
    expect(row).toMatchObject({ status: 'MATCHED', matchedOn: 'PAYMENT_DATE', basis: 'No work period given: matched on payment date Apr 15, 2026', certificate: { number: ANA_APRIL.certificateNumber } });
  });

  it.each([
    ['work ending on the coverage end date', '2026-03-01', '2026-03-10', 'MATCHED'],
    ['work starting on the coverage start date, one day', '2026-03-01', '2026-03-01', 'MATCHED'],
    ['work running a day past the coverage end', '2026-03-05', '2026-03-11', 'UNMATCHED'],
    ['work starting a day before the coverage', '2026-02-28', '2026-03-05', 'UNMATCHED'],
    ['work wholly between certificates', '2026-03-15', '2026-03-20', 'UNMATCHED'],
  ])('%s: %s – %s is %s', (_what, workFrom, workTo, status) => {
    expect(reconcilePayments([march({ workFrom, workTo })], [ANA_MARCH, ANA_APRIL]).rows[0]?.status).toBe(status);
  });

  it('names the certificates of a period only partly covered, and one covered by no certificate at all', () => {
    const [partly, none] = reconcilePayments([march({ workFrom: '2026-03-05', workTo: '2026-04-03' }), march({ line: 3, workFrom: '2026-03-15', workTo: '2026-03-20' })], [ANA_MARCH, ANA_APRIL]).rows;
    expect(partly).toMatchObject({
      status: 'UNMATCHED',
      basis: 'Checked against work period Mar 5 – Apr 3, 2026',
      note: `Work period Mar 5 – Apr 3, 2026 is only partly covered: ${ANA_APRIL.certificateNumber} (Apr 1 – Apr 30, 2026, California), ${ANA_MARCH.certificateNumber} (Mar 1 – Mar 10, 2026, California)`,
    });
    expect(none?.note).toBe('No coverage for Mar 15 – Mar 20, 2026');
  });

  it('calls a period ambiguous when overlapping certificates both contain it', () => {
    const [row] = reconcilePayments([march({ workFrom: '2026-04-21', workTo: '2026-04-29' })], [ANA_APRIL, ANA_APRIL_OVERLAP]).rows;
    expect(row).toMatchObject({
      status: 'AMBIGUOUS',
      candidateCertificateNumbers: [ANA_APRIL_OVERLAP.certificateNumber, ANA_APRIL.certificateNumber],
      note: `Overlapping certificates cover Apr 21 – Apr 29, 2026: ${ANA_APRIL_OVERLAP.certificateNumber}, ${ANA_APRIL.certificateNumber}`,
    });
    // Only one of them contains the whole period: matched.
    expect(reconcilePayments([march({ workFrom: '2026-04-15', workTo: '2026-04-25' })], [ANA_APRIL, ANA_APRIL_OVERLAP]).rows[0]).toMatchObject({ status: 'MATCHED', certificate: { number: ANA_APRIL.certificateNumber } });
  });

  it('never matches a voided certificate, and says it was voided', () => {
    const voided = { ...ANA_MARCH, voidedOn: '2026-03-03' };
    const [row] = reconcilePayments([march({})], [voided]).rows;
    expect(row).toMatchObject({ status: 'UNMATCHED', certificate: null, note: `No valid certificate for Mar 1 – Mar 10, 2026: ${ANA_MARCH.certificateNumber} was voided on Mar 3, 2026` });
    // Its reissued replacement matches.
    const reissued = { ...ANA_MARCH, certificateNumber: 'CL-2026-REISSUED', endDate: '2026-03-20' };
    expect(reconcilePayments([march({})], [voided, reissued]).rows[0]).toMatchObject({ status: 'MATCHED', certificate: { number: 'CL-2026-REISSUED' } });
    expect(clearedToWork('Ana Souza', '2026-03-05', [voided])).toMatchObject({ cleared: false, note: 'No coverage on Mar 5, 2026' });
  });

  it('matches only a certificate of the work state the row names', () => {
    const nevada = { ...ANA_APRIL, certificateNumber: 'CL-2026-NEVADA00', workState: 'NV' };
    expect(reconcilePayments([march({ workFrom: '2026-04-02', workTo: '2026-04-09', workState: 'NV' })], [ANA_APRIL, nevada]).rows[0]).toMatchObject({
      status: 'MATCHED',
      certificate: { number: 'CL-2026-NEVADA00', workState: 'NV' },
    });
    const [elsewhere] = reconcilePayments([march({ workState: 'NV' })], [ANA_MARCH]).rows;
    expect(elsewhere).toMatchObject({ status: 'UNMATCHED', note: `${ANA_MARCH.certificateNumber} (Mar 1 – Mar 10, 2026, California) covers work in California, not in Nevada, for Mar 1 – Mar 10, 2026` });
    // Without a state, any state's certificate will do.
    expect(reconcilePayments([march({})], [ANA_MARCH]).rows[0]?.status).toBe('MATCHED');
  });

  it('finds the contractor by legal name when the payee name is a business name', () => {
    const [row] = reconcilePayments([march({ contractorName: 'Souza Staffing LLC', legalName: 'Souza, Ana' })], [ANA_MARCH]).rows;
    expect(row).toMatchObject({ status: 'MATCHED', certificate: { number: ANA_MARCH.certificateNumber } });
    expect(reconcilePayments([march({ contractorName: 'Souza Staffing LLC' })], [ANA_MARCH]).rows[0]?.note).toBe('No contractor named Souza Staffing LLC at this facility');
  });
});

describe('estimateExposure', () => {
  it('prices the whole unmatched payment as payroll at the class rate of the row\'s work state, else of the latest certificate', () => {
    const [inCalifornia] = reconcilePayments([payment(2, { contractorName: 'Ana Souza', paymentDate: '2026-06-01', amountCents: 400_000 })], [ANA_MARCH, ANA_APRIL], RATES).rows;
    expect(inCalifornia?.exposure).toEqual({
      payrollCents: 400_000,
      state: 'CA',
      jobCode: 'hospital-professional',
      premiumCents: 1_160,
      lines: [{ coverageType: 'WORKERS_COMPENSATION', classCode: '8833', rate: 0.29, premiumCents: 1_160 }],
      explanation:
        "Estimated exposure: $4,000.00 added to payroll as uninsured work (the whole payment, with no certificate for it); about $11.60 in premium at the contractor's class rate for hospital-professional in California: Workers' Compensation class 8833 at $0.29 per $100 of payroll",
    });
    const inNevada = estimateExposure({ amountCents: 400_000, workState: 'NV' }, [ANA_MARCH], RATES);
    expect([inNevada.state, inNevada.premiumCents]).toEqual(['NV', 6_000]);
  });

  it('adds a line per coverage the contractor carries, GL per $1,000, and no minimum premium', () => {
    const both = { ...ANA_MARCH, classCodes: { GENERAL_LIABILITY: '80000', WORKERS_COMPENSATION: '8833' } };
    const exposure = estimateExposure({ amountCents: 100_000, workState: null }, [both], RATES);
    expect(exposure.lines).toEqual([
      { coverageType: 'GENERAL_LIABILITY', classCode: '80000', rate: 2, premiumCents: 200 },
      { coverageType: 'WORKERS_COMPENSATION', classCode: '8833', rate: 0.29, premiumCents: 290 },
    ]);
    expect(exposure.premiumCents).toBe(490);
    expect(exposure.explanation).toMatch(/General Liability class 80000 at \$2\.00 per \$1,000 of payroll and Workers' Compensation class 8833 at \$0\.29 per \$100 of payroll$/);
  });

  it('leaves the premium unknown, saying why, without a contractor or a rate', () => {
    expect(estimateExposure({ amountCents: 500, workState: 'CA' }, [], RATES)).toMatchObject({ payrollCents: 500, premiumCents: null, lines: [], explanation: expect.stringMatching(/no class rate: the contractor has no certificate here/) });
    expect(estimateExposure({ amountCents: 500, workState: 'TX' }, [ANA_MARCH], RATES)).toMatchObject({ state: 'TX', premiumCents: null, explanation: expect.stringMatching(/no class rate for hospital-professional in Texas$/) });
  });

  it('is given only for unmatched payments', () => {
    const { rows } = reconcilePayments([payment(2, { contractorName: 'Ana Souza' }), payment(3, { contractorName: 'Ana Souza', paymentDate: '2026-04-25' })], [ANA_MARCH, ANA_APRIL, ANA_APRIL_OVERLAP], RATES);
    expect(rows.map((row) => [row.status, row.exposure])).toEqual([
      ['MATCHED', null],
      ['AMBIGUOUS', null],
    ]);
  });
});

describe('payeeTotals and auditPeriod', () => {
  const { rows } = reconcilePayments(
    [
      payment(2, { contractorName: 'Ana Souza', fein: '12-3456789', amountCents: 100_000, workFrom: '2026-03-01', workTo: '2026-03-05', paymentDate: '2026-03-20' }),
      payment(3, { contractorName: 'Souza Staffing', legalName: 'Ana Souza', fein: '12-3456789', amountCents: 50_000, paymentDate: '2026-05-20' }),
      payment(4, { email: 'ben@example.com', amountCents: 7_000, paymentDate: '2026-03-02' }),
      payment(5, { contractorName: 'Dev Patel', amountCents: 2_500, paymentDate: '2026-02-27' }),
      payment(6, { contractorName: 'dev  patel', amountCents: 2_500, paymentDate: '2026-06-02' }),
      payment(7, { contractorName: 'Ana Souza', paymentDate: '2026-04-25', amountCents: 300 }),
    ],
    [ANA_MARCH, ANA_APRIL, ANA_APRIL_OVERLAP, BEN],
    RATES,
  );

  it('adds up each payee, by FEIN, else email, else name as a person writes it, in order of first appearance', () => {
    expect(payeeTotals(rows)).toEqual([
      { payee: 'Ana Souza', fein: '12-3456789', email: null, count: 2, amountCents: 150_000, matchedCents: 100_000, unmatchedCents: 50_000, ambiguousCents: 0, exposurePremiumCents: 145, unpricedCount: 0 },
      { payee: 'ben@example.com', fein: null, email: 'ben@example.com', count: 1, amountCents: 7_000, matchedCents: 7_000, unmatchedCents: 0, ambiguousCents: 0, exposurePremiumCents: 0, unpricedCount: 0 },
      { payee: 'Dev Patel', fein: null, email: null, count: 2, amountCents: 5_000, matchedCents: 0, unmatchedCents: 5_000, ambiguousCents: 0, exposurePremiumCents: 0, unpricedCount: 2 },
      { payee: 'Ana Souza', fein: null, email: null, count: 1, amountCents: 300, matchedCents: 0, unmatchedCents: 0, ambiguousCents: 300, exposurePremiumCents: 0, unpricedCount: 0 },
    ]);
    expect(payeeTotals([])).toEqual([]);
  });

  it('spans the audit period from the earliest work (or payment) to the latest', () => {
    expect(auditPeriod(rows)).toEqual({ from: '2026-02-27', to: '2026-06-02' });
    expect(auditPeriod([payment(2, { workFrom: '2026-01-05', workTo: '2026-01-30', paymentDate: '2026-02-14' })])).toEqual({ from: '2026-01-05', to: '2026-01-30' });
    expect(auditPeriod([])).toBeNull();
  });

  it('writes the payee totals as CSV over the audit period', () => {
    expect(payeeTotalsCsv(rows).split('\r\n').slice(0, 2)).toEqual([
      'payee,fein,email,period_from,period_to,payments,amount,matched,unmatched,ambiguous,exposure_premium,unpriced_payments',
      'Ana Souza,12-3456789,,2026-02-27,2026-06-02,2,1500.00,1000.00,500.00,0.00,1.45,0',
    ]);
  });
});

describe('certificateManifestCsv', () => {
  it('lists each matched certificate once with its state, dates, payments and file', () => {
    const { rows } = reconcilePayments(
      [payment(2, { contractorName: 'Ana Souza' }), payment(3, { contractorName: 'Ana Souza', paymentDate: '2026-03-09' }), payment(4, { contractorName: 'Ben Okafor', paymentDate: '2026-03-30' }), payment(5, { contractorName: 'Dev Patel' })],
      [ANA_MARCH, { ...BEN, workState: 'NV' }],
    );
    expect(certificateManifestCsv(rows, (certificate) => (certificate.number === BEN.certificateNumber ? null : `certificates/${certificate.number}.pdf`)).split('\r\n')).toEqual([
      'certificate_number,contractor,work_state,coverage_start,coverage_end,payments,file',
      `${ANA_MARCH.certificateNumber},Ana Souza,CA,2026-03-01,2026-03-10,2,certificates/${ANA_MARCH.certificateNumber}.pdf`,
      `${BEN.certificateNumber},Ben Okafor,NV,2026-03-01,2026-03-31,1,`,
      '',
    ]);
  });
});

describe('keptReconciledPayment', () => {
  it('reads a row kept before work periods existed as matched on its payment date, without exposure', () => {
    const kept: KeptReconciledPayment = {
      line: 2,
      contractorName: 'Ana Souza',
      email: null,
      paymentDate: '2026-03-04',
      amountCents: 100,
      status: 'MATCHED',
      certificate: { number: 'CL-1', assignmentId: 'a', contractorName: 'Ana Souza', effectiveDate: '2026-03-01', endDate: '2026-03-10' },
      candidateCertificateNumbers: [],
      note: null,
    };
    expect(keptReconciledPayment(kept)).toMatchObject({
      legalName: null,
      fein: null,
      workFrom: null,
      workTo: null,
      workState: null,
      matchedOn: 'PAYMENT_DATE',
      basis: 'No work period given: matched on payment date Mar 4, 2026',
      exposure: null,
      certificate: { number: 'CL-1', workState: null },
    });
    const today = reconcilePayments([payment(2, { contractorName: 'Ana Souza', workFrom: '2026-03-01', workTo: '2026-03-02' })], [ANA_MARCH]).rows[0]!;
    expect(keptReconciledPayment(today)).toEqual(today);
  });
});
