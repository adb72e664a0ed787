// The demo data checked row by row against the domain rules and against what production's use cases
// write: if the builder drifts from production (a key, the terms, a snapshot, a timing, an actor), a
// test here fails. No database: the catalogue comes from the shipped CSV files.
import {
  addDays,
  assertTransition,
  canCancelAssignment,
  cardExpiryProblem,
  chargeDueAt,
  chargeIdempotencyKey,
  checkAssignmentDates,
  compareIsoDates,
  estimatePremium,
  formatCents,
  isOptInRequired,
  nextStatusAfterCreation,
  nextStatusAfterOptIn,
  optInContactDetails,
  optInFormSnapshot,
  sandboxAttachedCard,
  sandboxCardForToken,
  TERMS_VERSION,
  todayInTimeZone,
  wageCentsSchema,
  type AssignmentStatus,
  type CoreInfo,
  type CoverageRate,
  type OptInStatus,
} from '@coverline/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_PROVIDER } from '../src/modules/payments/sandbox-provider.js';
import { catalogueRates, readDefaultCatalogue } from '../src/seed/catalogue.js';
import { buildDemoData, type DemoRows } from '../src/seed/demo-builder.js';

type Assignment = DemoRows['assignments'][number];
type Change = DemoRows['assignmentStatusChanges'][number];
type Charge = DemoRows['charges'][number];

const HOUR = 3_600_000;
/** The builder lets nothing happen in the last minute before `now`. */
const QUIET_BEFORE_NOW = 60_000;

function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const time = (value: Date | null | undefined, what = 'time') => defined(value, what).getTime();

// ---------------------------------------------------------------- the catalogue, as the server loads it

const catalogue = readDefaultCatalogue();
const jobCodes = new Map(catalogue.jobCodes.map((row, i) => [row.job_code, { id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, title: row.title }]));
const titleById = new Map([...jobCodes.values()].map((code) => [code.id, code.title]));
const rateRows = catalogue.jobCodes.flatMap((row) =>
  catalogueRates({ ...row, id: defined(jobCodes.get(row.job_code), row.job_code).id }, catalogue.stateFactors.map((f) => ({ state: f.state, wcIndex: f.wc_index }))),
);
function ratesOf(jobCodeId: string, state: string): CoverageRate[] {
  return rateRows
    .filter((r) => r.jobCodeId === jobCodeId && r.state === state)
    .map((r) => ({ coverageType: r.coverageType, rate: r.rate, minimumPremiumCents: r.minimumPremiumCents ?? 0 }));
}

// ---------------------------------------------------------------- the words production's use cases record

/** The reason each use case writes on a status change (createAssignment writes none). */
const REASONS = {
  approved: 'The job category was approved.', // decideJobCategory
  rejected: 'The job category was rejected.', // decideJobCategory, no reason given
  confirmed: 'The contractor confirmed the opt-in form.', // submitOptIn
  optedOut: 'The contractor opted out before being charged.', // optOutOfCharge
  retried: 'The contractor retried the payment.', // retryCharge
  cancelled: 'Cancelled by the agency.', // cancelAssignment, no reason given
  ended: 'The end date has passed.', // endFinishedAssignments
  succeeded: (amountCents: number) => `The charge of ${formatCents(amountCents)} succeeded.`, // the charge job
  declined: (amountCents: number, message: string) => `The charge of ${formatCents(amountCents)} was declined: ${message}`,
};

// ---------------------------------------------------------------- the checks, for a few moments of the year

