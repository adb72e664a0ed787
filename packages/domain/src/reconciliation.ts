import { formatDate, formatDateRange, isIsoDate } from './dates';
import { COVERAGE_TYPE_LABELS, type CoverageType } from './enums';
import { basisOfCoverage, describeRate } from './job-codes';
import { formatCents, parseDollarsToCents } from './money';
import { premiumLineCents } from './premium';
import { isUsStateCode, US_STATES, usStateName } from './us-states';

// Audit reconciliation: an auditor's schedule of payments checked against the certificates of one
// facility. Auditors accept a certificate whose dates agree with when the work was done, not when it
// was paid (NCCI Basic Manual rule 2-H-2 on uninsured subcontractors; premium-audit practice): so a
// payment is matched on its work period when the schedule gives one, and on its payment date only
// when it does not. The same matching answers "was this person cleared to work here that day?".
// Pure: the server supplies the parsed file, the facility's certificates and the class rates.

export const PAYMENT_COLUMNS = ['contractorName', 'legalName', 'email', 'fein', 'paymentDate', 'amount', 'workFrom', 'workTo', 'workState'] as const;
export type PaymentColumn = (typeof PAYMENT_COLUMNS)[number];

/** Which header of the file holds each field of a payment. */
export type PaymentColumnMapping = Partial<Record<PaymentColumn, string>>;

/** Header spellings recognised per field, compared without case, spaces or punctuation; earlier ones win. */
const COLUMN_SYNONYMS: Record<PaymentColumn, readonly string[]> = {
  contractorName: ['contractor name', 'name', 'contractor', 'payee', 'payee name', 'worker', 'worker name', 'employee name', 'full name', 'vendor', 'vendor name', 'subcontractor'],
  legalName: ['legal name', 'payee legal name', 'legal entity name', 'legal business name', 'entity name'],
  email: ['email', 'e-mail', 'email address', 'contractor email'],
  fein: ['fein', 'ein', 'federal ein', 'fein number', 'federal tax id', 'tax id', 'tin'],
  paymentDate: ['payment date', 'date', 'paid on', 'check date', 'pay date'],
  amount: ['amount', 'payment amount', 'gross', 'gross pay', 'net pay', 'paid', 'gross amount', 'amount paid', 'total'],
  workFrom: ['work from', 'work start', 'work start date', 'work period start', 'work began', 'period start', 'period from', 'service from', 'service start', 'service start date', 'from'],
  workTo: ['work to', 'work end', 'work end date', 'work period end', 'work ended', 'period end', 'period to', 'service to', 'service end', 'service end date', 'to'],
  workState: ['work state', 'state of work', 'work location state', 'job state', 'state'],
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
  /** The payee's legal name, when the schedule has it (a business name, or the person's name in full). */
  legalName: string | null;
  email: string | null;
  /** NN-NNNNNNN */
  fein: string | null;
  /** YYYY-MM-DD */
  paymentDate: string;
  amountCents: number;
  /** YYYY-MM-DD, inclusive; both or neither. */
  workFrom: string | null;
  workTo: string | null;
  /** Two-letter US state code. */
  workState: string | null;
};

export type PaymentCells = Partial<Record<PaymentColumn, string | null | undefined>>;
export type PaymentProblem = { column: PaymentColumn; message: string };
export type ParsedPaymentRow = { ok: true; payment: SchedulePayment } | { ok: false; problems: PaymentProblem[] };

const US_DATE_PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// Deliberately loose: the schedule is matched on it, not mailed to it; a typo simply matches nobody.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FEIN_PATTERN = /^(\d{2})-?(\d{7})$/;

/** A payment date written YYYY-MM-DD, MM/DD/YYYY or M/D/YYYY, as YYYY-MM-DD; null when it is not a calendar date. */
export function parsePaymentDate(input: string): string | null {
  const text = input.trim();
  if (isIsoDate(text)) return text;
  const match = US_DATE_PATTERN.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[1]!.padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** A federal employer identification number written NN-NNNNNNN or as nine digits, as NN-NNNNNNN; null otherwise. */
export function parseFein(input: string): string | null {
  const match = FEIN_PATTERN.exec(input.trim());
  return match ? `${match[1]}-${match[2]}` : null;
}

/** A work state as its two-letter code, from the code or the state's name in any case; null when it is neither. */
export function parseWorkState(input: string): string | null {
  const text = input.trim().replace(/\s+/g, ' ').toUpperCase();
  if (isUsStateCode(text)) return text;
  return US_STATES.find((state) => state.name.toUpperCase() === text)?.code ?? null;
}

function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').trim().replace(/\s+/g, ' ');
  return text === '' ? null : text;
}

