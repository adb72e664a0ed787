// Assignments (flow 3): create with an approved or proposed job category, estimate the premium,
// extend, cancel, enter PO numbers, and the work history a contractor's profile shows. Rules come
// from @coverline/domain; status changes from the assignment lifecycle.
import {
  ASSIGNMENT_STATUS_LABELS,
  canCancelAssignment,
  checkAssignmentDates,
  checkExtension,
  createAssignmentSchema,
  describeNextStep,
  estimatePremium as estimate,
  isTerminalStatus,
  newJobCategorySchema,
  nextStatusAfterCreation,
  todayInTimeZone,
  wageCentsSchema,
  type CoverageRate,
  type CoverageType,
} from '@coverline/domain';
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { ScopedTransaction } from '../../access/scope.js';
import type { Stores } from '../../access/stores.js';
import { isUuid } from '../../access/store.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { enqueueMail } from '../../mail/outbox.js';
import { assignmentChangedMail } from '../../mail/templates.js';
import { enterStatus, lockAssignmentForChange, moveAssignment, optInRequiredFor, recordStatusChange } from '../assignment-lifecycle/assignment-lifecycle.js';
import { recordAudit } from '../audit/audit.js';
import { issueCertificate, voidCertificate } from '../certificates/certificate-issuing.js';
import { findCertificateForAssignment } from '../certificates/certificates.service.js';
import type { AssignmentRow } from './assignments.store.js';
import type { Assignment, CreateAssignmentInput, PremiumEstimate, PremiumEstimateInput } from './assignments.types.js';
import { STATUS_REASONS } from '../assignment-lifecycle/status-reasons.js';

/** The assignment as the API shows it: its row, and the words and permissions derived from it. */
export type PresentedAssignment = Assignment & AssignmentRow;

/** The assignments as the API shows them; the agency's settings and the contractors come from the stores' loaders. */
async function present(stores: Stores, deps: ServerDependencies, rows: readonly AssignmentRow[]): Promise<PresentedAssignment[]> {
  return Promise.all(
    rows.map(async (row) => {
      const [settings, contractor] = await Promise.all([stores.agencies.settings(row.agencyId), stores.contractors.byId(row.contractorId)]);
      const today = todayInTimeZone(settings.timeZone, deps.now());
      return {
        ...row,
        statusLabel: ASSIGNMENT_STATUS_LABELS[row.status],
        nextStep: describeNextStep({ status: row.status, payer: row.payer, contractorFirstName: contractor?.firstName ?? 'The contractor' }),
        optInRequired: row.optInId !== null,
        viewerCanCancel: canCancelAssignment({ status: row.status, effectiveDate: row.effectiveDate, today }),
        viewerCanExtend: !isTerminalStatus(row.status),
      };
    }),
  );
}

async function presentOne(stores: Stores, deps: ServerDependencies, row: AssignmentRow): Promise<PresentedAssignment> {
  const [presented] = await present(stores, deps, [row]);
  if (!presented) throw new Error('an assignment presented as nothing');
  return presented;
}

export async function findAssignment(access: Access, id: string): Promise<PresentedAssignment | null> {
  const scope = authorize(access, 'assignment:read');
  const row = await scope.stores.assignments.byId(id);
  return row ? presentOne(scope.stores, access.deps, row) : null;
}

/** A contractor's work history, newest first: the agency's contractor for the agency, their own for a contractor. */
export async function listWorkHistory(access: Access, contractor: { id: string }): Promise<PresentedAssignment[]> {
  const scope = authorize(access, 'work-history:read');
  return present(scope.stores, access.deps, await scope.stores.assignments.forContractor(contractor.id));
}

// ---------------------------------------------------------------- what an assignment shows with it

export function assignmentContractor(access: Access, assignment: AssignmentRow) {
  return authorize(access, 'work-history:read').stores.contractors.byId(assignment.contractorId);
}

export function assignmentJobCategory(access: Access, assignment: AssignmentRow) {
  return authorize(access, 'work-history:read').stores.jobCategories.byId(assignment.jobCategoryId);
}

export function assignmentFacility(access: Access, assignment: AssignmentRow) {
  return assignment.facilityId ? authorize(access, 'work-history:read').stores.facilities.byId(assignment.facilityId) : null;
}

export function assignmentCertificate(access: Access, assignment: AssignmentRow) {
  return findCertificateForAssignment(access, assignment);
}

export async function assignmentStatusHistory(access: Access, assignment: AssignmentRow) {
  const rows = await authorize(access, 'work-history:read').stores.assignments.statusHistory(assignment);
  return rows.map((row) => ({ ...row, at: row.createdAt }));
}

// ---------------------------------------------------------------- premiums

