// Turns the tables of demo-data.ts into database rows, with dates relative to `now` in each agency's
// time zone. Pure apart from the ids (random UUIDs): the same input gives the same data on every
// fresh database. Every row is what production would have written had people used the app: the
// first status comes from nextStatusAfterCreation, opt-in from isOptInRequired, each move is one a
// use case makes (checked by assertTransition, with that use case's actor and reason), premiums from
// estimatePremium, opt-ins from TERMS_VERSION and optInFormSnapshot, cards from sandboxAttachedCard,
// charges from chargeIdempotencyKey and chargeDueAt. demo.ts queues each scheduled charge's job.
import { randomUUID } from 'node:crypto';
import {
  addDays,
  addYears,
  ASSIGNMENT_STATUSES,
  assertTransition,
  chargeDueAt,
  chargeIdempotencyKey,
  compareIsoDates,
  contractorCoverage,
  estimatePremium,
  isOptInRequired,
  nextStatusAfterApproval,
  nextStatusAfterCreation,
  nextStatusAfterOptIn,
  optInContactDetails,
  optInFormSnapshot,
  sandboxAttachedCard,
  sandboxCardForToken,
  TERMS_VERSION,
  todayInTimeZone,
  type AssignmentStatus,
  type CoreInfo,
  type CoverageAssignment,
  type CoverageRate,
  type OptInFormAssignment,
  type OptInStatus,
  type Payer,
  type SandboxTestCard,
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
import { SANDBOX_PROVIDER } from '../modules/payments/sandbox-provider.js';
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
import { STATUS_REASONS } from '../modules/assignment-lifecycle/status-reasons.js';

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
  /** Job codes of the loaded catalogue (id and title), by code. */
  jobCodes: ReadonlyMap<string, { id: string; title: string }>;
  /** The loaded rates of one job code in one work state (both coverage types). */
  rates: (jobCodeId: string, state: string) => CoverageRate[];
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Nothing in the demo happens later than this before `now`. */
const QUIET_BEFORE_NOW = MINUTE;
/** Regular work reaches back this far, and its current or next assignment starts at most this far ahead. */
const HISTORY_DAYS = 365;
const HORIZON_DAYS = 30;
/** Regular assignments are created at least this many days before today, so their history is complete. */
const REGULAR_CREATED_BEFORE_TODAY = 3;

/** The sandbox test card each kind of demo card is (Stripe's test tokens). */
const CARD_TOKENS: Record<CardKind, string> = { visa: 'pm_card_visa', declined: 'pm_card_chargeDeclined' };

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

type Actor = { type: 'AGENCY_MEMBER' | 'CONTRACTOR' | 'OPERATOR' | 'SYSTEM'; id: string | null };

type CategoryState = DemoCategory & {
  id: string;
  jobCodeId: string;
  jobTitle: string;
  rates: CoverageRate[];
  row: DemoRows['jobCategories'][number];
  /** Set once an assignment proposed this (not yet approved) category. */
  proposed: boolean;
};

type OptInState = { id: string; payer: Payer; requestedAt: number; completedAt: number | null };

type ContractorState = {
  spec: DemoContractor;
  id: string;
  name: string;
  row: DemoRows['contractors'][number];
  /** Core info of the assignments whose opt-in completed, and when (DESIGN rule 3 asks as of a moment). */
  optedIn: { at: number; core: CoreInfo }[];
  optIns: OptInState[];
  /** What the latest opt-in event left on the contractor: requestOptIn sets PENDING, submitOptIn OPTED_IN. */
  lastOptInEvent: { at: number; status: OptInStatus } | null;
  paymentMethodId: string | null;
  /** Each assignment's id, final status and effective date: what their coverage status is derived from. */
  assignments: CoverageAssignment[];
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
  const jobCode = required(input.jobCodes, category.jobCode, 'job code (is the default catalogue loaded?)');
  const jobCodeId = jobCode.id;
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
  ctx.categories.set(category.key, { ...category, id, jobCodeId, jobTitle: jobCode.title, rates, row, proposed: false });
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
    optIns: [],
    lastOptInEvent: null,
    paymentMethodId: null,
    assignments: [],
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

type Step = { from: AssignmentStatus | null; to: AssignmentStatus; at: number; actor: Actor; reason: string | null };

/**
 * When a move happens: some hours after the previous one (a person acting), when the charge falls due
 * (the charge_assignment job, a few seconds late), or at a fixed instant (a scheduled job).
 */
type Timing = { kind: 'after'; ms: number } | { kind: 'charge'; latencyMs: number } | { kind: 'at'; at: number };

/** When production's hourly end_finished_assignments job (at :05) ends an assignment: 00:05 local the day after its end date. */
function endedAt(ctx: AgencyContext, draft: Draft): number {
  return zonedInstant(addDays(draft.endDate, 1), 5, ctx.timeZone).getTime();
}

/** The statuses an assignment goes through, from its first status to the outcome's. */
function statusPath(ctx: AgencyContext, draft: Draft, optInRequired: boolean): AssignmentStatus[] {
  const { payer, outcome } = draft;
  const ended = endedAt(ctx, draft) <= ctx.now.getTime() - QUIET_BEFORE_NOW;
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

/** The sandbox test card a contractor pays with. */
function cardOf(contractor: ContractorState): SandboxTestCard {
  const card = sandboxCardForToken(CARD_TOKENS[contractor.spec.card ?? 'visa']);
  if (!card) throw new Error(`demo data: ${contractor.name}'s card is not a sandbox test card`);
  return card;
}

/** The use case that makes a move: who acts, the reason it records (STATUS_REASONS, as production writes it) and when it happens. */
function moveOf(ctx: AgencyContext, draft: Draft, from: AssignmentStatus, to: AssignmentStatus, premiumCents: number): { actor: Actor; reason: string; timing: Timing } {
  const { rng } = ctx;
  const hours = (min: number, max: number): Timing => ({ kind: 'after', ms: rng.int(min * 60, max * 60) * MINUTE });
  const creator: Actor = { type: 'AGENCY_MEMBER', id: draft.creator.id };
  const contractor: Actor = { type: 'CONTRACTOR', id: draft.contractor.id };
  // The platform operator signs in with the configured operator key, which has no id.
  const operator: Actor = { type: 'OPERATOR', id: null };
  const system: Actor = { type: 'SYSTEM', id: null };
  const charge = (): Timing => ({ kind: 'charge', latencyMs: rng.int(2, 20) * 1_000 });
  // decideJobCategory
  if (from === 'PENDING_APPROVAL' && to === 'CANCELLED') return { actor: operator, reason: STATUS_REASONS.categoryRejected(), timing: hours(20, 30) };
  if (from === 'PENDING_APPROVAL') return { actor: operator, reason: STATUS_REASONS.categoryApproved, timing: hours(18, 40) };
  // cancelAssignment, without a reason given; before the charge is due when one is scheduled
  if (to === 'CANCELLED') return { actor: creator, reason: STATUS_REASONS.cancelledByAgency(), timing: hours(2, 20) };
  // submitOptIn
  if (from === 'AWAITING_OPT_IN' && to === nextStatusAfterOptIn({ payer: draft.payer })) {
    return { actor: contractor, reason: STATUS_REASONS.optInConfirmed, timing: hours(2, 30) };
  }
  // optOutOfCharge, before the charge is due
  if (from === 'AWAITING_PAYMENT' && to === 'OPTED_OUT') return { actor: contractor, reason: STATUS_REASONS.optedOut, timing: hours(2, 20) };
  // the charge_assignment job, with the sandbox's answer for the contractor's card
  const decline = cardOf(draft.contractor).decline;
  if (from === 'AWAITING_PAYMENT' && to === 'COVERED' && !decline) return { actor: system, reason: STATUS_REASONS.chargeSucceeded(premiumCents), timing: charge() };
  if (from === 'AWAITING_PAYMENT' && to === 'DECLINED' && decline) {
    return { actor: system, reason: STATUS_REASONS.chargeDeclined(premiumCents, decline.message), timing: charge() };
  }
  // endFinishedAssignments
  if (from === 'COVERED' && to === 'ENDED') return { actor: system, reason: STATUS_REASONS.ended, timing: { kind: 'at', at: endedAt(ctx, draft) } };
  throw new Error(`demo data: nothing in production moves "${draft.job.jobName}" for ${draft.contractor.name} from ${from} to ${to}`);
}

/** When, by whom and why each move happened, all before `now`: the people's delays shrink if the last move would be later. */
function statusSteps(ctx: AgencyContext, draft: Draft, path: AssignmentStatus[], premiumCents: number): Step[] {
  const moves = path.slice(1).map((to, i) => ({ from: path[i] as AssignmentStatus, to, ...moveOf(ctx, draft, path[i] as AssignmentStatus, to, premiumCents) }));
  const times = () => {
    const at = [draft.createdAt.getTime()];
    for (const { timing } of moves) {
      const previous = at[at.length - 1] as number;
      at.push(
        timing.kind === 'after' ? previous + timing.ms : timing.kind === 'charge' ? chargeDueAt(new Date(previous)).getTime() + timing.latencyMs : timing.at,
      );
    }
    return at;
  };
  let at = times();
  let excess = (at[at.length - 1] as number) - (ctx.now.getTime() - QUIET_BEFORE_NOW);
  for (let i = moves.length - 1; i >= 0 && excess > 0; i--) {
    const timing = moves[i]?.timing;
    if (timing?.kind !== 'after') continue;
    const give = Math.min(excess, timing.ms - MINUTE);
    timing.ms -= give;
    excess -= give;
  }
  if (excess > 0) throw new Error(`demo data: "${draft.job.jobName}" for ${draft.contractor.name} was created too recently to be ${path[path.length - 1]} by now`);
  at = times();
  for (let i = 1; i < at.length; i++) {
    if ((at[i] as number) <= (at[i - 1] as number)) throw new Error(`demo data: "${draft.job.jobName}" for ${draft.contractor.name} moves to ${path[i]} before it was ${path[i - 1]}`);
  }
  const creator: Actor = { type: 'AGENCY_MEMBER', id: draft.creator.id };
  return [
    // createAssignment records no reason for the first status.
    { from: null, to: path[0] as AssignmentStatus, at: at[0] as number, actor: creator, reason: null },
    ...moves.map(({ from, to, actor, reason }, i) => ({ from, to, at: at[i + 1] as number, actor, reason })),
  ];
}

// ---------------------------------------------------------------- assignments with their opt-ins and charges

const stepInto = (steps: readonly Step[], status: AssignmentStatus) => steps.find((s) => s.to === status);
const stepOutOf = (steps: readonly Step[], status: AssignmentStatus) => steps.find((s) => s.from === status);

function addAssignment(ctx: AgencyContext, draft: Draft): AssignmentStatus {
  const { rows, agencyId } = ctx;
  const { contractor, category } = draft;
  const core: CoreInfo = { jobCategoryId: category.id, coverageTypes: category.coverageTypes, workState: category.workState };
  const created = draft.createdAt.getTime();
  const optedIn = contractor.optedIn.filter((o) => o.at <= created).map((o) => o.core);
  const path = statusPath(ctx, draft, isOptInRequired(core, optedIn));
  const premiumCents = estimatePremium({ wageCents: draft.wageCents, coverageTypes: category.coverageTypes, rates: category.rates }).totalCents;
  const steps = statusSteps(ctx, draft, path, premiumCents);
  const first = steps[0] as Step;
  const last = steps[steps.length - 1] as Step;
  const id = randomUUID();

  if (category.status !== 'APPROVED' && !category.proposed) {
    // Proposed together with its first assignment; a rejection cancels that assignment.
    category.proposed = true;
    category.row.createdAt = new Date(first.at);
    if (category.status === 'REJECTED') category.row.decidedAt = new Date((stepOutOf(steps, 'PENDING_APPROVAL') ?? first).at);
  }

  const row: DemoRows['assignments'][number] = {
    agencyId,
    id,
    contractorId: contractor.id,
    jobCategoryId: category.id,
    facilityId: draft.facility ? required(ctx.facilityIds, draft.facility, 'facility') : null,
    optInId: null,
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
  };
  row.optInId = addOptIn(ctx, draft, row, core, steps);
  rows.assignments.push(row);
  contractor.assignments.push({ id, status: last.to, effectiveDate: draft.effectiveDate });
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

function noteOptInEvent(contractor: ContractorState, at: number, status: OptInStatus): void {
  if (!contractor.lastOptInEvent || at >= contractor.lastOptInEvent.at) contractor.lastOptInEvent = { at, status };
}

/**
 * The opt-in an assignment belongs to, as requestOptIn and submitOptIn make it: none unless the
 * assignment went through AWAITING_OPT_IN; then the contractor's open opt-in with the same payer, else
 * a new one, completed with the current terms and the form's snapshot when the contractor confirmed it.
 */
function addOptIn(ctx: AgencyContext, draft: Draft, assignment: DemoRows['assignments'][number], core: CoreInfo, steps: readonly Step[]): string | null {
  const { contractor } = draft;
  const requested = stepInto(steps, 'AWAITING_OPT_IN');
  if (!requested) return null;
  const answered = stepOutOf(steps, 'AWAITING_OPT_IN');
  const completed = answered && answered.actor.type === 'CONTRACTOR' ? answered : null;
  noteOptInEvent(contractor, requested.at, 'PENDING');
  const open = contractor.optIns.find(
    (o) => o.payer === draft.payer && o.requestedAt <= requested.at && (o.completedAt === null || o.completedAt > requested.at),
  );
  if (open) {
    // Sharing an opt-in that gets confirmed would move both assignments at once; the demo never needs it.
    if (open.completedAt !== null || completed) throw new Error(`demo data: "${draft.job.jobName}" for ${contractor.name} joins an opt-in that another assignment confirms`);
    return open.id;
  }
  const id = randomUUID();
  contractor.optIns.push({ id, payer: draft.payer, requestedAt: requested.at, completedAt: completed?.at ?? null });
  ctx.rows.optIns.push({
    agencyId: ctx.agencyId,
    id,
    contractorId: contractor.id,
    status: completed ? 'COMPLETED' : 'PENDING',
    payer: draft.payer,
    termsVersion: completed ? TERMS_VERSION : null,
    termsLanguage: completed ? 'en' : null,
    signatureName: completed ? contractor.name : null,
    signatureIp: completed ? `203.0.113.${ctx.rng.int(2, 254)}` : null, // TEST-NET-3
    formSnapshot: completed ? formSnapshot(draft, assignment, new Date(completed.at)) : null,
    createdAt: new Date(requested.at),
    completedAt: completed ? new Date(completed.at) : null,
  });
  if (completed) {
    contractor.optedIn.push({ at: completed.at, core });
    noteOptInEvent(contractor, completed.at, 'OPTED_IN');
    // submitOptIn asks a contractor who pays for a card unless one is on file.
    if (draft.payer === 'CONTRACTOR') attachCard(ctx, contractor, completed.at);
  }
  return id;
}

/** The snapshot submitOptIn keeps: the contractor confirmed the pre-filled form as it was, for this one assignment. */
function formSnapshot(draft: Draft, assignment: DemoRows['assignments'][number], acceptedAt: Date) {
  const c = draft.contractor.row;
  const listed: OptInFormAssignment = {
    id: assignment.id as string,
    jobName: assignment.jobName,
    jobTitle: draft.category.jobTitle,
    clientEntity: assignment.clientEntity,
    description: assignment.description,
    effectiveDate: assignment.effectiveDate,
    endDate: assignment.endDate,
    coverageTypes: draft.category.coverageTypes,
    workState: draft.category.workState,
    premiumCents: assignment.premiumCents,
  };
  return optInFormSnapshot({
    contractor: optInContactDetails(c),
    corrections: {},
    signatureName: draft.contractor.name,
    payer: draft.payer,
    assignments: [listed],
    acceptedAt,
  });
}

/** The expiry a demo contractor typed with their card: the month they gave it, three years on. */
function demoCardExpiry(at: Date): { expMonth: number; expYear: number } {
  return { expMonth: at.getUTCMonth() + 1, expYear: at.getUTCFullYear() + 3 };
}

/** The card a contractor gave at their first opt-in as payer, saved as the sandbox provider saves it with the typed expiry. */
function attachCard(ctx: AgencyContext, contractor: ContractorState, at: number): void {
  if (contractor.paymentMethodId) return;
  contractor.paymentMethodId = randomUUID();
  ctx.rows.paymentMethods.push({
    agencyId: ctx.agencyId,
    id: contractor.paymentMethodId,
    contractorId: contractor.id,
    provider: SANDBOX_PROVIDER,
    ...sandboxAttachedCard(cardOf(contractor)),
    ...demoCardExpiry(new Date(at)),
    createdAt: new Date(at),
  });
}

/** The charge scheduleCharge announces when the assignment enters AWAITING_PAYMENT, and what became of it (DESIGN flow 5). */
function addCharge(ctx: AgencyContext, draft: Draft, assignmentId: string, amountCents: number, scheduled: Step, outcome: Step | undefined): void {
  const { rows, rng, agencyId } = ctx;
  const contractor = draft.contractor;
  if (!contractor.paymentMethodId) throw new Error(`demo data: ${contractor.name} has no card on file for "${draft.job.jobName}"`);
  const scheduledFor = chargeDueAt(new Date(scheduled.at));
  if (!outcome && scheduledFor.getTime() <= ctx.now.getTime()) {
    throw new Error(`demo data: the charge for "${draft.job.jobName}" (${contractor.name}) would have been made by now`);
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
    // The assignment's first charge: the demo has no retries.
    idempotencyKey: chargeIdempotencyKey(assignmentId, 1),
    provider: SANDBOX_PROVIDER,
    providerChargeId: attempted ? `ch_sandbox_${rng.hex(24)}` : null,
    scheduledFor,
    // The job claims the charge, calls the provider, then records the result a moment later.
    attemptedAt: attempted ? new Date(attempted.at - 1_000) : null,
    failureMessage: status === 'FAILED' ? (cardOf(contractor).decline?.message ?? null) : null,
    declineCode: status === 'FAILED' ? (cardOf(contractor).decline?.code ?? null) : null,
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
    const last = contractor.lastOptInEvent;
    contractor.row.updatedAt = last ? new Date(last.at) : contractor.row.createdAt;
    contractor.row.optInStatus = last?.status ?? 'NOT_STARTED';
    // As the lifecycle keeps it on every status change.
    const coverage = contractorCoverage(contractor.assignments);
    contractor.row.coverageStatus = coverage.status;
    contractor.row.currentAssignmentId = coverage.assignmentId;
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
