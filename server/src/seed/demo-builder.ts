// Turns the tables of demo-data.ts into database rows, with dates relative to `now` in each agency's
// time zone. Pure apart from the ids (random UUIDs): the same input gives the same data on every
// fresh database. Every assignment follows the real rules: its first status comes from
// nextStatusAfterCreation, opt-in from isOptInRequired, each move is checked by assertTransition,
// and its premium is estimatePremium over the loaded rates.
import { randomUUID } from 'node:crypto';
import {
  addDays,
  addYears,
  ASSIGNMENT_STATUSES,
  assertTransition,
  compareIsoDates,
  estimatePremium,
  isOptInRequired,
  nextStatusAfterApproval,
  nextStatusAfterCreation,
  nextStatusAfterOptIn,
  todayInTimeZone,
  type AssignmentStatus,
  type CoreInfo,
  type CoverageRate,
  type Payer,
} from '@coverline/domain';
import type {
  agencies,
  agencySettings,
  assignments,
  assignmentStatusChanges,
  auditLog,
  charges,
  contractors,
  facilities,
  facilityGrants,
  facilityUsers,
  jobCategories,
  optIns,
  paymentMethods,
  policies,
  purchaseOrders,
  teamMembers,
} from '../db/schema.js';
import {
  DEMO_AGENCIES,
  DEMO_FACILITY_USERS,
  DEMO_POLICIES,
  type CardKind,
  type DemoAgency,
  type DemoCategory,
  type DemoContractor,
  type JobTemplate,
  type Outcome,
  type Pay,
  type Role,
} from './demo-data.js';
import { createRandom, type Random } from './random.js';

export type DemoRows = {
  agencies: (typeof agencies.$inferInsert)[];
  agencySettings: (typeof agencySettings.$inferInsert)[];
  teamMembers: (typeof teamMembers.$inferInsert)[];
  facilities: (typeof facilities.$inferInsert)[];
  facilityUsers: (typeof facilityUsers.$inferInsert)[];
  facilityGrants: (typeof facilityGrants.$inferInsert)[];
  jobCategories: (typeof jobCategories.$inferInsert)[];
  contractors: (typeof contractors.$inferInsert)[];
  paymentMethods: (typeof paymentMethods.$inferInsert)[];
  purchaseOrders: (typeof purchaseOrders.$inferInsert)[];
  optIns: (typeof optIns.$inferInsert)[];
  assignments: (typeof assignments.$inferInsert)[];
  assignmentStatusChanges: (typeof assignmentStatusChanges.$inferInsert)[];
  charges: (typeof charges.$inferInsert)[];
  policies: (typeof policies.$inferInsert)[];
  auditLog: (typeof auditLog.$inferInsert)[];
};

export type DemoBuildInput = {
  now: Date;
  /** The argon2 hash of the demo password, computed once. */
  passwordHash: string;
  /** Job-code ids of the loaded catalogue, by code. */
  jobCodeIds: ReadonlyMap<string, string>;
  /** The loaded rates of one job code in one work state (both coverage types). */
  rates: (jobCodeId: string, state: string) => CoverageRate[];
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TERMS_VERSION = '2026-01';
/** Regular work reaches back this far, and its current or next assignment starts at most this far ahead. */
const HISTORY_DAYS = 365;
const HORIZON_DAYS = 30;
/** Regular assignments are created at least this many days before today, so their history is complete. */
const REGULAR_CREATED_BEFORE_TODAY = 3;

const CARDS: Record<CardKind, { providerToken: string; brand: string; last4: string }> = {
  visa: { providerToken: 'pm_card_visa', brand: 'visa', last4: '4242' },
  declined: { providerToken: 'pm_card_chargeDeclined', brand: 'visa', last4: '0002' },
};

// ---------------------------------------------------------------- small helpers

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at instant `at`. */
function zoneOffsetMinutes(at: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wallClockAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wallClockAsUtc - at) / 60_000);
}