function toEstimate(wageCents: number, coverageTypes: readonly CoverageType[], rates: CoverageRate[], field: string): PremiumEstimate {
  if (rates.length !== coverageTypes.length) throw badUserInput(field, 'There is no rate for this job code, work state and coverage yet.');
  const result = estimate({ wageCents, coverageTypes: [...coverageTypes], rates });
  return { totalCents: result.totalCents, lines: result.lines.map((line) => ({ ...line, rate: line.rateApplied })) };
}

export async function estimatePremium(access: Access, input: PremiumEstimateInput): Promise<PremiumEstimate> {
  const { stores } = authorize(access, 'premium:estimate');
  const wageCents = parseInput(wageCentsSchema, input.wageCents, 'wageCents');
  if (input.jobCategoryId) {
    // An operator reaches every agency's categories, but an estimate names one of the viewer's own.
    const category = access.viewer.kind === 'OPERATOR' ? null : await stores.jobCategories.byId(input.jobCategoryId);
    if (!category) throw badUserInput('jobCategoryId', 'Choose one of your job categories.');
    return toEstimate(wageCents, category.coverageTypes, await stores.jobCodes.ratesFor(category.jobCode.id, category.workState, category.coverageTypes), 'jobCategoryId');
  }
  const proposal = parseInput(newJobCategorySchema, { jobCodeId: input.jobCodeId ?? '', coverageTypes: input.coverageTypes ?? [], workState: input.workState ?? '' });
  if (!isUuid(proposal.jobCodeId)) throw badUserInput('jobCodeId', 'Choose a job code from the catalogue.');
  return toEstimate(wageCents, proposal.coverageTypes, await stores.jobCodes.ratesFor(proposal.jobCodeId, proposal.workState, proposal.coverageTypes), 'jobCodeId');
}

// ---------------------------------------------------------------- changes

function firstFieldError(errors: { field: string; message: string }[]): void {
  const [first] = errors;
  if (first) throw badUserInput(first.field, first.message);
}

async function chosenCategory(tx: ScopedTransaction, data: z.output<typeof createAssignmentSchema>) {
  if (data.jobCategoryId) {
    const category = await tx.stores.jobCategories.byId(data.jobCategoryId);
    if (!category) throw badUserInput('jobCategoryId', 'Choose one of your job categories.');
    if (category.status === 'REJECTED') throw badUserInput('jobCategoryId', 'This job category was rejected: propose a different one.');
    return category;
  }
  if (data.newJobCategory) {
    const proposal = data.newJobCategory;
    const jobCode = await tx.stores.jobCodes.byId(proposal.jobCodeId);
    if (!jobCode) throw badUserInput('newJobCategory.jobCodeId', 'Choose a job code from the catalogue.');
    return tx.stores.jobCategories.findOrPropose({ agencyId: tx.scope.agencyId, ...proposal, jobCodeId: jobCode.id }, tx.scope.actor);
  }
  throw badUserInput('jobCategoryId', 'Choose an approved job category or propose a new one.');
}

export async function createAssignment(access: Access, input: CreateAssignmentInput): Promise<PresentedAssignment> {
  const scope = authorize(access, 'assignment:create');
  const data = parseInput(createAssignmentSchema, input);
  const { deps } = access;
  const agencyId = scope.agencyId;
  return scope.transaction(async (tx) => {
    const { stores } = tx;
    const contractor = await stores.contractors.byId(data.contractorId);
    if (!contractor) throw badUserInput('contractorId', 'Choose one of your contractors.');
    const settings = await stores.agencies.settings(agencyId);
    const today = todayInTimeZone(settings.timeZone, deps.now());
    firstFieldError(checkAssignmentDates({ effectiveDate: data.effectiveDate, endDate: data.endDate, today }));
    if (data.facilityId && !(await stores.facilities.byId(data.facilityId))) throw badUserInput('facilityId', 'Choose one of your facilities.');
    const category = await chosenCategory(tx, data);
    const rates = await stores.jobCodes.ratesFor(category.jobCode.id, category.workState, category.coverageTypes);
    const premium = toEstimate(data.wageCents, category.coverageTypes, rates, 'jobCategoryId');
    const payer = data.payer ?? settings.defaultPayer;
    const optInRequired = await optInRequiredFor(tx, { agencyId, contractorId: contractor.id, jobCategoryId: category.id, coverageTypes: category.coverageTypes, workState: category.workState });
    const status = nextStatusAfterCreation({ categoryApproved: category.status === 'APPROVED', optInRequired, payer });
    if (data.poNumber) await stores.assignments.ensurePurchaseOrder(agencyId, data.poNumber, deps.now());
    const row = await stores.assignments.insert({
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
      createdByType: scope.actor.actorType,
      createdById: scope.actor.actorId,
      createdAt: deps.now(),
      updatedAt: deps.now(),
    });
    await recordStatusChange(tx, { agencyId, contractorId: contractor.id, assignmentId: row.id, from: null, to: status, at: deps.now() });
    await enterStatus(tx, deps, row);
    const saved = await stores.assignments.byId(row.id);
    return presentOne(stores, deps, saved ?? row);
  });
}