const DATE_HINT = 'use YYYY-MM-DD or MM/DD/YYYY';

/** The work period of a row: both dates or neither, the end on or after the start. */
function parseWorkPeriod(cells: PaymentCells, problems: PaymentProblem[]): { workFrom: string | null; workTo: string | null } {
  const fromText = clean(cells.workFrom);
  const toText = clean(cells.workTo);
  const workFrom = fromText ? parsePaymentDate(fromText) : null;
  const workTo = toText ? parsePaymentDate(toText) : null;
  if (fromText && !workFrom) problems.push({ column: 'workFrom', message: `"${fromText}" is not a date (${DATE_HINT})` });
  if (toText && !workTo) problems.push({ column: 'workTo', message: `"${toText}" is not a date (${DATE_HINT})` });
  if (fromText && !toText) problems.push({ column: 'workTo', message: 'the work period needs an end date too (or leave both empty)' });
  if (toText && !fromText) problems.push({ column: 'workFrom', message: 'the work period needs a start date too (or leave both empty)' });
  if (workFrom && workTo && workTo < workFrom) problems.push({ column: 'workTo', message: `the work period ends (${formatDate(workTo)}) before it starts (${formatDate(workFrom)})` });
  return workFrom && workTo && workFrom <= workTo ? { workFrom, workTo } : { workFrom: null, workTo: null };
}

/** One row of the schedule, or every problem it has, each on the column at fault. */
export function parsePaymentRow(line: number, cells: PaymentCells): ParsedPaymentRow {
  const problems: PaymentProblem[] = [];
  const contractorName = clean(cells.contractorName);
  const legalName = clean(cells.legalName);
  const email = clean(cells.email)?.toLowerCase() ?? null;
  if (!contractorName && !legalName && !email) {
    // On the name column when the file has one: that is where a person looks for a missing name.
    const column = cells.contractorName !== undefined ? 'contractorName' : cells.legalName !== undefined ? 'legalName' : 'email';
    problems.push({ column, message: 'a contractor name or email is required' });
  }
  if (email && !EMAIL_PATTERN.test(email)) problems.push({ column: 'email', message: `"${email}" is not an email address` });

  const feinText = clean(cells.fein);
  const fein = feinText ? parseFein(feinText) : null;
  if (feinText && !fein) problems.push({ column: 'fein', message: `"${feinText}" is not a FEIN (use NN-NNNNNNN)` });

  const dateText = clean(cells.paymentDate);
  const paymentDate = dateText ? parsePaymentDate(dateText) : null;
  if (!dateText) problems.push({ column: 'paymentDate', message: 'a payment date is required' });
  else if (!paymentDate) problems.push({ column: 'paymentDate', message: `"${dateText}" is not a date (${DATE_HINT})` });

  const amountText = clean(cells.amount);
  // Spreadsheets sometimes pad the currency sign: "$ 1,250.00".
  const amountCents = amountText ? parseDollarsToCents(amountText.replace(/\s/g, '')) : null;
  if (!amountText) problems.push({ column: 'amount', message: 'an amount is required' });
  else if (amountCents === null) problems.push({ column: 'amount', message: `"${amountText}" is not an amount (e.g. 1,250.00)` });
  else if (amountCents <= 0) problems.push({ column: 'amount', message: 'the amount must be greater than zero' });
  else if (amountCents > MAX_PAYMENT_CENTS) problems.push({ column: 'amount', message: `the amount must be at most ${formatCents(MAX_PAYMENT_CENTS)}` });

  const { workFrom, workTo } = parseWorkPeriod(cells, problems);
  const stateText = clean(cells.workState);
  const workState = stateText ? parseWorkState(stateText) : null;
  if (stateText && !workState) problems.push({ column: 'workState', message: `"${stateText}" is not a US state (e.g. CA or California)` });

  if (problems.length > 0 || !paymentDate || amountCents === null) return { ok: false, problems };
  return { ok: true, payment: { line, contractorName, legalName, email, fein, paymentDate, amountCents, workFrom, workTo, workState } };
}