/** The instant of local time `minutes` after midnight of `date` (YYYY-MM-DD) in `timeZone`. */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  const wallClock = Date.UTC(year, month - 1, day, 0, minutes);
  const firstGuess = wallClock - zoneOffsetMinutes(wallClock, timeZone) * 60_000;
  return new Date(wallClock - zoneOffsetMinutes(firstGuess, timeZone) * 60_000);
}

function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName = '', ...rest] = name.split(' ');
  return { firstName, lastName: rest.join(' ') };
}

function parseAddress(address: string) {
  const match = /^(.+), (.+), ([A-Z]{2}) (\d{5})$/.exec(address);
  if (!match) throw new Error(`demo data: address "${address}" is not "street, city, ST 12345"`);
  const [, addressLine1 = '', city = '', state = '', postalCode = ''] = match;
  return { addressLine1, city, state, postalCode };
}

function emailOf(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/\s+/g, '.')
    .replace(/[^a-z0-9.-]/g, '');
  return `${local}@example.com`;
}

function wageOf(pay: Pay, days: number, rng: Random): number {
  if ('perDayCents' in pay) return pay.perDayCents * days;
  const [min, max] = pay.flatCents;
  return min === max ? min : Math.round(rng.int(min, max) / 5_000) * 5_000; // whole $50
}

function describe(job: JobTemplate, facility: string | null): string {
  if (job.description.includes('{facility}') && !facility) throw new Error(`demo data: "${job.jobName}" needs a facility`);
  return job.description.replaceAll('{facility}', facility ?? '');
}

const overlaps = (a: { effectiveDate: string; endDate: string }, b: { effectiveDate: string; endDate: string }) =>
  compareIsoDates(a.effectiveDate, b.endDate) <= 0 && compareIsoDates(b.effectiveDate, a.endDate) <= 0;

// ---------------------------------------------------------------- per-agency state

type Actor = { type: 'AGENCY_MEMBER' | 'CONTRACTOR' | 'SYSTEM'; id: string | null };

type CategoryState = DemoCategory & {
  id: string;
  jobCodeId: string;
  rates: CoverageRate[];
  row: DemoRows['jobCategories'][number];
  /** Set once an assignment proposed this (not yet approved) category. */
  proposed: boolean;
};

type ContractorState = {
  spec: DemoContractor;
  id: string;
  name: string;
  row: DemoRows['contractors'][number];
  /** Core info of assignments with a completed opt-in (DESIGN rule 3). */
  optedIn: CoreInfo[];
  completedOptIn: Map<string, string>;
  pendingOptIn: Map<string, string>;
  paymentMethodId: string | null;
};

type Draft = {
  contractor: ContractorState;
  category: CategoryState;
  job: JobTemplate;
  facility: string | null;
  effectiveDate: string;
  endDate: string;
  createdAt: Date;
  wageCents: number;
  payer: Payer;
  poNumber: string | null;
  outcome: Outcome;
  creator: { id: string };
};

type AgencyContext = {
  spec: DemoAgency;
  rows: DemoRows;
  rng: Random;
  now: Date;
  today: string;
  timeZone: string;
  agencyId: string;
  createdAt: Date;
  members: { id: string; email: string }[];
  facilityIds: Map<string, string>;
  categories: Map<string, CategoryState>;
  contractors: Map<string, ContractorState>;
};

function at(ctx: AgencyContext, daysFromToday: number, minutes: number): Date {
  return zonedInstant(addDays(ctx.today, daysFromToday), minutes, ctx.timeZone);
}

function mainRep(ctx: AgencyContext): { id: string } {
  const rep = ctx.members[0];
  if (!rep) throw new Error(`demo data: ${ctx.spec.name} has no team member`);
  return rep;
}

