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
  isoDateSchema,
  setPoNumberSchema,
  statusReasonInputSchema,
  assignmentCountSchema,
  estimateBudget,
  facilityAssignmentFilterSchema,
  FACILITY_FILTER_FIELDS,
  MAX_INT_CENTS,
  MAX_PO_NUMBER_ASSIGNMENTS,
  isTerminalStatus,
  newJobCategorySchema,
  nextStatusAfterCreation,
  todayInTimeZone,
  unmetCoverageRequirements,
  wageCentsSchema,
  type CoverageRate,
  type CoverageType,
  type FieldError,
} from '@coverline/domain';
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { ScopedTransaction } from '../../access/scope.js';
import type { Stores } from '../../access/stores.js';
import { isUuid } from '../../access/store.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { decodeCursor, invalidCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import { enqueueMail } from '../../mail/outbox.js';
import { assignmentChangedMail } from '../../mail/templates.js';
import { enterStatus, lockAssignmentForChange, moveAssignment, optInRequiredFor, recordStatusChange } from '../assignment-lifecycle/assignment-lifecycle.js';
import { coverageRequirementsOf, masterPolicyLimitsOn } from '../agencies/agencies.service.js';
import type { AgencySettingsRow } from '../agencies/agencies.store.js';
import { recordAudit } from '../audit/audit.js';
import { issueCertificate, voidCertificate } from '../certificates/certificate-issuing.js';
import { findCertificateForAssignment } from '../certificates/certificates.service.js';
import { assignmentEventData } from '../webhooks/webhook-event-data.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import type { AssignmentQuery, AssignmentRow } from './assignments.store.js';
import type { Assignment, AssignmentFilter, CreateAssignmentInput, PremiumEstimate, PremiumEstimateInput } from './assignments.types.js';
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

function assignmentQuery(filter: AssignmentFilter | null | undefined): AssignmentQuery {
  if (!filter) return {};
  const query: AssignmentQuery = {};
  if (filter.contractorId != null) {
    if (!isUuid(filter.contractorId)) throw badUserInput('filter.contractorId', 'Choose one of your contractors.');
    query.contractorId = filter.contractorId.toLowerCase();
  }
  if (filter.facilityId != null) {
    if (!isUuid(filter.facilityId)) throw badUserInput('filter.facilityId', 'Choose one of your facilities.');
    query.facilityId = filter.facilityId.toLowerCase();
  }
  if (filter.status) query.status = filter.status;
  if (filter.missingPoNumber != null) query.missingPoNumber = filter.missingPoNumber;
  // The same inclusive date bounds, and the same checks, as the Compliance Hub's filter.
  const dates = Object.fromEntries(FACILITY_FILTER_FIELDS.flatMap((bound) => (filter[bound] != null ? [[bound, filter[bound]]] : [])));
  return { ...query, ...parseInput(facilityAssignmentFilterSchema, dates, 'filter.') };
}

function assignmentCursor(cursor: string | null | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [effectiveDate, id] = key;
  if (typeof effectiveDate === 'string' && isoDateSchema.safeParse(effectiveDate).success && isUuid(id)) return [effectiveDate, id];
  throw invalidCursor();
}

