import { isIsoDate } from './dates';
import { formatCents, parseDollarsToCents } from './money';

// Audit reconciliation: an auditor's schedule of payments checked against the certificates of one
// facility. Each payment is matched to the certificate whose coverage period contains the payment
// date, for the contractor it names; the same matching answers "was this person cleared to work
// here that day?". Pure: the server supplies the parsed file and the facility's certificates.

export const PAYMENT_COLUMNS = ['contractorName', 'email', 'paymentDate', 'amount'] as const;
export type PaymentColumn = (typeof PAYMENT_COLUMNS)[number];

/** Which header of the file holds each field of a payment. */
export type PaymentColumnMapping = Partial<Record<PaymentColumn, string>>;

/** Header spellings recognised per field, compared without case, spaces or punctuation; earlier ones win. */
const COLUMN_SYNONYMS: Record<PaymentColumn, readonly string[]> = {
  contractorName: ['contractor name', 'name', 'contractor', 'payee', 'payee name', 'worker', 'worker name', 'employee name', 'full name'],
  email: ['email', 'e-mail', 'email address', 'contractor email'],
  paymentDate: ['payment date', 'date', 'paid on', 'check date', 'pay date'],
  amount: ['amount', 'payment amount', 'gross', 'gross pay', 'net pay', 'paid', 'gross amount', 'amount paid', 'total'],
};

function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The mapping to propose before an import; a field no header names is left out, and a header serves one field at most. */
export function suggestPaymentColumnMapping(headers: readonly string[]): PaymentColumnMapping {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const mapping: PaymentColumnMapping = {};
  for (const column of PAYMENT_COLUMNS) {
    for (const synonym of COLUMN_SYNONYMS[column]) {
      const index = keys.findIndex((key, i) => key === headerKey(synonym) && !taken.has(i));
      if (index === -1) continue;
      taken.add(index);
      mapping[column] = headers[index];
      break;
    }
  }
  return mapping;
}

// ---------------------------------------------------------------- one row of the schedule

/** Upper bound of one payment, $10,000,000.00, so a row's amount fits GraphQL's 32-bit Int like every other amount. */
export const MAX_PAYMENT_CENTS = 1_000_000_000;

export type SchedulePayment = {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  contractorName: string | null;
  email: string | null;
  /** YYYY-MM-DD */
  paymentDate: string;
  amountCents: number;
};

export type PaymentCells = Partial<Record<PaymentColumn, string | null | undefined>>;
export type PaymentProblem = { column: PaymentColumn; message: string };
export type ParsedPaymentRow = { ok: true; payment: SchedulePayment } | { ok: false; problems: PaymentProblem[] };

const US_DATE_PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// Deliberately loose: the schedule is matched on it, not mailed to it; a typo simply matches nobody.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A payment date written YYYY-MM-DD, MM/DD/YYYY or M/D/YYYY, as YYYY-MM-DD; null when it is not a calendar date. */
export function parsePaymentDate(input: string): string | null {
  const text = input.trim();
  if (isIsoDate(text)) return text;
  const match = US_DATE_PATTERN.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[1]!.padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').trim().replace(/\s+/g, ' ');
  return text === '' ? null : text;
}

/** One row of the schedule, or every problem it has, each on the column at fault. */
export function parsePaymentRow(line: number, cells: PaymentCells): ParsedPaymentRow {
  const problems: PaymentProblem[] = [];
  const contractorName = clean(cells.contractorName);
  const email = clean(cells.email)?.toLowerCase() ?? null;
  if (!contractorName && !email) {
    // On the name column when the file has one: that is where a person looks for a missing name.
    problems.push({ column: cells.contractorName !== undefined ? 'contractorName' : 'email', message: 'a contractor name or email is required' });
  }
  if (email && !EMAIL_PATTERN.test(email)) problems.push({ column: 'email', message: `"${email}" is not an email address` });

  const dateText = clean(cells.paymentDate);
  const paymentDate = dateText ? parsePaymentDate(dateText) : null;
  if (!dateText) problems.push({ column: 'paymentDate', message: 'a payment date is required' });
  else if (!paymentDate) problems.push({ column: 'paymentDate', message: `"${dateText}" is not a date (use YYYY-MM-DD or MM/DD/YYYY)` });

  const amountText = clean(cells.amount);
  // Spreadsheets sometimes pad the currency sign: "$ 1,250.00".
  const amountCents = amountText ? parseDollarsToCents(amountText.replace(/\s/g, '')) : null;
  if (!amountText) problems.push({ column: 'amount', message: 'an amount is required' });
  else if (amountCents === null) problems.push({ column: 'amount', message: `"${amountText}" is not an amount (e.g. 1,250.00)` });
  else if (amountCents <= 0) problems.push({ column: 'amount', message: 'the amount must be greater than zero' });
  else if (amountCents > MAX_PAYMENT_CENTS) problems.push({ column: 'amount', message: `the amount must be at most ${formatCents(MAX_PAYMENT_CENTS)}` });

  if (problems.length > 0 || !paymentDate || amountCents === null) return { ok: false, problems };
  return { ok: true, payment: { line, contractorName, email, paymentDate, amountCents } };
}