function required<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data: unknown ${what} "${key}"`);
  return value;
}

// ---------------------------------------------------------------- agency, people, facilities, categories

function addAgency(spec: DemoAgency, input: DemoBuildInput, rows: DemoRows, phoneCounter: { next: number }): AgencyContext {
  const timeZone = spec.settings.timeZone;
  const today = todayInTimeZone(timeZone, input.now);
  const ctx: AgencyContext = {
    spec,
    rows,
    rng: createRandom(`coverline-demo:${spec.key}`),
    now: input.now,
    today,
    timeZone,
    agencyId: randomUUID(),
    createdAt: zonedInstant(addDays(today, -420), 10 * 60, timeZone),
    members: [],
    facilityIds: new Map(),
    categories: new Map(),
    contractors: new Map(),
  };
  const { agencyId, createdAt } = ctx;
  rows.agencies.push({ id: agencyId, name: spec.name, createdAt });
  rows.agencySettings.push({ agencyId, ...spec.settings, updatedAt: createdAt });
  rows.auditLog.push({
    agencyId,
    actorType: 'SYSTEM',
    action: 'agency.create',
    targetType: 'agency',
    targetId: agencyId,
    data: { name: spec.name, source: 'demo data' },
    createdAt,
  });

  spec.members.forEach((member, i) => {
    const id = randomUUID();
    ctx.members.push({ id, email: member.email });
    const joined = new Date(createdAt.getTime() + (1 + i) * DAY);
    rows.teamMembers.push({
      agencyId,
      id,
      email: member.email,
      name: member.name,
      passwordHash: input.passwordHash,
      status: 'ACTIVE',
      invitedById: i === 0 ? null : (ctx.members[0]?.id ?? null),
      createdAt: joined,
      activatedAt: new Date(joined.getTime() + 2 * HOUR),
    });
  });

  for (const facility of spec.facilities) {
    const id = randomUUID();
    ctx.facilityIds.set(facility.name, id);
    rows.facilities.push({
      agencyId,
      id,
      name: facility.name,
      ...parseAddress(facility.address),
      bulkDownloadEnabled: facility.bulkDownloadEnabled,
      createdAt: new Date(createdAt.getTime() + 2 * DAY),
    });
  }

  for (const po of spec.purchaseOrders) {
    const id = randomUUID();
    rows.purchaseOrders.push({ agencyId, id, ...po, createdAt: new Date(createdAt.getTime() + 5 * DAY) });
  }

  for (const category of spec.categories) addCategory(ctx, category, input);
  spec.contractors.forEach((contractor, i) => addContractor(ctx, contractor, i, phoneCounter));
  return ctx;
}

function addCategory(ctx: AgencyContext, category: DemoCategory, input: DemoBuildInput): void {
  const jobCodeId = required(input.jobCodeIds, category.jobCode, 'job code (is the default catalogue loaded?)');
  const rates = input.rates(jobCodeId, category.workState);
  const id = randomUUID();
  const requester = ctx.members[0]?.id ?? null;
  const approved = category.status === 'APPROVED';
  // Categories proposed with an assignment get their dates from it (see addAssignment).
  const row: DemoRows['jobCategories'][number] = {
    agencyId: ctx.agencyId,
    id,
    jobCodeId,
    coverageTypes: [...category.coverageTypes].sort(),
    workState: category.workState,
    status: category.status,
    requestedByType: 'AGENCY_MEMBER',
    requestedById: requester,
    decidedByType: category.status === 'PENDING_APPROVAL' ? null : 'OPERATOR',
    decidedAt: approved ? new Date(ctx.createdAt.getTime() + 4 * DAY) : null,
    createdAt: new Date(ctx.createdAt.getTime() + 3 * DAY),
  };
  ctx.rows.jobCategories.push(row);
  ctx.categories.set(category.key, { ...category, id, jobCodeId, rates, row, proposed: false });
}

function addContractor(ctx: AgencyContext, spec: DemoContractor, index: number, phoneCounter: { next: number }): void {
  const id = randomUUID();
  const { firstName, lastName } = splitName(spec.name);
  const address = parseAddress(spec.address);
  const categoryKey = spec.role ? ctx.spec.roles[spec.role]?.category : ctx.spec.specials.find((s) => s.contractor === spec.name)?.category;
  const workState = categoryKey ? required(ctx.categories, categoryKey, 'job category').workState : address.state;
  const row: DemoRows['contractors'][number] = {
    agencyId: ctx.agencyId,
    id,
    firstName,
    lastName,
    email: emailOf(spec.name),
    phone: `(${spec.areaCode}) 555-01${String(phoneCounter.next++ % 100).padStart(2, '0')}`,
    ...address,
    workState,
    externalId: `${ctx.spec.externalIdPrefix}-${String(index + 1).padStart(4, '0')}`,
    optInStatus: 'NOT_STARTED',
  };
  ctx.rows.contractors.push(row);
  ctx.contractors.set(spec.name, {
    spec,
    id,
    name: spec.name,
    row,
    optedIn: [],
    completedOptIn: new Map(),
    pendingOptIn: new Map(),
    paymentMethodId: null,
  });
}

// ---------------------------------------------------------------- assignment drafts

function chooseFacilityAndJob(ctx: AgencyContext, role: Role, contractor: ContractorState): { facility: string | null; job: JobTemplate } {
  const { rng } = ctx;
  if (role.facilities.length === 0) {
    const job = rng.pick(role.jobs);
    return { job, facility: job.at && job.at.length > 0 ? rng.pick(job.at) : null };
  }
  const home = contractor.spec.home;
  const facility = home && rng.chance(0.8) ? home : rng.pick(role.facilities);
  const job = rng.pick(role.jobs.filter((j) => !j.at || j.at.includes(facility)));
  return { facility, job };
}

/**
 * About a year of work for a contractor with a role, one assignment per shift or campaign: the
 * current or next one (already covered), then backwards through the past year.
 */
function regularDrafts(ctx: AgencyContext, contractor: ContractorState, roleKey: string): Draft[] {
  const { rng, today } = ctx;
  const role = required(new Map(Object.entries(ctx.spec.roles)), roleKey, 'role');
  const category = required(ctx.categories, role.category, 'job category');
  const spans: { effectiveDate: string; days: number }[] = [];
  const earliest = addDays(today, -HISTORY_DAYS);
  let days = rng.pick(role.lengths);
  let effectiveDate = addDays(today, rng.int(-4, HORIZON_DAYS));
  while (compareIsoDates(effectiveDate, earliest) >= 0) {
    spans.push({ effectiveDate, days });
    const previousEnd = addDays(effectiveDate, -rng.int(role.gapDays[0], role.gapDays[1]));
    days = rng.pick(role.lengths);
    effectiveDate = addDays(previousEnd, -(days - 1));
  }
  const latestCreation = addDays(today, -REGULAR_CREATED_BEFORE_TODAY);
  return spans.map(({ effectiveDate, days }) => {
    const endDate = addDays(effectiveDate, days - 1);
    const { facility, job } = chooseFacilityAndJob(ctx, role, contractor);
    let createdOn = addDays(effectiveDate, -rng.int(3, 14));
    if (compareIsoDates(createdOn, latestCreation) > 0) createdOn = latestCreation;
    const ageInDays = daysBetween(effectiveDate, today);
    const poNumber = job.poNumber ?? role.poByAge?.find((rule) => ageInDays > rule.olderThanDays)?.number ?? null;
    return {
      contractor,
      category,
      job,
      facility,
      effectiveDate,
      endDate,
      createdAt: zonedInstant(createdOn, rng.int(8 * 60, 17 * 60), ctx.timeZone),
      wageCents: wageOf(job.pay, days, rng),
      payer: contractor.spec.payer ?? ctx.spec.settings.defaultPayer,
      poNumber,
      outcome: { kind: 'run' } as const,
      creator: rng.pick(ctx.members),
    };
  });
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

function specialDrafts(ctx: AgencyContext): Draft[] {
  const { rng, today } = ctx;
  return ctx.spec.specials.map((special) => {
    const contractor = required(ctx.contractors, special.contractor, 'contractor');
    const effectiveDate = addDays(today, special.startsInDays);
    const createdAt =
      special.createdDaysAgo === 0
        ? new Date(ctx.now.getTime() - rng.int(30, 240) * 60_000)
        : at(ctx, -special.createdDaysAgo, rng.int(9 * 60, 17 * 60));
    if (special.startsInDays < -special.createdDaysAgo) {
      throw new Error(`demo data: ${special.contractor}'s "${special.job.jobName}" would start before it was created`);
    }
    return {
      contractor,
      category: required(ctx.categories, special.category, 'job category'),
      job: special.job,
      facility: special.facility ?? null,
      effectiveDate,
      endDate: addDays(effectiveDate, special.days - 1),
      createdAt,
      wageCents: wageOf(special.job.pay, special.days, rng),
      payer: contractor.spec.payer ?? ctx.spec.settings.defaultPayer,
      poNumber: special.job.poNumber ?? null,
      outcome: special.outcome,
      creator: mainRep(ctx),
    };
  });
}