/** The agency's assignments, newest effective date first, filtered and keyset-paged. */
export async function listAssignments(access: Access, args: { filter?: AssignmentFilter | null; first?: number | null; after?: string | null }) {
  const scope = authorize(access, 'assignment:read');
  const limit = pageSize(args.first);
  const query = assignmentQuery(args.filter);
  const after = assignmentCursor(args.after);
  const [rows, totalCount] = await Promise.all([scope.stores.assignments.list(query, { after, limit }), scope.stores.assignments.count(query)]);
  const presented = await present(scope.stores, access.deps, rows);
  return { ...toConnection(presented, limit, (row) => row, (row) => [row.effectiveDate, row.id]), totalCount };
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

/**
 * The premium of `assignmentCount` assignments of this wage, line by line. createAssignment stores its
 * `perAssignmentCents`, so the Job Codes tab's budget and a created assignment agree to the cent.
 */
function toEstimate(wageCents: number, coverageTypes: readonly CoverageType[], rates: CoverageRate[], field: string, assignmentCount = 1): PremiumEstimate {
  if (rates.length !== coverageTypes.length) throw badUserInput(field, 'There is no rate for this job code, work state and coverage yet.', 'NO_RATE');
  const budget = estimateBudget({ wageCents, coverageTypes, rates, assignmentCount });
  if (budget.totalCents > MAX_INT_CENTS) throw badUserInput('assignmentCount', 'This budget is too large to price at once: budget fewer assignments.');
  return {
    totalCents: budget.perAssignmentCents,
    perAssignmentCents: budget.perAssignmentCents,
    lines: budget.lines.map((line) => ({ ...line, rate: line.rateApplied })),
    assignmentCount: budget.assignmentCount,
    budgetTotalCents: budget.totalCents,
  };
}

export async function estimatePremium(access: Access, input: PremiumEstimateInput): Promise<PremiumEstimate> {
  const { stores } = authorize(access, 'premium:estimate');
  const wageCents = parseInput(wageCentsSchema, input.wageCents, 'wageCents');
  const assignmentCount = parseInput(assignmentCountSchema, input.assignmentCount ?? 1, 'assignmentCount');
  if (input.jobCategoryId) {
    // An operator reaches every agency's categories, but an estimate names one of the viewer's own.
    const category = access.viewer.kind === 'OPERATOR' ? null : await stores.jobCategories.byId(input.jobCategoryId);
    if (!category) throw badUserInput('jobCategoryId', 'Choose one of your job categories.');
    return toEstimate(wageCents, category.coverageTypes, await stores.jobCodes.ratesFor(category.jobCode.id, category.workState, category.coverageTypes), 'jobCategoryId', assignmentCount);
  }
  const proposal = parseInput(newJobCategorySchema, { jobCodeId: input.jobCodeId ?? '', coverageTypes: input.coverageTypes ?? [], workState: input.workState ?? '' });
  if (!isUuid(proposal.jobCodeId)) throw badUserInput('jobCodeId', 'Choose a job code from the catalogue.');
  return toEstimate(wageCents, proposal.coverageTypes, await stores.jobCodes.ratesFor(proposal.jobCodeId, proposal.workState, proposal.coverageTypes), 'jobCodeId', assignmentCount);
}

// ---------------------------------------------------------------- changes

function firstFieldError(errors: FieldError[]): void {
  const [first] = errors;
  if (first) throw badUserInput(first.field, first.message, first.reason);
}

/** Refuses coverage types that miss one of the agency's requirements, on `field`, with the first unmet requirement's sentence. */
async function checkCoverageRequirements(tx: ScopedTransaction, settings: AgencySettingsRow, today: string, coverageTypes: readonly CoverageType[], field: string): Promise<void> {
  const [unmet] = unmetCoverageRequirements({ requirements: coverageRequirementsOf(settings), coverageTypes, provided: await masterPolicyLimitsOn(tx.stores, today) });
  if (unmet) throw badUserInput(field, unmet.message, 'COVERAGE_REQUIREMENT_NOT_MET');
}

/** The approved or proposed category, checked against the agency's coverage requirements before a proposal is written. */
async function chosenCategory(tx: ScopedTransaction, data: CreateAssignmentData, agency: { settings: AgencySettingsRow; today: string }) {
  if (data.jobCategoryId) {
    const category = await tx.stores.jobCategories.byId(data.jobCategoryId);
    if (!category) throw badUserInput('jobCategoryId', 'Choose one of your job categories.');
    if (category.status === 'REJECTED') throw badUserInput('jobCategoryId', 'This job category was rejected: propose a different one.', 'CATEGORY_NOT_APPROVED');
    await checkCoverageRequirements(tx, agency.settings, agency.today, category.coverageTypes, 'jobCategoryId');
    return category;
  }
  if (data.newJobCategory) {
    const proposal = data.newJobCategory;
    const jobCode = await tx.stores.jobCodes.byId(proposal.jobCodeId);
    if (!jobCode) throw badUserInput('newJobCategory.jobCodeId', 'Choose a job code from the catalogue.');
    await checkCoverageRequirements(tx, agency.settings, agency.today, proposal.coverageTypes, 'newJobCategory.coverageTypes');
    const category = await tx.stores.jobCategories.findOrPropose({ agencyId: tx.scope.agencyId, ...proposal, jobCodeId: jobCode.id }, tx.scope.actor);
    // Proposed again, a rejected category is not back in the review queue: its assignment would wait forever.
    if (category.status === 'REJECTED') throw badUserInput('newJobCategory.jobCodeId', 'This job category was rejected: propose a different one.', 'CATEGORY_NOT_APPROVED');
    return category;
  }
  throw badUserInput('jobCategoryId', 'Choose an approved job category or propose a new one.');
}

export type CreateAssignmentData = z.output<typeof createAssignmentSchema>;

export async function createAssignment(access: Access, input: CreateAssignmentInput): Promise<PresentedAssignment> {
  const scope = authorize(access, 'assignment:create');
  const data = parseInput(createAssignmentSchema, input);
  return scope.transaction(async (tx) => presentOne(tx.stores, access.deps, await createAssignmentInTransaction(tx, access.deps, data)));
}

/**
 * The body of createAssignment inside a transaction someone else opened and authorized for
 * 'assignment:create' (the form's mutation, or a bulk import row): checks, prices and inserts the
 * assignment, and sets its first status in motion.
 */
export async function createAssignmentInTransaction(tx: ScopedTransaction, deps: ServerDependencies, data: CreateAssignmentData): Promise<AssignmentRow> {
  const { stores, scope } = tx;
  const agencyId = scope.agencyId;
  // Archiving the contractor waits for this assignment, and this for the archiving.
  const contractor = isUuid(data.contractorId) ? await stores.contractors.lock({ agencyId, id: data.contractorId }, 'no key update') : null;
  if (!contractor) throw badUserInput('contractorId', 'Choose one of your contractors.');
  if (contractor.archivedAt) throw badUserInput('contractorId', `${contractor.firstName} ${contractor.lastName} is archived: restore them before adding an assignment.`, 'CONTRACTOR_ARCHIVED');
  const settings = await stores.agencies.settings(agencyId);
  const today = todayInTimeZone(settings.timeZone, deps.now());
  firstFieldError(checkAssignmentDates({ effectiveDate: data.effectiveDate, endDate: data.endDate, today }));
  if (data.facilityId && !(await stores.facilities.byId(data.facilityId))) throw badUserInput('facilityId', 'Choose one of your facilities.');
  const category = await chosenCategory(tx, data, { settings, today });
  const rates = await stores.jobCodes.ratesFor(category.jobCode.id, category.workState, category.coverageTypes);
  const premium = toEstimate(data.wageCents, category.coverageTypes, rates, 'jobCategoryId');
  const payer = data.payer ?? settings.defaultPayer;
  const optInRequired = await optInRequiredFor(tx, { agencyId, contractorId: contractor.id, jobCategoryId: category.id, coverageTypes: category.coverageTypes, workState: category.workState });
  const status = nextStatusAfterCreation({ categoryApproved: category.status === 'APPROVED', optInRequired, payer });
  if (data.poNumber) await stores.assignments.ensurePurchaseOrder(agencyId, data.poNumber, deps.now(), { defaultContactEmail: settings.defaultPoContactEmail });
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
    premiumCents: premium.perAssignmentCents,
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
  return (await stores.assignments.byId(row.id)) ?? row;
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
    if (isTerminalStatus(row.status)) throw badUserInput('id', `An assignment that is ${ASSIGNMENT_STATUS_LABELS[row.status].toLowerCase()} cannot be extended.`, 'ASSIGNMENT_CLOSED');
    firstFieldError(checkExtension({ effectiveDate: row.effectiveDate, currentEndDate: row.endDate, newEndDate: input.endDate }));
    const updated = await tx.stores.assignments.update(row, { endDate: input.endDate, updatedAt: deps.now() });
    if (!updated) throw notFound('Assignment');
    await recordAudit(tx, { action: 'assignment.extend', agencyId: row.agencyId, targetType: 'assignment', targetId: row.id, data: { from: row.endDate, to: input.endDate } });
    await recordWebhookEvent(tx, { agencyId: row.agencyId, type: 'assignment.extended', data: assignmentEventData(updated) });
    // The certificate states the dates: a covered assignment gets a new one, the old one is voided.
    const key = { agencyId: row.agencyId, assignmentId: row.id };
    if (updated.status === 'COVERED' && (await voidCertificate(tx, deps, key, `Extended to ${input.endDate}.`))) await issueCertificate(tx, deps, key);
    await enqueueMail(tx.db, {
      to: contractor.email,
      agencyId: row.agencyId,
      ...assignmentChangedMail({ firstName: contractor.firstName, jobName: row.jobName, change: { kind: 'extended', previousEndDate: row.endDate, endDate: input.endDate }, language: contractor.preferredLanguage }),
    });
    return presentOne(tx.stores, deps, updated);
  });
}