// ---------------------------------------------------------------- matching

/** One covered assignment of the facility with its valid certificate. */
export type FacilityCoverage = {
  assignmentId: string;
  contractorId: string;
  contractorName: string;
  contractorEmail: string;
  /** YYYY-MM-DD, inclusive */
  effectiveDate: string;
  /** YYYY-MM-DD, inclusive */
  endDate: string;
  certificateNumber: string;
};

/**
 * A name as people write it, reduced to what identifies it: no accents, case or extra spaces, and
 * "Last, First" turned around. "  NÚÑEZ,  Cléo " and "Cleo Nunez" give the same key.
 */
export function contractorNameKey(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const comma = folded.indexOf(',');
  const ordered = comma === -1 ? folded : `${folded.slice(comma + 1)} ${folded.slice(0, comma)}`;
  return ordered.replace(/\s+/g, ' ').trim();
}

type Who = { email: string | null; contractorName: string | null };

/** The coverages of the contractor(s) a payment or a question names: by email when there is one, else by name. */
function coveragesOf(who: Who, coverages: readonly FacilityCoverage[]): FacilityCoverage[] {
  if (who.email) {
    const email = who.email.trim().toLowerCase();
    return coverages.filter((coverage) => coverage.contractorEmail.trim().toLowerCase() === email);
  }
  const key = who.contractorName ? contractorNameKey(who.contractorName) : '';
  if (key === '') return [];
  return coverages.filter((coverage) => contractorNameKey(coverage.contractorName) === key);
}

function covers(coverage: FacilityCoverage, date: string): boolean {
  return coverage.effectiveDate <= date && date <= coverage.endDate;
}

/** "named Ana Souza" or "with the email ana@example.com": how a note refers to whom a row names. */
function described(who: Who): string {
  return who.email ? `with the email ${who.email}` : `named ${who.contractorName ?? ''}`;
}

function distinctContractors(coverages: readonly FacilityCoverage[]): number {
  return new Set(coverages.map((coverage) => coverage.contractorId)).size;
}

/** Most recent start first, then by number: one stable order for candidates and answers. */
function byPeriod(a: FacilityCoverage, b: FacilityCoverage): number {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? 1 : -1;
  if (a.endDate !== b.endDate) return a.endDate < b.endDate ? 1 : -1;
  return a.certificateNumber < b.certificateNumber ? -1 : a.certificateNumber > b.certificateNumber ? 1 : 0;
}

export const RECONCILIATION_STATUSES = ['MATCHED', 'UNMATCHED', 'AMBIGUOUS'] as const;
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number];

export const RECONCILIATION_STATUS_LABELS: Record<ReconciliationStatus, string> = { MATCHED: 'Matched', UNMATCHED: 'Unmatched', AMBIGUOUS: 'Ambiguous' };

export type MatchedCertificate = { number: string; assignmentId: string; contractorName: string; effectiveDate: string; endDate: string };

export type ReconciledPayment = SchedulePayment & {
  status: ReconciliationStatus;
  /** The certificate a MATCHED payment is matched to; null otherwise. */
  certificate: MatchedCertificate | null;
  /** The certificates an AMBIGUOUS payment could belong to; empty otherwise. */
  candidateCertificateNumbers: string[];
  /** Why a payment is not MATCHED, or what to know about its match. */
  note: string | null;
};

export type ReconciliationTotal = { status: ReconciliationStatus; count: number; amountCents: number };
export type Reconciliation = { rows: ReconciledPayment[]; totals: ReconciliationTotal[] };

function matchedCertificate(coverage: FacilityCoverage): MatchedCertificate {
  return {
    number: coverage.certificateNumber,
    assignmentId: coverage.assignmentId,
    contractorName: coverage.contractorName,
    effectiveDate: coverage.effectiveDate,
    endDate: coverage.endDate,
  };
}