// ---------------------------------------------------------------- status history

type Step = { from: AssignmentStatus | null; to: AssignmentStatus; at: number; actor: Actor; reason: string };

/** The statuses an assignment goes through, from its first status to the outcome's. */
function statusPath(draft: Draft, optInRequired: boolean, today: string): AssignmentStatus[] {
  const { payer, outcome } = draft;
  const ended = compareIsoDates(draft.endDate, today) < 0;
  const advance = (status: AssignmentStatus): AssignmentStatus | null => {
    switch (status) {
      case 'PENDING_APPROVAL':
        return nextStatusAfterApproval({ optInRequired, payer });
      case 'AWAITING_OPT_IN':
        return nextStatusAfterOptIn({ payer });
      case 'AWAITING_PAYMENT':
        return 'COVERED';
      case 'COVERED':
        return ended ? 'ENDED' : null;
      default:
        return null;
    }
  };
  let current: AssignmentStatus | null = nextStatusAfterCreation({ categoryApproved: draft.category.status === 'APPROVED', optInRequired, payer });
  const path: AssignmentStatus[] = [];
  while (current) {
    path.push(current);
    if (outcome.kind !== 'run' && outcome.at === current) {
      if (outcome.kind === 'exit') path.push(outcome.to);
      break;
    }
    current = advance(current);
  }
  const last = path[path.length - 1];
  if (outcome.kind !== 'run' && !path.includes(outcome.at)) {
    throw new Error(`demo data: "${draft.job.jobName}" for ${draft.contractor.name} never reaches ${outcome.at} (path ${path.join(' → ')})`);
  }
  if (outcome.kind === 'run' && last !== (ended ? 'ENDED' : 'COVERED')) {
    throw new Error(`demo data: "${draft.job.jobName}" for ${draft.contractor.name} ends at ${last}`);
  }
  for (let i = 1; i < path.length; i++) assertTransition(path[i - 1] as AssignmentStatus, path[i] as AssignmentStatus);
  return path;
}

