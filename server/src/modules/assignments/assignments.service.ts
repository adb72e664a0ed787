// Assignments (flow 3): create with an approved or proposed job category, estimate the premium,
// extend, cancel, enter PO numbers. Rules come from @coverline/domain; status changes from moveAssignment.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  ASSIGNMENT_STATUS_LABELS,
  canCancelAssignment,
  checkAssignmentDates,
  checkExtension,
  createAssignmentSchema,
  describeNextStep,
  estimatePremium as estimate,
  isTerminalStatus,
  isUsStateCode,
  newJobCategorySchema,
  nextStatusAfterCreation,
  todayInTimeZone,
  wageCentsSchema,
  type CoverageType,
} from '@coverline/domain';
import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { agencySettings, assignments, assignmentStatusChanges, contractors, facilities, jobCodeRates, purchaseOrders } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import type { AgencyViewer } from '../../graphql/viewer.js';
import { enqueueMail } from '../../mail/outbox.js';
import { assignmentChangedMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { findJobCategory, findOrProposeJobCategory } from '../job-categories/job-categories.service.js';
import { onStatusEntered, optInRequiredFor, voidCertificate } from './assignment-flow.js';
import { moveAssignment, recordStatusChange, type AssignmentRow } from './assignment-status.js';
import type { Assignment, CreateAssignmentInput, PremiumEstimate, PremiumEstimateInput } from './assignments.types.js';

const isUuid = (value: string | null | undefined): value is string => !!value && z.uuid().safeParse(value).success;

export async function agencyToday(executor: Executor, deps: ServerDependencies, agencyId: string): Promise<string> {
  const settings = await executor.query.agencySettings.findFirst({ where: eq(agencySettings.agencyId, agencyId) });
  return todayInTimeZone(settings?.timeZone ?? 'America/New_York', deps.now());
}

/** The assignment as the API shows it, with the words and permissions derived from its row. */
export function presentAssignment(row: AssignmentRow, context: { today: string; contractorFirstName: string }): Assignment {
  return {
    ...row,
    statusLabel: ASSIGNMENT_STATUS_LABELS[row.status],
    nextStep: describeNextStep({ status: row.status, payer: row.payer, contractorFirstName: context.contractorFirstName }),
    optInRequired: row.optInId !== null,
    viewerCanCancel: canCancelAssignment({ status: row.status, effectiveDate: row.effectiveDate, today: context.today }),
    viewerCanExtend: !isTerminalStatus(row.status),
  };
}

async function present(executor: Executor, deps: ServerDependencies, rows: AssignmentRow[]): Promise<Assignment[]> {
  if (rows.length === 0) return [];
  const agencyId = rows[0]!.agencyId;
  const today = await agencyToday(executor, deps, agencyId);
  const people = await executor
    .select({ id: contractors.id, firstName: contractors.firstName })
    .from(contractors)
    .where(and(eq(contractors.agencyId, agencyId), inArray(contractors.id, [...new Set(rows.map((row) => row.contractorId))])));
  const firstNames = new Map(people.map((person) => [person.id, person.firstName]));
  return rows.map((row) => presentAssignment(row, { today, contractorFirstName: firstNames.get(row.contractorId) ?? 'The contractor' }));
}

export async function findAssignment(ctx: Context, viewer: AgencyViewer, id: string): Promise<Assignment | null> {
  if (!isUuid(id)) return null;
  const row = await ctx.deps.db.query.assignments.findFirst({ where: and(eq(assignments.agencyId, viewer.agencyId), eq(assignments.id, id)) });
  return row ? ((await present(ctx.deps.db, ctx.deps, [row]))[0] ?? null) : null;
}

export async function listContractorAssignments(ctx: Context, agencyId: string, contractorId: string): Promise<Assignment[]> {
  const rows = await ctx.deps.db
    .select()
    .from(assignments)
    .where(and(eq(assignments.agencyId, agencyId), eq(assignments.contractorId, contractorId)))
    .orderBy(desc(assignments.effectiveDate), desc(assignments.createdAt));
  return present(ctx.deps.db, ctx.deps, rows);
}

export async function assignmentStatusHistory(ctx: Context, assignment: { id: string; agencyId: string }) {
  const rows = await ctx.deps.db
    .select()
    .from(assignmentStatusChanges)
    .where(and(eq(assignmentStatusChanges.agencyId, assignment.agencyId), eq(assignmentStatusChanges.assignmentId, assignment.id)))
    .orderBy(asc(assignmentStatusChanges.createdAt), asc(assignmentStatusChanges.id));
  return rows.map((row) => ({ ...row, at: row.createdAt }));
}

async function ratesFor(executor: Executor, jobCodeId: string, state: string, coverageTypes: readonly CoverageType[]) {
  const rows = await executor
    .select()
    .from(jobCodeRates)
    .where(and(eq(jobCodeRates.jobCodeId, jobCodeId), eq(jobCodeRates.state, state), inArray(jobCodeRates.coverageType, [...coverageTypes])));
  return rows.map(({ coverageType, rate, minimumPremiumCents }) => ({ coverageType, rate, minimumPremiumCents }));
}

function toEstimate(wageCents: number, coverageTypes: readonly CoverageType[], rates: Awaited<ReturnType<typeof ratesFor>>, field: string): PremiumEstimate {
  if (rates.length !== coverageTypes.length) throw badUserInput(field, 'There is no rate for this job code, work state and coverage yet.');
  const result = estimate({ wageCents, coverageTypes: [...coverageTypes], rates });
  return { totalCents: result.totalCents, lines: result.lines.map((line) => ({ ...line, rate: line.rateApplied })) };
}

export async function estimatePremium(ctx: Context, viewer: AgencyViewer | null, input: PremiumEstimateInput): Promise<PremiumEstimate> {
  const wageCents = parseInput(wageCentsSchema, input.wageCents, 'wageCents');
  const { db } = ctx.deps;
  if (input.jobCategoryId) {
    const category = viewer ? await findJobCategory(db, { agencyId: viewer.agencyId, id: input.jobCategoryId }) : undefined;
    if (!category) throw badUserInput('jobCategoryId', 'Choose one of your job categories.');
    return toEstimate(wageCents, category.coverageTypes, await ratesFor(db, category.jobCode.id, category.workState, category.coverageTypes), 'jobCategoryId');
  }
  const proposal = parseInput(newJobCategorySchema, { jobCodeId: input.jobCodeId ?? '', coverageTypes: input.coverageTypes ?? [], workState: input.workState ?? '' });
  if (!isUuid(proposal.jobCodeId)) throw badUserInput('jobCodeId', 'Choose a job code from the catalogue.');
  return toEstimate(wageCents, proposal.coverageTypes, await ratesFor(db, proposal.jobCodeId, proposal.workState, proposal.coverageTypes), 'jobCodeId');
}

function firstFieldError(errors: { field: string; message: string }[]): void {
  const [first] = errors;
  if (first) throw badUserInput(first.field, first.message);
}

export async function createAssignment(ctx: Context, viewer: AgencyViewer, input: CreateAssignmentInput): Promise<Assignment> {
  const data = parseInput(createAssignmentSchema, input);
  const { deps } = ctx;
  const agencyId = viewer.agencyId;
  const by = { viewer, ip: ctx.ip };
  return deps.db.transaction(async (tx) => {
    const contractor = isUuid(data.contractorId)
      ? await tx.query.contractors.findFirst({ where: and(eq(contractors.agencyId, agencyId), eq(contractors.id, data.contractorId)) })
      : undefined;
    if (!contractor) throw badUserInput('contractorId', 'Choose one of your contractors.');
    const settings = await tx.query.agencySettings.findFirst({ where: eq(agencySettings.agencyId, agencyId) });
    const today = todayInTimeZone(settings?.timeZone ?? 'America/New_York', deps.now());
    firstFieldError(checkAssignmentDates({ effectiveDate: data.effectiveDate, endDate: data.endDate, today }));
    if (data.facilityId) {
      const facility = isUuid(data.facilityId)
        ? await tx.query.facilities.findFirst({ where: and(eq(facilities.agencyId, agencyId), eq(facilities.id, data.facilityId)) })
        : undefined;
      if (!facility) throw badUserInput('facilityId', 'Choose one of your facilities.');
    }
    let category;
    if (data.jobCategoryId) {
      category = await findJobCategory(tx, { agencyId, id: data.jobCategoryId });
      if (!category) throw badUserInput('jobCategoryId', 'Choose one of your job categories.');
      if (category.status === 'REJECTED') throw badUserInput('jobCategoryId', 'This job category was rejected: propose a different one.');
    } else if (data.newJobCategory) {
      if (!isUsStateCode(data.newJobCategory.workState)) throw badUserInput('newJobCategory.workState', 'Must be a US state or DC.');
      category = await findOrProposeJobCategory(tx, by, data.newJobCategory);
    }
    if (!category) throw badUserInput('jobCategoryId', 'Choose an approved job category or propose a new one.');
    const premium = toEstimate(data.wageCents, category.coverageTypes, await ratesFor(tx, category.jobCode.id, category.workState, category.coverageTypes), 'jobCategoryId');
    const payer = data.payer ?? settings?.defaultPayer ?? 'AGENCY';
    const optInRequired = await optInRequiredFor(tx, { agencyId, contractorId: contractor.id, jobCategoryId: category.id, coverageTypes: category.coverageTypes, workState: category.workState });
    const status = nextStatusAfterCreation({ categoryApproved: category.status === 'APPROVED', optInRequired, payer });
    if (data.poNumber) await tx.insert(purchaseOrders).values({ agencyId, number: data.poNumber, createdAt: deps.now() }).onConflictDoNothing();
    const [row] = await tx
      .insert(assignments)
      .values({
        agencyId,
        contractorId: contractor.id,
        jobCategoryId: category.id,
        facilityId: data.facilityId ?? null,
        clientEntity: data.clientEntity,
        jobName: data.jobName,
        description: data.description,
        effectiveDate: data.effectiveDate,
        endDate: data.endDate,
        wageCents: data.wageCents,
        premiumCents: premium.totalCents,
        payer,
        poNumber: data.poNumber,
        status,
        createdByType: viewer.kind === 'AGENCY_MEMBER' ? 'AGENCY_MEMBER' : 'API_KEY',
        createdById: viewer.kind === 'AGENCY_MEMBER' ? viewer.teamMemberId : viewer.apiKeyId,
        createdAt: deps.now(),
        updatedAt: deps.now(),
      })
      .returning();
    if (!row) throw new Error('assignment insert returned nothing');
    await recordStatusChange(tx, by, { agencyId, assignmentId: row.id, from: null, to: status, at: deps.now() });
    await onStatusEntered(tx, deps, by, row);
    const saved = await tx.query.assignments.findFirst({ where: and(eq(assignments.agencyId, agencyId), eq(assignments.id, row.id)) });
    return presentAssignment(saved ?? row, { today, contractorFirstName: contractor.firstName });
  });
}

async function loadForChange(ctx: Context, viewer: AgencyViewer, id: string) {
  const row = isUuid(id) ? await ctx.deps.db.query.assignments.findFirst({ where: and(eq(assignments.agencyId, viewer.agencyId), eq(assignments.id, id)) }) : undefined;
  if (!row) throw notFound('Assignment');
  const contractor = await ctx.deps.db.query.contractors.findFirst({ where: and(eq(contractors.agencyId, viewer.agencyId), eq(contractors.id, row.contractorId)) });
  if (!contractor) throw notFound('Assignment');
  return { row, contractor, today: await agencyToday(ctx.deps.db, ctx.deps, viewer.agencyId) };
}

export async function extendAssignment(ctx: Context, viewer: AgencyViewer, input: { id: string; endDate: string }): Promise<Assignment> {
  const { row, contractor, today } = await loadForChange(ctx, viewer, input.id);
  if (isTerminalStatus(row.status)) throw badUserInput('id', `An assignment that is ${ASSIGNMENT_STATUS_LABELS[row.status].toLowerCase()} cannot be extended.`);
  firstFieldError(checkExtension({ effectiveDate: row.effectiveDate, currentEndDate: row.endDate, newEndDate: input.endDate }));
  const { deps } = ctx;
  const by = { viewer, ip: ctx.ip };
  return deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(assignments)
      .set({ endDate: input.endDate, updatedAt: deps.now() })
      .where(and(eq(assignments.agencyId, viewer.agencyId), eq(assignments.id, row.id)))
      .returning();
    if (!updated) throw notFound('Assignment');
    await recordAudit(tx, by, { action: 'assignment.extend', agencyId: viewer.agencyId, targetType: 'assignment', targetId: row.id, data: { from: row.endDate, to: input.endDate } });
    // The certificate states the dates: a covered assignment gets a new one, the old one is voided.
    if (updated.status === 'COVERED' && (await voidCertificate(tx, deps, { agencyId: viewer.agencyId, assignmentId: row.id }, `Extended to ${input.endDate}.`))) {
      await onStatusEntered(tx, deps, by, updated);
    }
    await enqueueMail(tx, {
      to: contractor.email,
      agencyId: viewer.agencyId,
      ...assignmentChangedMail({ firstName: contractor.firstName, jobName: row.jobName, change: `Your assignment now ends on ${input.endDate} (it ended on ${row.endDate}). Your coverage follows the new dates.` }),
    });
    return presentAssignment(updated, { today, contractorFirstName: contractor.firstName });
  });
}