function reconcilePayment(payment: SchedulePayment, coverages: readonly FacilityCoverage[]): ReconciledPayment {
  const theirs = coveragesOf(payment, coverages);
  const base = { ...payment, certificate: null, candidateCertificateNumbers: [] };
  if (theirs.length === 0) return { ...base, status: 'UNMATCHED', note: `No contractor ${described(payment)} at this facility` };
  const covering = theirs.filter((coverage) => covers(coverage, payment.paymentDate)).sort(byPeriod);
  const [only] = covering;
  if (!only) return { ...base, status: 'UNMATCHED', note: `No coverage on ${payment.paymentDate}` };
  if (covering.length === 1) {
    // Namesakes of whom only one was covered that day: matched, but the auditor should know it was by name.
    const namesakes = distinctContractors(theirs);
    const note = namesakes > 1 ? `${namesakes} contractors ${described(payment)} work at this facility; only this one was covered on ${payment.paymentDate}` : null;
    return { ...base, status: 'MATCHED', certificate: matchedCertificate(only), note };
  }
  const numbers = covering.map((coverage) => coverage.certificateNumber);
  const people = distinctContractors(covering);
  const note =
    people > 1
      ? `${people} contractors ${described(payment)} were covered on ${payment.paymentDate} (${numbers.join(', ')}): add the email to the schedule to tell them apart`
      : `Overlapping certificates cover ${payment.paymentDate}: ${numbers.join(', ')}`;
  return { ...base, status: 'AMBIGUOUS', candidateCertificateNumbers: numbers, note };
}

/** Count and amount per status, every status present, in the order of RECONCILIATION_STATUSES. */
export function reconciliationTotals(rows: readonly Pick<ReconciledPayment, 'status' | 'amountCents'>[]): ReconciliationTotal[] {
  return RECONCILIATION_STATUSES.map((status) => {
    const ofStatus = rows.filter((row) => row.status === status);
    return { status, count: ofStatus.length, amountCents: ofStatus.reduce((sum, row) => sum + row.amountCents, 0) };
  });
}

/** Each payment MATCHED to the one certificate covering its contractor that day, UNMATCHED when none does, AMBIGUOUS when several do. */
export function reconcilePayments(payments: readonly SchedulePayment[], coverages: readonly FacilityCoverage[]): Reconciliation {
  const rows = payments.map((payment) => reconcilePayment(payment, coverages));
  return { rows, totals: reconciliationTotals(rows) };
}

// ---------------------------------------------------------------- cleared to work

export type Clearance = {
  cleared: boolean;
  /** The contractor's name on file, when the question identifies one contractor. */
  contractorName: string | null;
  date: string;
  certificate: MatchedCertificate | null;
  note: string | null;
};

/**
 * Whether the contractor named (or whose email is given) was covered at the facility on `date`. Unlike a
 * payment, a person is never cleared on a namesake's certificate: a name that several contractors share
 * is answered with a request for the email. Overlapping certificates of one contractor still clear them.
 */
export function clearedToWork(contractor: string, date: string, coverages: readonly FacilityCoverage[]): Clearance {
  const text = contractor.trim().replace(/\s+/g, ' ');
  const who: Who = text.includes('@') ? { email: text.toLowerCase(), contractorName: null } : { email: null, contractorName: text };
  const theirs = coveragesOf(who, coverages);
  const answer = { cleared: false, contractorName: null, date, certificate: null };
  if (theirs.length === 0) return { ...answer, note: `No contractor ${described(who)} at this facility` };
  const covering = theirs.filter((coverage) => covers(coverage, date)).sort(byPeriod);
  const people = distinctContractors(theirs);
  if (people > 1 && covering.length > 0) {
    return { ...answer, note: `${people} contractors ${described(who)} work at this facility: ask with the email to tell them apart` };
  }
  const contractorName = people === 1 ? theirs[0]!.contractorName : null;
  const [certificate] = covering;
  if (!certificate) return { ...answer, contractorName, note: `No coverage on ${date}` };
  return { cleared: true, contractorName, date, certificate: matchedCertificate(certificate), note: null };
}

// ---------------------------------------------------------------- export

export const RECONCILIATION_CSV_COLUMNS = [
  'line',
  'contractor',
  'email',
  'payment_date',
  'amount',
  'status',
  'certificate_number',
  'coverage_start',
  'coverage_end',
  'note',
] as const;

/** One field of RFC 4180: quoted when it holds a comma, a quote or a line break, with quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text that came from a person (a name, an email, a note quoting them) made inert for spreadsheets:
 * Excel and its kin run a cell that starts with = + - @ as a formula (OWASP "CSV injection").
 */
function inertText(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Cents as a plain decimal a spreadsheet reads as a number: 125000 -> "1250.00". */
function decimalAmount(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** The reconciliation as CSV (RFC 4180: CRLF line ends, a header row), one row per payment in file order. */
export function reconciliationCsv(result: Pick<Reconciliation, 'rows'>): string {
  const lines = [RECONCILIATION_CSV_COLUMNS.join(',')];
  for (const row of result.rows) {
    const fields = [
      String(row.line),
      inertText(row.contractorName),
      inertText(row.email),
      row.paymentDate,
      decimalAmount(row.amountCents),
      row.status,
      row.certificate?.number ?? '',
      row.certificate?.effectiveDate ?? '',
      row.certificate?.endDate ?? '',
      inertText(row.note),
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