/** When, by whom and why each move happened, ending no later than `now`. */
function statusSteps(ctx: AgencyContext, draft: Draft, path: AssignmentStatus[]): Step[] {
  const { rng } = ctx;
  const creator: Actor = { type: 'AGENCY_MEMBER', id: draft.creator.id };
  const contractor: Actor = { type: 'CONTRACTOR', id: draft.contractor.id };
  const system: Actor = { type: 'SYSTEM', id: null };
  const hoursLater = (previous: number, min: number, max: number) => previous + rng.int(min * 60, max * 60) * 60_000;
  const steps: Step[] = [{ from: null, to: path[0] as AssignmentStatus, at: draft.createdAt.getTime(), actor: creator, reason: 'Assignment created' }];
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1] as AssignmentStatus;
    const to = path[i] as AssignmentStatus;
    const previous = (steps[i - 1] as Step).at;
    const step = (atTime: number, actor: Actor, reason: string) => steps.push({ from, to, at: atTime, actor, reason });
    if (to === 'ENDED') step(zonedInstant(addDays(draft.endDate, 1), 5, ctx.timeZone).getTime(), system, 'Assignment ended');
    else if (to === 'CANCELLED' && from === 'PENDING_APPROVAL') step(hoursLater(previous, 20, 30), system, 'Job category rejected');
    else if (to === 'CANCELLED') step(hoursLater(previous, 2, 30), creator, 'Cancelled by the agency');
    else if (from === 'PENDING_APPROVAL') step(hoursLater(previous, 18, 40), system, 'Job category approved');
    else if (from === 'AWAITING_OPT_IN' && to === 'OPTED_OUT') step(hoursLater(previous, 6, 40), contractor, 'Contractor declined the opt-in');
    else if (from === 'AWAITING_OPT_IN') step(hoursLater(previous, 2, 30), contractor, 'Opt-in completed');
    else if (from === 'AWAITING_PAYMENT' && to === 'OPTED_OUT') step(hoursLater(previous, 2, 20), contractor, 'Contractor opted out before the charge');
    else if (from === 'AWAITING_PAYMENT' && to === 'COVERED') step(previous + DAY, system, 'Charge succeeded');
    else if (from === 'AWAITING_PAYMENT' && to === 'DECLINED') step(previous + DAY, system, 'Card declined');
    else step(hoursLater(previous, 1, 4), system, 'Status updated');
  }
  // Nothing happens after `now`, and the history stays in order (one second apart at least).
  const latest = ctx.now.getTime() - 60_000;
  steps.forEach((s, i) => {
    s.at = Math.min(s.at, latest - (steps.length - 1 - i) * 1_000);
    if (i > 0) s.at = Math.max(s.at, (steps[i - 1] as Step).at + 1_000);
  });
  return steps;
}