export async function cancelAssignment(ctx: Context, viewer: AgencyViewer, input: { id: string; reason?: string | null }): Promise<Assignment> {
  const { row, contractor, today } = await loadForChange(ctx, viewer, input.id);
  if (!canCancelAssignment({ status: row.status, effectiveDate: row.effectiveDate, today })) {
    throw badUserInput('id', isTerminalStatus(row.status) ? 'This assignment can no longer be cancelled.' : 'An assignment can be cancelled only before its effective date.');
  }
  const { deps } = ctx;
  return deps.db.transaction(async (tx) => {
    const reason = input.reason?.trim() || 'Cancelled by the agency.';
    const updated = await moveAssignment(tx, deps, { viewer, ip: ctx.ip }, { agencyId: viewer.agencyId, assignmentId: row.id, to: 'CANCELLED', reason });
    await enqueueMail(tx, {
      to: contractor.email,
      agencyId: viewer.agencyId,
      ...assignmentChangedMail({ firstName: contractor.firstName, jobName: row.jobName, change: `Your assignment starting ${row.effectiveDate} was cancelled, so it will not be covered. Reason: ${reason}` }),
    });
    return presentAssignment(updated, { today, contractorFirstName: contractor.firstName });
  });
}

export async function setPoNumber(ctx: Context, viewer: AgencyViewer, input: { assignmentIds: string[]; poNumber: string }): Promise<Assignment[]> {
  const poNumber = parseInput(z.string().trim().min(1, { message: 'Enter a PO number' }).max(64), input.poNumber, 'poNumber');
  const ids = [...new Set(input.assignmentIds)];
  if (ids.length === 0 || !ids.every(isUuid)) throw badUserInput('assignmentIds', 'Choose the assignments to update.');
  const { deps } = ctx;
  return deps.db.transaction(async (tx) => {
    await tx.insert(purchaseOrders).values({ agencyId: viewer.agencyId, number: poNumber, createdAt: deps.now() }).onConflictDoNothing();
    const updated = await tx
      .update(assignments)
      .set({ poNumber, updatedAt: deps.now() })
      .where(and(eq(assignments.agencyId, viewer.agencyId), inArray(assignments.id, ids)))
      .returning();
    // All or nothing: one id outside the agency fails the whole change.
    if (updated.length !== ids.length) throw notFound('Assignment');
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'assignment.set_po_number', agencyId: viewer.agencyId, targetType: 'assignment', targetId: null, data: { poNumber, assignmentIds: ids } });
    return present(tx, deps, updated);
  });
}