// ---------------------------------------------------------------- matching

/** One certificate issued for a covered assignment of the facility, valid or voided, with what it says. */
export type FacilityCoverage = {
  assignmentId: string;
  contractorId: string;
  contractorName: string;
  contractorEmail: string;
  /** YYYY-MM-DD, inclusive: the dates printed on the certificate. */
  effectiveDate: string;
  /** YYYY-MM-DD, inclusive */
  endDate: string;
  certificateNumber: string;
  /** Two-letter code of the state the certificate covers work in. */
  workState: string;
  /** The job code of the assignment's category, and its class code per coverage it carries. */
  jobCode: string;
  classCodes: Partial<Record<CoverageType, string | null>>;
  /** YYYY-MM-DD the certificate was voided; null while it is valid. A voided certificate covers nothing. */
  voidedOn: string | null;
};

/** A job code's rate for one state and coverage type: per $100 of payroll for WC, per $1,000 for GL. */
export type ClassRate = { jobCode: string; state: string; coverageType: CoverageType; rate: number };

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

type Who = { email: string | null; contractorName: string | null; legalName?: string | null };

/**
 * The coverages of the contractor(s) a payment or a question names: by email when there is one, else
 * by the name or the legal name. Coverline holds no FEIN for contractors, so a FEIN identifies the
 * payee in the totals but cannot match a certificate.
 */
function coveragesOf(who: Who, coverages: readonly FacilityCoverage[]): FacilityCoverage[] {
  if (who.email) {
    const email = who.email.trim().toLowerCase();
    return coverages.filter((coverage) => coverage.contractorEmail.trim().toLowerCase() === email);
  }
  const keys = new Set([who.contractorName, who.legalName].flatMap((name) => (name ? [contractorNameKey(name)] : [])).filter((key) => key !== ''));
  if (keys.size === 0) return [];
  return coverages.filter((coverage) => keys.has(contractorNameKey(coverage.contractorName)));
}

/** The days a payment is checked against: its work period, or its payment date when it gives none. */
type Span = { from: string; to: string };

/** "Jan 5, 2027" or "Jan 5 – Jan 30, 2027". */
function spanDates(span: Span): string {
  return formatDateRange(span.from, span.to);
}

/** "on Jan 5, 2027" or "for Jan 5 – Jan 30, 2027", as a sentence goes on after "covered". */
function spanText(span: Span): string {
  return `${span.from === span.to ? 'on' : 'for'} ${spanDates(span)}`;
}

function contains(coverage: FacilityCoverage, span: Span): boolean {
  return coverage.effectiveDate <= span.from && span.to <= coverage.endDate;
}

function overlaps(coverage: FacilityCoverage, span: Span): boolean {
  return coverage.effectiveDate <= span.to && span.from <= coverage.endDate;
}

const isValid = (coverage: FacilityCoverage) => coverage.voidedOn === null;

function stateText(code: string): string {
  return usStateName(code) ?? code;
}

function certificateText(coverage: FacilityCoverage): string {
  return `${coverage.certificateNumber} (${formatDateRange(coverage.effectiveDate, coverage.endDate)}, ${stateText(coverage.workState)})`;
}

