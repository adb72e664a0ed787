// The `data` of each kind of webhook event: the object as the API returns it (the same field names,
// dates as YYYY-MM-DD, instants as ISO 8601, money in cents), plus the ids of the objects it relates
// to. One function per kind of object, built from the rows the change already holds: no query of its own.
import type { CoverageType } from '@coverline/domain';
import type { ServerDependencies } from '../../dependencies.js';
import type { AssignmentRow } from '../assignments/assignments.store.js';
import { toCertificate } from '../certificates/certificate-presentation.js';
import type { CertificateRecord } from '../certificates/certificates.store.js';
import { invoicePdfUrl } from '../invoices/invoice-files.js';
import type { JobCategoryRow } from '../job-categories/job-categories.store.js';
import type { OptInRow } from '../opt-ins/opt-ins.store.js';
import type { ChargeRow } from '../payments/payments.store.js';

const instant = (at: Date | null): string | null => at?.toISOString() ?? null;

/** An Assignment, without what depends on who looks (viewerCan…) or is worded for a person (statusLabel, nextStep). */
export function assignmentEventData(row: AssignmentRow) {
  return {
    id: row.id,
    status: row.status,
    optInRequired: row.optInId !== null,
    premiumCents: row.premiumCents,
    wageCents: row.wageCents,
    payer: row.payer,
    poNumber: row.poNumber,
    effectiveDate: row.effectiveDate,
    endDate: row.endDate,
    clientEntity: row.clientEntity,
    jobName: row.jobName,
    description: row.description,
    createdAt: instant(row.createdAt),
    contractorId: row.contractorId,
    jobCategoryId: row.jobCategoryId,
    facilityId: row.facilityId,
    optInId: row.optInId,
  };
}

/**
 * The coverage bound for one assignment (policy.active): what is insured, where and when, and at
 * what premium. Coverline binds coverage per assignment, so the policy is the assignment's.
 */
export function policyEventData(assignment: AssignmentRow, category: { id: string; coverageTypes: readonly CoverageType[]; workState: string; jobCode: { id: string } }) {
  return {
    assignmentId: assignment.id,
    contractorId: assignment.contractorId,
    jobCategoryId: category.id,
    jobCodeId: category.jobCode.id,
    facilityId: assignment.facilityId,
    coverageTypes: [...category.coverageTypes],
    workState: category.workState,
    effectiveDate: assignment.effectiveDate,
    endDate: assignment.endDate,
    premiumCents: assignment.premiumCents,
    payer: assignment.payer,
  };
}

/** The contractor's opt-in application: the form they confirm for the assignments it lists. */
export function applicationEventData(optIn: OptInRow, assignmentIds: readonly string[]) {
  return {
    id: optIn.id,
    status: optIn.status,
    payer: optIn.payer,
    termsVersion: optIn.termsVersion,
    termsLanguage: optIn.termsLanguage,
    createdAt: instant(optIn.createdAt),
    completedAt: instant(optIn.completedAt),
    contractorId: optIn.contractorId,
    assignmentIds: [...assignmentIds],
  };
}

/** A Certificate, with when it was voided and what it covers. */
export function certificateEventData(deps: Pick<ServerDependencies, 'config'>, row: CertificateRecord) {
  const certificate = toCertificate(deps, row);
  return {
    ...certificate,
    issuedAt: instant(certificate.issuedAt),
    voidedAt: instant(row.voidedAt),
    assignmentId: row.assignmentId,
    contractorId: row.contractorId,
    facilityId: row.facilityId,
  };
}

/** An Invoice as issued, with the assignments it bills. */
export function invoiceEventData(
  deps: Pick<ServerDependencies, 'config'>,
  invoice: { id: string; number: string; poNumber: string | null; totalCents: number; periodStart: string; periodEnd: string; issuedAt: Date },
  assignmentIds: readonly string[],
) {
  return {
    id: invoice.id,
    number: invoice.number,
    poNumber: invoice.poNumber,
    status: 'ISSUED',
    totalCents: invoice.totalCents,
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    issuedAt: instant(invoice.issuedAt),
    paidAt: null,
    voidedAt: null,
    pdfUrl: invoicePdfUrl(deps, invoice),
    assignmentIds: [...assignmentIds],
  };
}

/** A Charge of the contractor's card, without what depends on who looks (viewerCan…). */
export function chargeEventData(charge: ChargeRow, assignment: AssignmentRow) {
  return {
    id: charge.id,
    amountCents: charge.amountCents,
    status: charge.status,
    scheduledFor: instant(charge.scheduledFor),
    attemptedAt: instant(charge.attemptedAt),
    failureMessage: charge.failureMessage,
    jobName: assignment.jobName,
    assignmentId: charge.assignmentId,
    contractorId: assignment.contractorId,
    paymentMethodId: charge.paymentMethodId,
  };
}

/** A JobCategory with its job code. */
export function jobCategoryEventData(category: JobCategoryRow) {
  return {
    id: category.id,
    status: category.status,
    jobCode: { id: category.jobCode.id, code: category.jobCode.code, title: category.jobCode.title },
    coverageTypes: [...category.coverageTypes],
    workState: category.workState,
    createdAt: instant(category.createdAt),
  };
}