async function loadForChange(tx: ScopedTransaction, id: string) {
  const row = await lockAssignmentForChange(tx, { agencyId: tx.scope.agencyId, id });
  const contractor = row ? await tx.stores.contractors.byId(row.contractorId) : null;
  if (!row || !contractor) throw notFound('Assignment');
  return { row, contractor };
}

async function agencyToday(tx: ScopedTransaction, deps: ServerDependencies): Promise<string> {
  return todayInTimeZone((await tx.stores.agencies.settings(tx.scope.agencyId)).timeZone, deps.now());
}

export async function extendAssignment(access: Access, input: { id: string; endDate: string }): Promise<PresentedAssignment> {
  const scope = authorize(access, 'assignment:change');
  if (!isUuid(input.id)) throw notFound('Assignment');
  const { deps } = access;
  return scope.transaction(async (tx) => {
    const { row, contractor } = await loadForChange(tx, input.id);
    if (isTerminalStatus(row.status)) throw badUserInput('id', `An assignment that is ${ASSIGNMENT_STATUS_LABELS[row.status].toLowerCase()} cannot be extended.`);
    firstFieldError(checkExtension({ effectiveDate: row.effectiveDate, currentEndDate: row.endDate, newEndDate: input.endDate }));
    const updated = await tx.stores.assignments.update(row, { endDate: input.endDate, updatedAt: deps.now() });
    if (!updated) throw notFound('Assignment');
    await recordAudit(tx, { action: 'assignment.extend', agencyId: row.agencyId, targetType: 'assignment', targetId: row.id, data: { from: row.endDate, to: input.endDate } });
    // The certificate states the dates: a covered assignment gets a new one, the old one is voided.
    const key = { agencyId: row.agencyId, assignmentId: row.id };
    if (updated.status === 'COVERED' && (await voidCertificate(tx, deps, key, `Extended to ${input.endDate}.`))) await issueCertificate(tx, deps, key);
    await enqueueMail(tx.db, {
      to: contractor.email,
      agencyId: row.agencyId,
      ...assignmentChangedMail({ firstName: contractor.firstName, jobName: row.jobName, change: `Your assignment now ends on ${input.endDate} (it ended on ${row.endDate}). Your coverage follows the new dates.` }),
    });
    return presentOne(tx.stores, deps, updated);
  });
}

export async function cancelAssignment(access: Access, input: { id: string; reason?: string | null }): Promise<PresentedAssignment> {
  const scope = authorize(access, 'assignment:change');
  if (!isUuid(input.id)) throw notFound('Assignment');
  const { deps } = access;
  return scope.transaction(async (tx) => {
    const { row, contractor } = await loadForChange(tx, input.id);
    if (!canCancelAssignment({ status: row.status, effectiveDate: row.effectiveDate, today: await agencyToday(tx, deps) })) {
      throw badUserInput('id', isTerminalStatus(row.status) ? 'This assignment can no longer be cancelled.' : 'An assignment can be cancelled only before its effective date.');
    }
    const reason = STATUS_REASONS.cancelledByAgency(input.reason);
    const updated = await moveAssignment(tx, deps, { agencyId: row.agencyId, assignmentId: row.id, to: 'CANCELLED', reason });
    await enqueueMail(tx.db, {
      to: contractor.email,
      agencyId: row.agencyId,
      ...assignmentChangedMail({ firstName: contractor.firstName, jobName: row.jobName, change: `Your assignment starting ${row.effectiveDate} was cancelled, so it will not be covered. Reason: ${reason}` }),
    });
    return presentOne(tx.stores, deps, updated);
  });
}

export async function setPoNumber(access: Access, input: { assignmentIds: string[]; poNumber: string }): Promise<PresentedAssignment[]> {
  const scope = authorize(access, 'assignment:change');
  const poNumber = parseInput(z.string().trim().min(1, { message: 'Enter a PO number' }).max(64), input.poNumber, 'poNumber');
  const ids = [...new Set(input.assignmentIds)];
  if (ids.length === 0 || !ids.every(isUuid)) throw badUserInput('assignmentIds', 'Choose the assignments to update.');
  const { deps } = access;
  return scope.transaction(async (tx) => {
    const updated = await tx.stores.assignments.setPoNumber(scope.agencyId, ids, poNumber, deps.now());
    // All or nothing: one id outside the agency fails the whole change.
    if (updated.length !== ids.length) throw notFound('Assignment');
    await recordAudit(tx, { action: 'assignment.set_po_number', agencyId: scope.agencyId, targetType: 'assignment', targetId: null, data: { poNumber, assignmentIds: ids } });
    return present(tx.stores, deps, updated);
  });
}