/** "named Ana Souza" or "with the email ana@example.com": how a note refers to whom a row names. */
function described(who: Who): string {
  if (who.email) return `with the email ${who.email}`;
  return `named ${who.contractorName ?? who.legalName ?? ''}`;
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

/** What a payment was checked against: the work period it gives, or (lacking one) its payment date. */
export const MATCH_BASES = ['WORK_PERIOD', 'PAYMENT_DATE'] as const;
export type MatchBasis = (typeof MATCH_BASES)[number];

export type MatchedCertificate = {
  number: string;
  assignmentId: string;
  contractorName: string;
  effectiveDate: string;
  endDate: string;
  /** Null only in rows kept before certificates' states were recorded. */
  workState: string | null;
};

export type ExposureLine = { coverageType: CoverageType; classCode: string | null; rate: number; premiumCents: number };

/**
 * What an unmatched payment may cost at audit. An auditor who finds no certificate for a payee's work
 * adds the payment to the insured's payroll as an uninsured subcontractor (NCCI rule 2-H-2); here the
 * whole amount, since a schedule does not split labour from materials. The premium is that payroll at
 * the class rate of the contractor's job code in the work state, with no minimum premium.
 */
export type EstimatedExposure = {
  payrollCents: number;
  /** The state whose rates apply: the row's work state, else that of the contractor's latest certificate here. */
  state: string | null;
  jobCode: string | null;
  /** Null when no class rate is known: the contractor is not on file here, or their job code has no rate in that state. */
  premiumCents: number | null;
  lines: ExposureLine[];
  /** The estimate in words, with what it is taken from. */
  explanation: string;
};

export type ReconciledPayment = SchedulePayment & {
  status: ReconciliationStatus;
  matchedOn: MatchBasis;
  /** How the row was matched, in words: "Matched on work period Jan 5 – Jan 30, 2027". */
  basis: string;
  /** The certificate a MATCHED payment is matched to; null otherwise. */
  certificate: MatchedCertificate | null;
  /** The certificates an AMBIGUOUS payment could belong to; empty otherwise. */
  candidateCertificateNumbers: string[];
  /** Why a payment is not MATCHED, or what to know about its match. */
  note: string | null;
  /** For an UNMATCHED payment: what it may add at audit; null otherwise. */
  exposure: EstimatedExposure | null;
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
    workState: coverage.workState,
  };
}

function basisText(status: ReconciliationStatus, matchedOn: MatchBasis, span: Span): string {
  const verb = status === 'MATCHED' ? 'matched on' : 'checked against';
  if (matchedOn === 'PAYMENT_DATE') return `No work period given: ${verb} payment date ${formatDate(span.from)}`;
  return `${verb[0]!.toUpperCase()}${verb.slice(1)} work period ${formatDateRange(span.from, span.to)}`;
}

/** Why no certificate matched, for a contractor who has certificates here: the nearest miss, said plainly. */
function unmatchedNote(payment: SchedulePayment, span: Span, theirs: readonly FacilityCoverage[]): string {
  const valid = theirs.filter(isValid).sort(byPeriod);
  const elsewhere = payment.workState ? valid.filter((coverage) => contains(coverage, span) && coverage.workState !== payment.workState) : [];
  if (elsewhere.length > 0) {
    return `${elsewhere.map(certificateText).join(', ')} covers work in ${stateText(elsewhere[0]!.workState)}, not in ${stateText(payment.workState!)}, ${spanText(span)}`;
  }
  const voided = theirs.filter((coverage) => !isValid(coverage) && contains(coverage, span)).sort(byPeriod);
  if (voided.length > 0) {
    return `No valid certificate ${spanText(span)}: ${voided.map((coverage) => `${coverage.certificateNumber} was voided on ${formatDate(coverage.voidedOn!)}`).join(', ')}`;
  }
  const partly = valid.filter((coverage) => overlaps(coverage, span) && (!payment.workState || coverage.workState === payment.workState));
  if (partly.length > 0) {
    return `Work period ${spanDates(span)} is only partly covered: ${partly.map(certificateText).join(', ')}`;
  }
  return `No coverage ${spanText(span)}`;
}

/** The unmatched amount as payroll, priced at the contractor's class rate where one is known. */
export function estimateExposure(payment: Pick<SchedulePayment, 'amountCents' | 'workState'>, theirs: readonly FacilityCoverage[], rates: readonly ClassRate[]): EstimatedExposure {
  const payroll = formatCents(payment.amountCents);
  const lead = `Estimated exposure: ${payroll} added to payroll as uninsured work (the whole payment, with no certificate for it)`;
  const [latest] = [...theirs].sort(byPeriod);
  const state = payment.workState ?? latest?.workState ?? null;
  const none = { payrollCents: payment.amountCents, state, jobCode: latest?.jobCode ?? null, premiumCents: null, lines: [] };
  if (!latest || !state) return { ...none, explanation: `${lead}; no class rate: the contractor has no certificate here to take their class from` };
  const lines = (Object.keys(latest.classCodes) as CoverageType[]).flatMap((coverageType): ExposureLine[] => {
    const rate = rates.find((candidate) => candidate.jobCode === latest.jobCode && candidate.state === state && candidate.coverageType === coverageType);
    if (!rate) return [];
    return [{ coverageType, classCode: latest.classCodes[coverageType] ?? null, rate: rate.rate, premiumCents: premiumLineCents(payment.amountCents, { coverageType, rate: rate.rate, minimumPremiumCents: 0 }) }];
  });
  if (lines.length === 0) return { ...none, explanation: `${lead}; no class rate for ${latest.jobCode} in ${stateText(state)}` };
  const premiumCents = lines.reduce((sum, line) => sum + line.premiumCents, 0);
  const rated = lines
    .map((line) => `${COVERAGE_TYPE_LABELS[line.coverageType]}${line.classCode ? ` class ${line.classCode}` : ''} at ${describeRate(line.rate, basisOfCoverage(line.coverageType), 'payroll')}`)
    .join(' and ');
  return { ...none, premiumCents, lines, explanation: `${lead}; about ${formatCents(premiumCents)} in premium at the contractor's class rate for ${latest.jobCode} in ${stateText(state)}: ${rated}` };
}