// ---------------------------------------------------------------- assignments with their opt-ins and charges

const stepInto = (steps: readonly Step[], status: AssignmentStatus) => steps.find((s) => s.to === status);
const stepOutOf = (steps: readonly Step[], status: AssignmentStatus) => steps.find((s) => s.from === status);

function addAssignment(ctx: AgencyContext, draft: Draft): AssignmentStatus {
  const { rows, agencyId } = ctx;
  const { contractor, category } = draft;
  const core: CoreInfo = { jobCategoryId: category.id, coverageTypes: category.coverageTypes, workState: category.workState };
  const path = statusPath(draft, isOptInRequired(core, contractor.optedIn), ctx.today);
  const steps = statusSteps(ctx, draft, path);
  const first = steps[0] as Step;
  const last = steps[steps.length - 1] as Step;
  const id = randomUUID();
  const premiumCents = estimatePremium({ wageCents: draft.wageCents, coverageTypes: category.coverageTypes, rates: category.rates }).totalCents;

  if (category.status !== 'APPROVED' && !category.proposed) {
    // Proposed together with its first assignment; a rejection cancels that assignment.
    category.proposed = true;
    category.row.createdAt = new Date(first.at);
    if (category.status === 'REJECTED') category.row.decidedAt = new Date((stepOutOf(steps, 'PENDING_APPROVAL') ?? first).at);
  }

  rows.assignments.push({
    agencyId,
    id,
    contractorId: contractor.id,
    jobCategoryId: category.id,
    facilityId: draft.facility ? required(ctx.facilityIds, draft.facility, 'facility') : null,
    optInId: addOptIn(ctx, draft, core, steps, premiumCents),
    clientEntity: draft.job.clientEntity,
    jobName: draft.job.jobName,
    description: describe(draft.job, draft.facility),
    effectiveDate: draft.effectiveDate,
    endDate: draft.endDate,
    wageCents: draft.wageCents,
    premiumCents,
    payer: draft.payer,
    poNumber: draft.poNumber,
    status: last.to,
    createdByType: 'AGENCY_MEMBER',
    createdById: draft.creator.id,
    createdAt: new Date(first.at),
    updatedAt: new Date(last.at),
  });
  for (const step of steps) {
    rows.assignmentStatusChanges.push({
      agencyId,
      assignmentId: id,
      fromStatus: step.from,
      toStatus: step.to,
      actorType: step.actor.type,
      actorId: step.actor.id,
      reason: step.reason,
      createdAt: new Date(step.at),
    });
  }

  const paymentStep = stepInto(steps, 'AWAITING_PAYMENT');
  if (paymentStep) addCharge(ctx, draft, id, premiumCents, paymentStep, stepOutOf(steps, 'AWAITING_PAYMENT'));
  return last.to;
}

/**
 * The opt-in an assignment belongs to: a new one when it went through AWAITING_OPT_IN (completed,
 * declined or still pending), else the contractor's opt-in for the same core info, else none.
 */
