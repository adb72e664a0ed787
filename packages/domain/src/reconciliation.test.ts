import { describe, expect, it } from 'vitest';
import {
  clearedToWork,
  contractorNameKey,
  csvField,
  MAX_PAYMENT_CENTS,
  parsePaymentDate,
  parsePaymentRow,
  reconcilePayments,
  reconciliationCsv,
  reconciliationTotals,
  suggestPaymentColumnMapping,
  type FacilityCoverage,
  type SchedulePayment,
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
      payment: { line: 2, contractorName: 'Ana Souza', email: 'ana@example.com', paymentDate: '2026-03-04', amountCents: 125_000 },
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
  ...over,
});

const ANA_MARCH = coverage({ certificateNumber: 'CL-2026-AAAAAAAA', effectiveDate: '2026-03-01', endDate: '2026-03-10' });
const ANA_APRIL = coverage({ certificateNumber: 'CL-2026-BBBBBBBB', effectiveDate: '2026-04-01', endDate: '2026-04-30' });
const ANA_APRIL_OVERLAP = coverage({ certificateNumber: 'CL-2026-CCCCCCCC', effectiveDate: '2026-04-20', endDate: '2026-05-05' });
const BEN = coverage({ certificateNumber: 'CL-2026-DDDDDDDD', contractorId: 'ben', contractorName: 'Ben Okafor', contractorEmail: 'Ben@Example.com', effectiveDate: '2026-03-01', endDate: '2026-03-31' });
const OTHER_ANA = coverage({ certificateNumber: 'CL-2026-EEEEEEEE', contractorId: 'ana2', contractorEmail: 'ana.souza@elsewhere.test', effectiveDate: '2026-03-05', endDate: '2026-03-06' });
const CLEO = coverage({ certificateNumber: 'CL-2026-FFFFFFFF', contractorId: 'cleo', contractorName: 'Cléo Núñez', contractorEmail: 'cleo@example.com', effectiveDate: '2026-06-01', endDate: '2026-06-01' });

const payment = (line: number, over: Partial<SchedulePayment>): SchedulePayment => ({ line, contractorName: null, email: null, paymentDate: '2026-03-04', amountCents: 10_000, ...over });

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
      status: 'MATCHED',
      certificate: { number: ANA_MARCH.certificateNumber, assignmentId: ANA_MARCH.assignmentId, contractorName: 'Ana Souza', effectiveDate: '2026-03-01', endDate: '2026-03-10' },
      candidateCertificateNumbers: [],
      note: null,
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
      ['UNMATCHED', null, 'No coverage on 2026-03-11'],
      ['UNMATCHED', null, 'No coverage on 2026-02-28'],
    ]);
  });

  it('calls a payment ambiguous when overlapping certificates cover the day, listing them', () => {
    const [row] = reconcilePayments([payment(2, { contractorName: 'Ana Souza', paymentDate: '2026-04-25' })], [ANA_APRIL, ANA_APRIL_OVERLAP]).rows;
    expect(row).toMatchObject({
      status: 'AMBIGUOUS',
      certificate: null,
      candidateCertificateNumbers: [ANA_APRIL_OVERLAP.certificateNumber, ANA_APRIL.certificateNumber],
      note: `Overlapping certificates cover 2026-04-25: ${ANA_APRIL_OVERLAP.certificateNumber}, ${ANA_APRIL.certificateNumber}`,
    });
  });

  it('calls a payment ambiguous when two contractors of that name were covered that day, and asks for the email', () => {
    const [row] = reconcilePayments([payment(2, { contractorName: 'ANA SOUZA', paymentDate: '2026-03-05' })], [ANA_MARCH, OTHER_ANA]).rows;
    expect(row?.status).toBe('AMBIGUOUS');
    expect(row?.candidateCertificateNumbers).toEqual([OTHER_ANA.certificateNumber, ANA_MARCH.certificateNumber]);
    expect(row?.note).toBe(`2 contractors named ANA SOUZA were covered on 2026-03-05 (${OTHER_ANA.certificateNumber}, ${ANA_MARCH.certificateNumber}): add the email to the schedule to tell them apart`);
    // The email tells them apart.
    const [byEmail] = reconcilePayments([payment(2, { contractorName: 'Ana Souza', email: 'ana.souza@elsewhere.test', paymentDate: '2026-03-05' })], [ANA_MARCH, OTHER_ANA]).rows;
    expect(byEmail).toMatchObject({ status: 'MATCHED', certificate: { number: OTHER_ANA.certificateNumber }, note: null });
  });

  it('matches by name when only one of the namesakes was covered that day, and says so', () => {
    const [row] = reconcilePayments([payment(2, { contractorName: 'Ana Souza', paymentDate: '2026-03-08' })], [ANA_MARCH, OTHER_ANA]).rows;
    expect(row).toMatchObject({
      status: 'MATCHED',
      certificate: { number: ANA_MARCH.certificateNumber },
      note: '2 contractors named Ana Souza work at this facility; only this one was covered on 2026-03-08',
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
      certificate: { number: BEN.certificateNumber, assignmentId: BEN.assignmentId, contractorName: 'Ben Okafor', effectiveDate: '2026-03-01', endDate: '2026-03-31' },
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
      expect(clearedToWork('Ana Souza', date, coverages), date).toEqual({ cleared: false, contractorName: 'Ana Souza', date, certificate: null, note: `No coverage on ${date}` });
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
    expect(clearedToWork('Ana Souza', '2026-07-01', withNamesake)).toMatchObject({ cleared: false, contractorName: null, note: 'No coverage on 2026-07-01' });
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
  it('writes a header and one row per payment with CRLF line ends, certificates and notes included', () => {
    const result = reconcilePayments(
      [
        payment(2, { contractorName: 'Souza, Ana', email: null, amountCents: 125_000 }),
        payment(3, { contractorName: 'Dev "DP" Patel', email: 'dev@example.com', amountCents: 5 }),
        payment(4, { contractorName: 'Ana Souza', paymentDate: '2026-04-25', amountCents: 100 }),
      ],
      [ANA_MARCH, ANA_APRIL, ANA_APRIL_OVERLAP],
    );
    expect(reconciliationCsv(result)).toBe(
      [
        'line,contractor,email,payment_date,amount,status,certificate_number,coverage_start,coverage_end,note',
        `2,"Souza, Ana",,2026-03-04,1250.00,MATCHED,${ANA_MARCH.certificateNumber},2026-03-01,2026-03-10,`,
        '3,"Dev ""DP"" Patel",dev@example.com,2026-03-04,0.05,UNMATCHED,,,,No contractor with the email dev@example.com at this facility',
        `4,Ana Souza,,2026-04-25,1.00,AMBIGUOUS,,,,"Overlapping certificates cover 2026-04-25: ${ANA_APRIL_OVERLAP.certificateNumber}, ${ANA_APRIL.certificateNumber}"`,
        '',
      ].join('\r\n'),
    );
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    const csv = reconciliationCsv(reconcilePayments([payment(2, { contractorName: '=HYPERLINK("http://x.test")' }), payment(3, { contractorName: '@SUM(A1)' })], []));
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`2,"'=HYPERLINK(""http://x.test"")",,2026-03-04,100.00,UNMATCHED,,,,"No contractor named =HYPERLINK(""http://x.test"") at this facility"`);
    expect(lines[2]).toMatch(/^3,'@SUM\(A1\),/);
  });

  it('writes only the header for an empty schedule', () => {
    expect(reconciliationCsv({ rows: [] })).toBe('line,contractor,email,payment_date,amount,status,certificate_number,coverage_start,coverage_end,note\r\n');
  });
});