function reconcilePayment(payment: SchedulePayment, coverages: readonly FacilityCoverage[], rates: readonly ClassRate[]): ReconciledPayment {
  const matchedOn: MatchBasis = payment.workFrom && payment.workTo ? 'WORK_PERIOD' : 'PAYMENT_DATE';
  const span: Span = payment.workFrom && payment.workTo ? { from: payment.workFrom, to: payment.workTo } : { from: payment.paymentDate, to: payment.paymentDate };
  const theirs = coveragesOf(payment, coverages);
  const base = { ...payment, matchedOn, certificate: null, candidateCertificateNumbers: [], exposure: null };
  const unmatched = (note: string): ReconciledPayment => ({ ...base, status: 'UNMATCHED', basis: basisText('UNMATCHED', matchedOn, span), note, exposure: estimateExposure(payment, theirs, rates) });
  if (theirs.length === 0) return unmatched(`No contractor ${described(payment)} at this facility`);
  const covering = theirs.filter((coverage) => isValid(coverage) && contains(coverage, span) && (!payment.workState || coverage.workState === payment.workState)).sort(byPeriod);
  const [only] = covering;
  if (!only) return unmatched(unmatchedNote(payment, span, theirs));
  if (covering.length === 1) {
    // Namesakes of whom only one was covered then: matched, but the auditor should know it was by name.
    const namesakes = distinctContractors(theirs);
    const note = namesakes > 1 ? `${namesakes} contractors ${described(payment)} work at this facility; only this one was covered ${spanText(span)}` : null;
    return { ...base, status: 'MATCHED', basis: basisText('MATCHED', matchedOn, span), certificate: matchedCertificate(only), note };
  }
  const numbers = covering.map((coverage) => coverage.certificateNumber);
  const people = distinctContractors(covering);
  const note =
    people > 1
      ? `${people} contractors ${described(payment)} were covered ${spanText(span)} (${numbers.join(', ')}): add the email to the schedule to tell them apart`
      : `Overlapping certificates cover ${spanDates(span)}: ${numbers.join(', ')}`;
  return { ...base, status: 'AMBIGUOUS', basis: basisText('AMBIGUOUS', matchedOn, span), candidateCertificateNumbers: numbers, note };
}

/** Count and amount per status, every status present, in the order of RECONCILIATION_STATUSES. */
export function reconciliationTotals(rows: readonly Pick<ReconciledPayment, 'status' | 'amountCents'>[]): ReconciliationTotal[] {
  return RECONCILIATION_STATUSES.map((status) => {
    const ofStatus = rows.filter((row) => row.status === status);
    return { status, count: ofStatus.length, amountCents: ofStatus.reduce((sum, row) => sum + row.amountCents, 0) };
  });
}

/**
 * Each payment MATCHED to the one valid certificate of its contractor whose dates contain its work
 * period (or, without one, its payment date), in its work state when it names one; UNMATCHED with its
 * estimated exposure when none does; AMBIGUOUS when several do.
 */
export function reconcilePayments(payments: readonly SchedulePayment[], coverages: readonly FacilityCoverage[], rates: readonly ClassRate[] = []): Reconciliation {
  const rows = payments.map((payment) => reconcilePayment(payment, coverages, rates));
  return { rows, totals: reconciliationTotals(rows) };
}

// ---------------------------------------------------------------- per payee, over the audit period