export async function cancelAssignment(access: Access, input: { id: string; reason?: string | null }): Promise<PresentedAssignment> {
  const scope = authorize(access, 'assignment:change');
  const { reason: givenReason } = parseInput(statusReasonInputSchema, { reason: input.reason });
  if (!isUuid(input.id)) throw notFound('Assignment');
  const { deps } = access;
  return scope.transaction(async (tx) => {
    const { row, contractor } = await loadForChange(tx, input.id);
    if (!canCancelAssignment({ status: row.status, effectiveDate: row.effectiveDate, today: await agencyToday(tx, deps) })) {
      throw isTerminalStatus(row.status)
        ? badUserInput('id', 'This assignment can no longer be cancelled.', 'ASSIGNMENT_CLOSED')
        : badUserInput('id', 'An assignment can be cancelled only before its effective date.', 'ASSIGNMENT_ALREADY_STARTED');
    }
    const reason = STATUS_REASONS.cancelledByAgency(givenReason);
    const updated = await moveAssignment(tx, deps, { agencyId: row.agencyId, assignmentId: row.id, to: 'CANCELLED', reason });
    await enqueueMail(tx.db, {
      to: contractor.email,
      agencyId: row.agencyId,
      ...assignmentChangedMail({ firstName: contractor.firstName, jobName: row.jobName, change: { kind: 'cancelled', effectiveDate: row.effectiveDate, reason: givenReason?.trim() || null }, language: contractor.preferredLanguage }),
    });
    return presentOne(tx.stores, deps, updated);
  });
}