describe.each([
  ['a weekday afternoon', '2026-11-18T16:20:00Z'],
  ['the night US clocks spring forward', '2026-03-08T08:30:00Z'],
  ["New Year's Eve in Chicago, New Year's Day in New York", '2027-01-01T05:30:00Z'],
])('buildDemoData on %s', (_, iso) => {
  const now = new Date(iso);
  let rows: DemoRows;
  let changesOf: (assignmentId: string) => Change[];
  let chargesOf: (assignmentId: string) => Charge[];
  let timeZoneOf: (agencyId: string) => string;
  let categoryOf: (a: Assignment) => DemoRows['jobCategories'][number];
  let contractorOf: (a: { agencyId: string; contractorId: string }) => DemoRows['contractors'][number];
  let optInOf: (a: Assignment) => DemoRows['optIns'][number] | undefined;
  let coreOf: (a: Assignment) => CoreInfo;
  /** Rule 3 as production asks it at `at`: against the contractor's assignments whose opt-in had completed by then. */
  let optInRequiredAt: (a: Assignment, at: number) => boolean;

  beforeAll(() => {
    rows = buildDemoData({ now, passwordHash: 'argon2-hash', jobCodes, rates: ratesOf });
    const byAssignment = <T extends { assignmentId: string; createdAt?: Date | null }>(list: T[]) => {
      const map = Map.groupBy(list, (row) => row.assignmentId);
      return (id: string) => [...(map.get(id) ?? [])].sort((a, b) => time(a.createdAt) - time(b.createdAt));
    };
    changesOf = byAssignment(rows.assignmentStatusChanges);
    chargesOf = byAssignment(rows.charges);
    const zones = new Map(rows.agencySettings.map((s) => [s.agencyId, s.timeZone]));
    timeZoneOf = (agencyId) => defined(zones.get(agencyId), `time zone of ${agencyId}`);
    const categories = new Map(rows.jobCategories.map((c) => [c.id, c]));
    categoryOf = (a) => defined(categories.get(a.jobCategoryId), `category of ${a.id}`);
    const contractors = new Map(rows.contractors.map((c) => [c.id, c]));
    contractorOf = (a) => defined(contractors.get(a.contractorId), `contractor ${a.contractorId}`);
    const optIns = new Map(rows.optIns.map((o) => [o.id, o]));
    optInOf = (a) => (a.optInId ? defined(optIns.get(a.optInId), `opt-in ${a.optInId}`) : undefined);
    coreOf = (a) => {
      const category = categoryOf(a);
      return { jobCategoryId: defined(category.id, 'category id'), coverageTypes: category.coverageTypes, workState: category.workState };
    };
    optInRequiredAt = (a, at) => {
      const optedIn = rows.assignments.filter((other) => {
        const optIn = optInOf(other);
        return other.contractorId === a.contractorId && other.id !== a.id && optIn?.status === 'COMPLETED' && time(optIn.completedAt) <= at;
      });
      return isOptInRequired(coreOf(a), optedIn.map(coreOf));
    };
  });

  /** The change at which the assignment stopped waiting on its job category (its creation, or the approval), if it did. */
  const pastApproval = (a: Assignment): Change | undefined => {
    const [first, second] = changesOf(defined(a.id, 'id'));
    if (first?.toStatus !== 'PENDING_APPROVAL') return first;
    return second && second.toStatus !== 'CANCELLED' ? second : undefined;
  };

  it('builds assignments in every status for every agency', () => {
    expect(rows.assignments.length).toBeGreaterThan(100);
    for (const agency of rows.agencies) {
      const statuses = new Set(rows.assignments.filter((a) => a.agencyId === agency.id).map((a) => a.status));
      expect(statuses.size, agency.name).toBe(8);
    }
  });

  it("records each assignment's statuses in order as a chain of allowed moves (rule 4), from nextStatusAfterCreation to its status", () => {
    for (const a of rows.assignments) {
      const changes = changesOf(defined(a.id, 'id'));
      const [first] = changes;
      const category = categoryOf(a);
      const created = time(a.createdAt);
      expect(first, a.jobName).toBeDefined();
      expect(first?.fromStatus).toBeNull();
      expect(time(first?.createdAt)).toBe(created);
      const categoryApproved = category.status === 'APPROVED' && time(category.decidedAt) <= created;
      expect(first?.toStatus, `${a.jobName} ${a.id}`).toBe(nextStatusAfterCreation({ categoryApproved, optInRequired: optInRequiredAt(a, created), payer: a.payer }));
      for (let i = 1; i < changes.length; i++) {
        const [previous, change] = [changes[i - 1] as Change, changes[i] as Change];
        expect(change.fromStatus, a.jobName).toBe(previous.toStatus);
        expect(() => assertTransition(previous.toStatus, change.toStatus)).not.toThrow();
        expect(time(change.createdAt)).toBeGreaterThan(time(previous.createdAt));
      }
      const last = changes[changes.length - 1] as Change;
      expect(last.toStatus, a.jobName).toBe(a.status);
      expect(time(last.createdAt)).toBe(time(a.updatedAt));
      expect(time(last.createdAt)).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('never has agency-paid assignments wait for payment; covers or declines contractor-paid ones only by the charge job', () => {
    for (const a of rows.assignments) {
      const changes = changesOf(defined(a.id, 'id'));
      if (a.payer === 'AGENCY') {
        expect(changes.map((c) => c.toStatus), a.jobName).not.toContain('AWAITING_PAYMENT');
        expect(changes.map((c) => c.toStatus), a.jobName).not.toContain('DECLINED');
        continue;
      }
      for (const change of changes.filter((c) => c.toStatus === 'COVERED' || c.toStatus === 'DECLINED')) {
        const from = change.toStatus === 'COVERED' && change.fromStatus === 'DECLINED' ? 'DECLINED' : 'AWAITING_PAYMENT';
        expect([change.fromStatus, change.actorType], a.jobName).toEqual([from, 'SYSTEM']);
      }
    }
  });

  it("makes every move as one of production's use cases does: its statuses, its actor and its words", () => {
    const members = new Map(rows.teamMembers.map((m) => [m.id, m.agencyId]));
    type UseCase = { name: string; matches: (c: Change) => boolean; actor: (c: Change) => [string, string | null]; reason: string | null };
    for (const a of rows.assignments) {
      const charge = chargesOf(defined(a.id, 'id'))[0];
      const contractor = (): [string, string | null] => ['CONTRACTOR', a.contractorId];
      const system = (): [string, string | null] => ['SYSTEM', null];
      const operator = (): [string, string | null] => ['OPERATOR', null];
      const agencyMember = (c: Change): [string, string | null] => ['AGENCY_MEMBER', c.actorId && members.get(c.actorId) === a.agencyId ? c.actorId : 'a member of the agency'];
      const useCases: UseCase[] = [
        { name: 'createAssignment', matches: (c) => c.fromStatus === null, actor: () => ['AGENCY_MEMBER', a.createdById ?? null], reason: null },
        { name: 'decideJobCategory (approve)', matches: (c) => c.fromStatus === 'PENDING_APPROVAL' && c.toStatus !== 'CANCELLED', actor: operator, reason: REASONS.approved },
        {
          name: 'decideJobCategory (reject)',
          matches: (c) => c.fromStatus === 'PENDING_APPROVAL' && c.toStatus === 'CANCELLED' && c.actorType === 'OPERATOR',
          actor: operator,
          reason: REASONS.rejected,
        },
        { name: 'cancelAssignment', matches: (c) => c.toStatus === 'CANCELLED' && c.actorType === 'AGENCY_MEMBER', actor: agencyMember, reason: REASONS.cancelled },
        {
          name: 'submitOptIn',
          matches: (c) => c.fromStatus === 'AWAITING_OPT_IN' && c.toStatus === nextStatusAfterOptIn({ payer: a.payer }),
          actor: contractor,
          reason: REASONS.confirmed,
        },
        { name: 'optOutOfCharge', matches: (c) => c.fromStatus === 'AWAITING_PAYMENT' && c.toStatus === 'OPTED_OUT', actor: contractor, reason: REASONS.optedOut },
        { name: 'retryCharge', matches: (c) => c.fromStatus === 'DECLINED' && c.toStatus === 'AWAITING_PAYMENT', actor: contractor, reason: REASONS.retried },
        {
          name: 'the charge job (succeeded)',
          matches: (c) => a.payer === 'CONTRACTOR' && c.toStatus === 'COVERED' && (c.fromStatus === 'AWAITING_PAYMENT' || c.fromStatus === 'DECLINED'),
          actor: system,
          reason: REASONS.succeeded(a.premiumCents),
        },
        {
          name: 'the charge job (declined)',
          matches: (c) => c.fromStatus === 'AWAITING_PAYMENT' && c.toStatus === 'DECLINED',
          actor: system,
          reason: REASONS.declined(a.premiumCents, charge?.failureMessage ?? '(no failure message)'),
        },
        { name: 'endFinishedAssignments', matches: (c) => c.fromStatus === 'COVERED' && c.toStatus === 'ENDED', actor: system, reason: REASONS.ended },
      ];
      for (const change of changesOf(defined(a.id, 'id'))) {
        const move = `${change.fromStatus} → ${change.toStatus} by ${change.actorType} (${a.jobName})`;
        const useCase = useCases.find((u) => u.matches(change));
        if (!useCase) expect.unreachable(`no use case makes the move ${move}`);
        expect([change.actorType, change.actorId], `${useCase.name}: ${move}`).toEqual(useCase.actor(change));
        expect(change.reason, `${useCase.name}: ${move}`).toBe(useCase.reason);
      }
    }
  });

  it('prices every assignment with estimatePremium over the rates of its job code, work state and coverage types (rule 5)', () => {
    for (const a of rows.assignments) {
      const category = categoryOf(a);
      const rates = ratesOf(category.jobCodeId, category.workState).filter((r) => category.coverageTypes.includes(r.coverageType));
      expect(rates).toHaveLength(category.coverageTypes.length);
      expect(a.premiumCents, a.jobName).toBe(estimatePremium({ wageCents: a.wageCents, coverageTypes: [...category.coverageTypes], rates }).totalCents);
    }
  });

  it('asks for an opt-in iff isOptInRequired when the assignment was created or approved (rule 3), and attaches one only then', () => {
    let required = 0;
    let notRequired = 0;
    for (const a of rows.assignments) {
      const statuses = changesOf(defined(a.id, 'id')).map((c) => c.toStatus);
      const past = pastApproval(a);
      const askedForOptIn = statuses.includes('AWAITING_OPT_IN');
      if (!past) {
        expect(askedForOptIn, a.jobName).toBe(false);
      } else {
        const needed = optInRequiredAt(a, time(past.createdAt));
        expect(askedForOptIn, `${a.jobName} ${a.id}`).toBe(needed);
        if (needed) required++;
        else notRequired++;
      }
      // requestOptIn attaches the opt-in; an assignment that needed none has none (its API says optInRequired: false).
      expect(a.optInId !== null, `${a.jobName} ${a.id}`).toBe(askedForOptIn);
    }
    expect(required).toBeGreaterThan(10);
    expect(notRequired).toBeGreaterThan(50);
  });

  it('never backdates coverage: effective on or after the day of creation in the agency time zone, ending on or after it, within a year (rule 1)', () => {
    for (const a of rows.assignments) {
      const today = todayInTimeZone(timeZoneOf(a.agencyId), defined(a.createdAt, 'createdAt'));
      expect(checkAssignmentDates({ effectiveDate: a.effectiveDate, endDate: a.endDate, today }), `${a.jobName} created ${today}`).toEqual([]);
      expect(compareIsoDates(a.endDate, a.effectiveDate)).toBeGreaterThanOrEqual(0);
    }
  });

  it('pays wages, premiums and charges in positive integer cents (rule 2)', () => {
    for (const a of rows.assignments) {
      expect(wageCentsSchema.safeParse(a.wageCents).success, `${a.jobName}: ${a.wageCents}`).toBe(true);
      expect(Number.isSafeInteger(a.premiumCents) && a.premiumCents > 0, a.jobName).toBe(true);
    }
    for (const charge of rows.charges) expect(Number.isSafeInteger(charge.amountCents) && charge.amountCents > 0).toBe(true);
  });

  it('charges only contractor-paid assignments that reached AWAITING_PAYMENT: one charge each time, keyed chargeIdempotencyKey(assignment, n), due chargeDueAt(notice)', () => {
    const known = new Set(rows.assignments.map((a) => a.id));
    for (const charge of rows.charges) expect(known.has(charge.assignmentId)).toBe(true);
    for (const a of rows.assignments) {
      const id = defined(a.id, 'id');
      const entries = changesOf(id).filter((c) => c.toStatus === 'AWAITING_PAYMENT');
      const charges = chargesOf(id);
      expect(charges.length, a.jobName).toBe(entries.length);
      if (charges.length > 0) expect(a.payer).toBe('CONTRACTOR');
      charges.forEach((charge, i) => {
        expect(charge.idempotencyKey).toBe(chargeIdempotencyKey(id, i + 1));
        expect(time(charge.createdAt)).toBe(time(entries[i]?.createdAt));
        // scheduleCharge announces the first charge a day ahead; retryCharge charges at once.
        const created = defined(charge.createdAt, 'createdAt');
        expect(time(charge.scheduledFor)).toBe(i === 0 ? chargeDueAt(created).getTime() : created.getTime());
        expect(charge.amountCents).toBe(a.premiumCents);
        expect(charge.provider).toBe(SANDBOX_PROVIDER);
      });
      expect(charges.filter((c) => c.status === 'SUCCEEDED').length).toBeLessThanOrEqual(1);
    }
    const keys = rows.charges.map((c) => `${c.agencyId}/${c.idempotencyKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.charges.filter((c) => c.status === 'SCHEDULED').length).toBeGreaterThan(0);
  });

  it("leaves each charge as the move out of AWAITING_PAYMENT says: the charge job's result, an opt-out or a cancellation before it was due, or still scheduled", () => {
    const cards = new Map(rows.paymentMethods.map((m) => [m.id, m]));
    for (const a of rows.assignments) {
      const changes = changesOf(defined(a.id, 'id'));
      for (const charge of chargesOf(defined(a.id, 'id'))) {
        const card = defined(cards.get(defined(charge.paymentMethodId, 'card')), 'card on file');
        expect(card.contractorId).toBe(a.contractorId);
        const due = time(charge.scheduledFor);
        const after = changes.find((c) => c.fromStatus === 'AWAITING_PAYMENT' && time(c.createdAt) >= time(charge.createdAt));
        const outcome = `${a.jobName}: ${charge.status} then ${after?.toStatus ?? 'nothing'}`;
        const decline = defined(sandboxCardForToken(card.providerToken), card.providerToken).decline;
        if (!after) {
          expect(charge.status, outcome).toBe('SCHEDULED');
          expect(due, outcome).toBeGreaterThan(now.getTime());
        } else if (after.toStatus === 'COVERED' || after.toStatus === 'DECLINED') {
          expect(charge.status, outcome).toBe(after.toStatus === 'COVERED' ? 'SUCCEEDED' : 'FAILED');
          expect(time(charge.attemptedAt), outcome).toBeGreaterThanOrEqual(due);
          expect(time(charge.attemptedAt), outcome).toBeLessThanOrEqual(time(after.createdAt));
          expect(time(after.createdAt) - due, outcome).toBeLessThan(HOUR);
          expect(charge.providerChargeId, outcome).toMatch(/^ch_sandbox_[0-9a-f]{24}$/);
          expect(charge.failureMessage, outcome).toBe(after.toStatus === 'DECLINED' ? defined(decline, 'decline').message : null);
          expect(decline === null, `the sandbox's answer for ${card.providerToken}`).toBe(after.toStatus === 'COVERED');
        } else {
          expect(charge.status, outcome).toBe('CANCELLED');
          expect(time(after.createdAt), outcome).toBeLessThan(due);
          expect([charge.attemptedAt, charge.providerChargeId, charge.failureMessage], outcome).toEqual([null, null, null]);
        }
      }
    }
  });

  it('saves each card as the sandbox saves it, when its contractor first opts in as the payer', () => {
    for (const card of rows.paymentMethods) {
      const test = defined(sandboxCardForToken(card.providerToken), `sandbox card ${card.providerToken}`);
      const firstPaidOptIn = rows.optIns
        .filter((o) => o.contractorId === card.contractorId && o.payer === 'CONTRACTOR' && o.status === 'COMPLETED')
        .map((o) => time(o.completedAt))
        .sort((x, y) => x - y)[0];
      expect(time(card.createdAt)).toBe(firstPaidOptIn);
      const { providerToken, brand, last4 } = sandboxAttachedCard(test);
      expect(card).toMatchObject({ provider: SANDBOX_PROVIDER, providerToken, brand, last4 });
      // The expiry the demo contractor typed: a real month, not past when the card was given.
      const given = defined(card.createdAt, 'createdAt').toISOString().slice(0, 10);
      expect(cardExpiryProblem({ month: defined(card.expMonth, 'expMonth'), year: defined(card.expYear, 'expYear') }, given)).toBeNull();
      expect(card.detachedAt ?? null).toBeNull();
    }
    const owners = rows.paymentMethods.map((m) => m.contractorId);
    expect(new Set(owners).size).toBe(owners.length);
  });

  it('completes opt-ins as submitOptIn does: the production terms version, the signature, and the snapshot of the form', () => {
    const listed = (optInId: string) =>
      rows.assignments
        .filter((a) => a.optInId === optInId)
        .map((a) => {
          const category = categoryOf(a);
          return { ...a, id: defined(a.id, 'id'), jobTitle: defined(titleById.get(category.jobCodeId), 'title'), coverageTypes: category.coverageTypes, workState: category.workState };
        });
    let completed = 0;
    for (const optIn of rows.optIns) {
      const id = defined(optIn.id, 'id');
      const assignments = listed(id);
      const contractor = contractorOf(optIn);
      expect(assignments.length, id).toBeGreaterThan(0);
      for (const a of assignments) expect(a.payer).toBe(optIn.payer);
      const requests = assignments.map((a) => changesOf(a.id).find((c) => c.toStatus === 'AWAITING_OPT_IN'));
      expect(time(optIn.createdAt)).toBe(Math.min(...requests.map((c) => time(c?.createdAt))));
      const confirmations = assignments.map((a) => changesOf(a.id).find((c) => c.fromStatus === 'AWAITING_OPT_IN' && c.actorType === 'CONTRACTOR'));
      if (optIn.status === 'COMPLETED') {
        completed++;
        const completedAt = defined(optIn.completedAt, 'completedAt');
        for (const c of confirmations) expect(time(c?.createdAt)).toBe(completedAt.getTime());
        expect(optIn.termsVersion).toBe(TERMS_VERSION);
        // submitOptIn's signature check: the full name, as the form shows it.
        expect(optIn.signatureName?.toLowerCase()).toBe(`${contractor.firstName} ${contractor.lastName}`.toLowerCase());
        expect(optIn.signatureIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
        const signatureName = defined(optIn.signatureName, 'signature');
        expect(optIn.formSnapshot).toEqual(optInFormSnapshot({ contractor: optInContactDetails(contractor), corrections: {}, signatureName, payer: optIn.payer, assignments, acceptedAt: completedAt }));
      } else {
        expect(optIn.status).toBe('PENDING');
        for (const c of confirmations) expect(c).toBeUndefined();
        expect([optIn.termsVersion, optIn.signatureName, optIn.signatureIp, optIn.formSnapshot, optIn.completedAt].map((v) => v ?? null)).toEqual([null, null, null, null, null]);
      }
    }
    expect(completed).toBeGreaterThan(10);
    // requestOptIn adds an assignment to the contractor's open opt-in with the same payer rather than open another.
    const open = rows.optIns.filter((o) => o.status === 'PENDING').map((o) => `${o.contractorId}/${o.payer}`);
    expect(new Set(open).size).toBe(open.length);
  });

  it("sets each contractor's opt-in status as their latest opt-in event left it: PENDING on a request, OPTED_IN on a confirmation", () => {
    const seen = new Set<OptInStatus>();
    for (const contractor of rows.contractors) {
      const own = rows.assignments.filter((a) => a.contractorId === contractor.id);
      const events = [
        ...own.flatMap((a) => changesOf(defined(a.id, 'id')).filter((c) => c.toStatus === 'AWAITING_OPT_IN').map((c) => ({ at: time(c.createdAt), status: 'PENDING' as const }))),
        ...rows.optIns.filter((o) => o.contractorId === contractor.id && o.status === 'COMPLETED').map((o) => ({ at: time(o.completedAt), status: 'OPTED_IN' as const })),
      ].sort((x, y) => x.at - y.at);
      const latest = events[events.length - 1];
      const name = `${contractor.firstName} ${contractor.lastName}`;
      expect(contractor.optInStatus, name).toBe(latest?.status ?? 'NOT_STARTED');
      expect(time(contractor.updatedAt), name).toBe(latest?.at ?? time(contractor.createdAt));
      seen.add(defined(contractor.optInStatus, 'status'));
    }
    expect([...seen].sort()).toEqual(['NOT_STARTED', 'OPTED_IN', 'PENDING']);
  });

  it('ends assignments at the first hourly run (:05) after their end date in the agency time zone, and no sooner', () => {
    const latestRun = (at: number) => {
      const run = Math.floor(at / HOUR) * HOUR + 5 * 60_000;
      return run <= at ? run : run - HOUR;
    };
    const lastRunBeforeNow = latestRun(now.getTime() - QUIET_BEFORE_NOW);
    for (const a of rows.assignments) {
      const zone = timeZoneOf(a.agencyId);
      const ended = changesOf(defined(a.id, 'id')).find((c) => c.toStatus === 'ENDED');
      if (ended) {
        const at = time(ended.createdAt);
        expect(latestRun(at), a.jobName).toBe(at);
        expect(todayInTimeZone(zone, new Date(at)), a.jobName).toBe(addDays(a.endDate, 1));
        expect(todayInTimeZone(zone, new Date(at - HOUR)), a.jobName).toBe(a.endDate);
      }
      if (a.status === 'COVERED') expect(compareIsoDates(a.endDate, todayInTimeZone(zone, new Date(lastRunBeforeNow))), a.jobName).toBeGreaterThanOrEqual(0);
    }
  });

  it('cancels only what cancelAssignment allows (before the effective date), and cancels with a rejected category at its decision', () => {
    let cancelled = 0;
    for (const a of rows.assignments) {
      for (const change of changesOf(defined(a.id, 'id'))) {
        if (change.toStatus !== 'CANCELLED' || !change.fromStatus) continue;
        cancelled++;
        const category = categoryOf(a);
        if (change.actorType === 'OPERATOR') {
          expect(category.status).toBe('REJECTED');
          expect(time(category.decidedAt)).toBe(time(change.createdAt));
        } else {
          const today = todayInTimeZone(timeZoneOf(a.agencyId), defined(change.createdAt, 'createdAt'));
          expect(canCancelAssignment({ status: change.fromStatus, effectiveDate: a.effectiveDate, today }), `${a.jobName} cancelled ${today}`).toBe(true);
        }
      }
    }
    expect(cancelled).toBeGreaterThan(0);
  });

  it('waits on an operator for proposed categories: created with their first assignment, decided by the operator', () => {
    for (const category of rows.jobCategories) {
      const own = rows.assignments.filter((a) => a.jobCategoryId === category.id);
      if (category.status === 'PENDING_APPROVAL') {
        expect(category.decidedAt ?? null).toBeNull();
        for (const a of own) expect(['PENDING_APPROVAL', 'CANCELLED'] as AssignmentStatus[]).toContain(a.status);
      } else {
        expect(category.decidedByType).toBe('OPERATOR');
        expect(time(category.decidedAt)).toBeGreaterThanOrEqual(time(category.createdAt));
      }
      if (category.status !== 'APPROVED' && own.length > 0) expect(time(category.createdAt)).toBe(Math.min(...own.map((a) => time(a.createdAt))));
    }
  });
});