export type PayeeTotal = {
  /** The legal name when the schedule gives one, else the name, else the email, as first written. */
  payee: string;
  fein: string | null;
  email: string | null;
  count: number;
  amountCents: number;
  matchedCents: number;
  unmatchedCents: number;
  ambiguousCents: number;
  /** The estimated premium of the payee's unmatched payments where a class rate is known; 0 when none is unmatched. */
  exposurePremiumCents: number;
  /** Unmatched payments whose premium could not be estimated (no class rate). */
  unpricedCount: number;
};

type PayeeRow = Pick<ReconciledPayment, 'contractorName' | 'legalName' | 'email' | 'fein' | 'status' | 'amountCents' | 'exposure'>;

/** One payee of the schedule: the FEIN names them when given, else the email, else the (legal) name as a person writes it. */
function payeeKey(row: PayeeRow): string {
  if (row.fein) return `fein:${row.fein}`;
  if (row.email) return `email:${row.email}`;
  return `name:${contractorNameKey(row.legalName ?? row.contractorName ?? '')}`;
}

/** Every payee's payments added up, in the order they first appear in the schedule. */
export function payeeTotals(rows: readonly PayeeRow[]): PayeeTotal[] {
  const totals = new Map<string, PayeeTotal>();
  for (const row of rows) {
    const key = payeeKey(row);
    const total = totals.get(key) ?? {
      payee: row.legalName ?? row.contractorName ?? row.email ?? '',
      fein: row.fein,
      email: row.email,
      count: 0,
      amountCents: 0,
      matchedCents: 0,
      unmatchedCents: 0,
      ambiguousCents: 0,
      exposurePremiumCents: 0,
      unpricedCount: 0,
    };
    total.count += 1;
    total.amountCents += row.amountCents;
    if (row.status === 'MATCHED') total.matchedCents += row.amountCents;
    if (row.status === 'AMBIGUOUS') total.ambiguousCents += row.amountCents;
    if (row.status === 'UNMATCHED') {
      total.unmatchedCents += row.amountCents;
      if (row.exposure?.premiumCents == null) total.unpricedCount += 1;
      else total.exposurePremiumCents += row.exposure.premiumCents;
    }
    total.email ??= row.email;
    total.fein ??= row.fein;
    totals.set(key, total);
  }
  return [...totals.values()];
}

/** The days the schedule's work (or, lacking a work period, its payments) spans; null for no rows. */
export function auditPeriod(rows: readonly Pick<SchedulePayment, 'paymentDate' | 'workFrom' | 'workTo'>[]): Span | null {
  if (rows.length === 0) return null;
  const starts = rows.map((row) => row.workFrom ?? row.paymentDate).sort();
  const ends = rows.map((row) => row.workTo ?? row.paymentDate).sort();
  return { from: starts[0]!, to: ends[ends.length - 1]! };
}

/** A row kept before work periods, states and exposure existed: read as matched on its payment date, as it was. */
export type KeptReconciledPayment = Omit<ReconciledPayment, 'legalName' | 'fein' | 'workFrom' | 'workTo' | 'workState' | 'matchedOn' | 'basis' | 'exposure' | 'certificate'> &
  Partial<Pick<ReconciledPayment, 'legalName' | 'fein' | 'workFrom' | 'workTo' | 'workState' | 'matchedOn' | 'basis' | 'exposure'>> & {
    certificate: (Omit<MatchedCertificate, 'workState'> & { workState?: string | null }) | null;
  };
export type KeptReconciliation = { rows: KeptReconciledPayment[]; totals: ReconciliationTotal[] };

/** A kept row with every field of today's rows; what older rows lack is empty, and their basis is the payment date they were matched on. */
export function keptReconciledPayment(row: KeptReconciledPayment): ReconciledPayment {
  const matchedOn = row.matchedOn ?? 'PAYMENT_DATE';
  const span = { from: row.workFrom ?? row.paymentDate, to: row.workTo ?? row.paymentDate };
  return {
    ...row,
    legalName: row.legalName ?? null,
    fein: row.fein ?? null,
    workFrom: row.workFrom ?? null,
    workTo: row.workTo ?? null,
    workState: row.workState ?? null,
    matchedOn,
    basis: row.basis ?? basisText(row.status, matchedOn, span),
    exposure: row.exposure ?? null,
    certificate: row.certificate ? { ...row.certificate, workState: row.certificate.workState ?? null } : null,
  };
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
  const covering = theirs.filter((coverage) => isValid(coverage) && contains(coverage, { from: date, to: date })).sort(byPeriod);
  const people = distinctContractors(theirs);
  if (people > 1 && covering.length > 0) {
    return { ...answer, note: `${people} contractors ${described(who)} work at this facility: ask with the email to tell them apart` };
  }
  const contractorName = people === 1 ? theirs[0]!.contractorName : null;
  const [certificate] = covering;
  if (!certificate) return { ...answer, contractorName, note: `No coverage on ${formatDate(date)}` };
  return { cleared: true, contractorName, date, certificate: matchedCertificate(certificate), note: null };
}