/**
 * Sets one PO number on several assignments (one per campaign is the recommended practice), all or
 * none; a PO contact email, when given, is where that purchase order's invoices go, and a new PO
 * number entered without one takes the agency's default PO contact.
 */
export async function setPoNumber(access: Access, input: { assignmentIds: string[]; poNumber: string; poContactEmail?: string | null }): Promise<PresentedAssignment[]> {
  const scope = authorize(access, 'assignment:change');
  const { poNumber, poContactEmail: contactEmail } = parseInput(setPoNumberSchema, { poNumber: input.poNumber, poContactEmail: input.poContactEmail });
  const ids = [...new Set(input.assignmentIds.map((id) => id.toLowerCase()))];
  if (ids.length > MAX_PO_NUMBER_ASSIGNMENTS) {
    throw badUserInput('assignmentIds', `Set the PO number of at most ${MAX_PO_NUMBER_ASSIGNMENTS.toLocaleString('en-US')} assignments at once.`);
  }
  if (ids.length === 0 || !ids.every(isUuid)) throw badUserInput('assignmentIds', 'Choose the assignments to update.');
  const { deps } = access;
  return scope.transaction(async (tx) => {
    const settings = await tx.stores.agencies.settings(scope.agencyId);
    await tx.stores.assignments.ensurePurchaseOrder(scope.agencyId, poNumber, deps.now(), { contactEmail, defaultContactEmail: settings.defaultPoContactEmail });
    const updated = await tx.stores.assignments.setPoNumber(scope.agencyId, ids, poNumber, deps.now());
    // All or nothing: one id outside the agency fails the whole change.
    if (updated.length !== ids.length) throw notFound('Assignment');
    await recordAudit(tx, {
      action: 'assignment.set_po_number',
      agencyId: scope.agencyId,
      targetType: 'assignment',
      targetId: null,
      data: { poNumber, assignmentIds: ids, ...(contactEmail ? { poContactEmail: contactEmail } : {}) },
    });
    return present(tx.stores, deps, updated);
  });
}