function addOptIn(ctx: AgencyContext, draft: Draft, core: CoreInfo, steps: readonly Step[], premiumCents: number): string | null {
  const { contractor, category } = draft;
  const requested = stepInto(steps, 'AWAITING_OPT_IN');
  if (!requested || contractor.pendingOptIn.has(category.key)) {
    return contractor.completedOptIn.get(category.key) ?? contractor.pendingOptIn.get(category.key) ?? null;
  }
  const answered = stepOutOf(steps, 'AWAITING_OPT_IN');
  const completed = answered && (answered.to === 'AWAITING_PAYMENT' || answered.to === 'COVERED') ? answered : null;
  const id = randomUUID();
  ctx.rows.optIns.push({
    agencyId: ctx.agencyId,
    id,
    contractorId: contractor.id,
    status: completed ? 'COMPLETED' : answered ? 'REVOKED' : 'PENDING',
    payer: draft.payer,
    termsVersion: completed ? TERMS_VERSION : null,
    signatureName: completed ? contractor.name : null,
    signatureIp: completed ? `203.0.113.${ctx.rng.int(2, 254)}` : null, // TEST-NET-3
    formSnapshot: completed ? optInSnapshot(draft, premiumCents) : null,
    createdAt: new Date(requested.at),
    completedAt: completed ? new Date(completed.at) : null,
  });
  if (completed) {
    contractor.completedOptIn.set(category.key, id);
    contractor.optedIn.push(core);
  } else if (!answered) {
    contractor.pendingOptIn.set(category.key, id);
  }
  return id;
}

function optInSnapshot(draft: Draft, premiumCents: number) {
  const c = draft.contractor.row;
  return {
    contractor: {
      firstName: c.firstName,
      lastName: c.lastName,
      email: c.email,
      phone: c.phone,
      addressLine1: c.addressLine1,
      city: c.city,
      state: c.state,
      postalCode: c.postalCode,
    },
    payer: draft.payer,
    jobCode: draft.category.jobCode,
    coverageTypes: draft.category.coverageTypes,
    workState: draft.category.workState,
    assignment: {
      clientEntity: draft.job.clientEntity,
      jobName: draft.job.jobName,
      effectiveDate: draft.effectiveDate,
      endDate: draft.endDate,
      premiumCents,
    },
    termsVersion: TERMS_VERSION,
  };
}

/** The card on file (added at opt-in) and the charge announced 24 hours ahead (DESIGN flow 5). */
function addCharge(ctx: AgencyContext, draft: Draft, assignmentId: string, amountCents: number, scheduled: Step, outcome: Step | undefined): void {
  const { rows, rng, agencyId } = ctx;
  const contractor = draft.contractor;
  if (!contractor.paymentMethodId) {
    contractor.paymentMethodId = randomUUID();
    rows.paymentMethods.push({
      agencyId,
      id: contractor.paymentMethodId,
      contractorId: contractor.id,
      provider: 'sandbox',
      ...CARDS[contractor.spec.card ?? 'visa'],
      expMonth: rng.int(1, 12),
      expYear: Number(ctx.today.slice(0, 4)) + rng.int(1, 4),
      createdAt: new Date(scheduled.at),
    });
  }
  const attempted = outcome && (outcome.to === 'COVERED' || outcome.to === 'DECLINED') ? outcome : null;
  const status = !outcome ? 'SCHEDULED' : outcome.to === 'COVERED' ? 'SUCCEEDED' : outcome.to === 'DECLINED' ? 'FAILED' : 'CANCELLED';
  rows.charges.push({
    agencyId,
    id: randomUUID(),
    assignmentId,
    paymentMethodId: contractor.paymentMethodId,
    amountCents,
    status,
    idempotencyKey: `assignment:${assignmentId}:charge:1`,
    provider: 'sandbox',
    providerChargeId: attempted ? `ch_sandbox_${rng.hex(24)}` : null,
    scheduledFor: new Date(scheduled.at + DAY),
    attemptedAt: attempted ? new Date(attempted.at) : null,
    failureMessage: status === 'FAILED' ? 'Your card was declined.' : null,
    createdAt: new Date(scheduled.at),
  });
}