// ---------------------------------------------------------------- export

export const RECONCILIATION_CSV_COLUMNS = [
  'line',
  'contractor',
  'legal_name',
  'email',
  'fein',
  'payment_date',
  'work_from',
  'work_to',
  'work_state',
  'amount',
  'status',
  'matched_on',
  'certificate_number',
  'certificate_state',
  'coverage_start',
  'coverage_end',
  'exposure_payroll',
  'exposure_premium',
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

/** Lines as CSV (RFC 4180: CRLF line ends, a header row). */
function csvOf(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The reconciliation as CSV, one row per payment in file order; the note says how it matched, why not, and the exposure. */
export function reconciliationCsv(result: { rows: readonly ReconciledPayment[] }): string {
  return csvOf(
    RECONCILIATION_CSV_COLUMNS,
    result.rows.map((row) => [
      String(row.line),
      inertText(row.contractorName),
      inertText(row.legalName),
      inertText(row.email),
      row.fein ?? '',
      row.paymentDate,
      row.workFrom ?? '',
      row.workTo ?? '',
      row.workState ?? '',
      decimalAmount(row.amountCents),
      row.status,
      row.matchedOn,
      row.certificate?.number ?? '',
      row.certificate?.workState ?? '',
      row.certificate?.effectiveDate ?? '',
      row.certificate?.endDate ?? '',
      row.exposure ? decimalAmount(row.exposure.payrollCents) : '',
      row.exposure?.premiumCents != null ? decimalAmount(row.exposure.premiumCents) : '',
      inertText([row.basis, row.note, row.exposure?.explanation].filter(Boolean).join('. ')),
    ]),
  );
}

export const PAYEE_CSV_COLUMNS = ['payee', 'fein', 'email', 'period_from', 'period_to', 'payments', 'amount', 'matched', 'unmatched', 'ambiguous', 'exposure_premium', 'unpriced_payments'] as const;

/** Each payee's totals over the audit period, as CSV. */
export function payeeTotalsCsv(rows: readonly ReconciledPayment[]): string {
  const period = auditPeriod(rows);
  return csvOf(
    PAYEE_CSV_COLUMNS,
    payeeTotals(rows).map((total) => [
      inertText(total.payee),
      total.fein ?? '',
      inertText(total.email),
      period?.from ?? '',
      period?.to ?? '',
      String(total.count),
      decimalAmount(total.amountCents),
      decimalAmount(total.matchedCents),
      decimalAmount(total.unmatchedCents),
      decimalAmount(total.ambiguousCents),
      decimalAmount(total.exposurePremiumCents),
      String(total.unpricedCount),
    ]),
  );
}

export const CERTIFICATE_MANIFEST_COLUMNS = ['certificate_number', 'contractor', 'work_state', 'coverage_start', 'coverage_end', 'payments', 'file'] as const;

/** The certificates a reconciliation matched, once each in the order of the rows: the state and dates each covers, and its file in the packet. */
export function certificateManifestCsv(rows: readonly ReconciledPayment[], fileOf: (certificate: MatchedCertificate) => string | null): string {
  const byNumber = new Map<string, { certificate: MatchedCertificate; payments: number }>();
  for (const row of rows) {
    if (!row.certificate) continue;
    const entry = byNumber.get(row.certificate.number) ?? { certificate: row.certificate, payments: 0 };
    entry.payments += 1;
    byNumber.set(row.certificate.number, entry);
  }
  return csvOf(
    CERTIFICATE_MANIFEST_COLUMNS,
    [...byNumber.values()].map(({ certificate, payments }) => [
      certificate.number,
      inertText(certificate.contractorName),
      certificate.workState ?? '',
      certificate.effectiveDate,
      certificate.endDate,
      String(payments),
      fileOf(certificate) ?? '',
    ]),
  );
}