// ---------------------------------------------------------------- putting it together

function addAssignments(ctx: AgencyContext): void {
  const specials = specialDrafts(ctx);
  const regular = [...ctx.contractors.values()].flatMap((contractor) => {
    if (!contractor.spec.role) return [];
    // A contractor is in one place at a time: hand-placed assignments win over regular ones.
    const own = specials.filter((s) => s.contractor === contractor);
    return regularDrafts(ctx, contractor, contractor.spec.role).filter((d) => !own.some((s) => overlaps(s, d)));
  });
  const drafts = [...regular, ...specials].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const seen = new Set(drafts.map((draft) => addAssignment(ctx, draft)));
  const missing = ASSIGNMENT_STATUSES.filter((status) => !seen.has(status));
  if (missing.length > 0) throw new Error(`demo data: ${ctx.spec.name} has no assignment in status ${missing.join(', ')}`);

  for (const contractor of ctx.contractors.values()) {
    const own = drafts.filter((d) => d.contractor === contractor);
    const first = Math.min(...own.map((d) => d.createdAt.getTime()), ctx.now.getTime() - ctx.rng.int(1, 6) * DAY);
    contractor.row.createdAt = new Date(Math.max(ctx.createdAt.getTime() + 6 * DAY, first - ctx.rng.int(2, 21) * DAY));
    contractor.row.updatedAt = contractor.row.createdAt;
    contractor.row.optInStatus = contractor.completedOptIn.size > 0 ? 'OPTED_IN' : contractor.pendingOptIn.size > 0 ? 'PENDING' : 'NOT_STARTED';
  }
}

function addFacilityUsers(rows: DemoRows, contexts: ReadonlyMap<string, AgencyContext>): void {
  for (const user of DEMO_FACILITY_USERS) {
    const ctx = required(contexts, user.agency, 'agency');
    const id = randomUUID();
    const grantedBy = ctx.members.find((m) => m.email === user.grantedBy);
    if (!grantedBy) throw new Error(`demo data: ${user.grantedBy} is not a member of ${ctx.spec.name}`);
    const createdAt = new Date(ctx.createdAt.getTime() + 7 * DAY);
    rows.facilityUsers.push({ id, email: user.email, name: user.name, createdAt });
    for (const facility of user.facilities) {
      rows.facilityGrants.push({
        agencyId: ctx.agencyId,
        facilityId: required(ctx.facilityIds, facility, 'facility'),
        facilityUserId: id,
        grantedByType: 'AGENCY_MEMBER',
        grantedById: grantedBy.id,
        createdAt,
      });
    }
  }
}

function addPolicies(rows: DemoRows, now: Date): void {
  const today = todayInTimeZone('America/New_York', now);
  for (const policy of DEMO_POLICIES) {
    rows.policies.push({
      id: randomUUID(),
      coverageType: policy.coverageType,
      insurerName: policy.insurerName,
      insurerNaic: policy.insurerNaic,
      policyNumber: policy.policyNumber,
      periodStart: addDays(addYears(today, -1), -30),
      periodEnd: addYears(today, 1),
      limits: { ...policy.limits },
      createdAt: zonedInstant(addDays(today, -430), 9 * 60, 'America/New_York'),
    });
  }
}

export function buildDemoData(input: DemoBuildInput): DemoRows {
  const rows: DemoRows = {
    agencies: [],
    agencySettings: [],
    teamMembers: [],
    facilities: [],
    facilityUsers: [],
    facilityGrants: [],
    jobCategories: [],
    contractors: [],
    paymentMethods: [],
    purchaseOrders: [],
    optIns: [],
    assignments: [],
    assignmentStatusChanges: [],
    charges: [],
    policies: [],
    auditLog: [],
  };
  const phoneCounter = { next: 0 };
  const contexts = new Map(DEMO_AGENCIES.map((spec) => [spec.key, addAgency(spec, input, rows, phoneCounter)]));
  for (const ctx of contexts.values()) addAssignments(ctx);
  addFacilityUsers(rows, contexts);
  addPolicies(rows, input.now);
  return rows;
}
