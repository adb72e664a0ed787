// Test data for the assignment lifecycle: master policies, approved job categories, dates.
import { and, eq } from 'drizzle-orm';
import { addDays, todayInTimeZone, type CoverageType } from '@coverline/domain';
import { assignments, certificates, jobCategories, jobCodes, policies } from '../../src/db/schema.js';
import { moveAssignment, SYSTEM } from '../../src/modules/assignments/assignment-status.js';
import { DEMO_POLICIES } from '../../src/seed/demo-data.js';
import type { TestServer } from './test-server.js';

/** The platform's GL and WC master policies, covering a wide period around today. */
export async function createMasterPolicies(server: TestServer) {
  const today = todayInTimeZone('UTC', server.clock.now());
  const period = { periodStart: addDays(today, -400), periodEnd: addDays(today, 800) };
  await server.db
    .insert(policies)
    .values(DEMO_POLICIES.map((policy) => ({ ...policy, policyNumber: `${policy.policyNumber}-${Date.now()}`, ...period })))
    .onConflictDoNothing();
}

export async function catalogueJobCode(server: TestServer, code = 'hospital-professional') {
  const jobCode = await server.db.query.jobCodes.findFirst({ where: eq(jobCodes.code, code) });
  if (!jobCode) throw new Error(`the test database has no job code ${code}`);
  return jobCode;
}

export async function approvedJobCategory(
  server: TestServer,
  agencyId: string,
  input: { code?: string; coverageTypes?: CoverageType[]; workState?: string } = {},
) {
  const jobCode = await catalogueJobCode(server, input.code);
  const [category] = await server.db
    .insert(jobCategories)
    .values({
      agencyId,
      jobCodeId: jobCode.id,
      coverageTypes: [...(input.coverageTypes ?? ['GENERAL_LIABILITY'])].sort(),
      workState: input.workState ?? 'IL',
      status: 'APPROVED',
    })
    .returning();
  if (!category) throw new Error('no job category');
  return { ...category, jobCode };
}

/** A date `days` from today in New York (the agencies' default time zone). */
export function dayFromToday(server: TestServer, days: number): string {
  return addDays(todayInTimeZone('America/New_York', server.clock.now()), days);
}

type AssignmentFacts = {
  agencyId: string;
  contractorId: string;
  jobCategoryId: string;
  facilityId?: string | null;
  effectiveDate: string;
  endDate: string;
  jobName?: string;
  clientEntity?: string;
  description?: string;
};

/** An agency-paid assignment waiting for its opt-in, ready to become COVERED. */
export async function assignmentAwaitingOptIn(server: TestServer, input: AssignmentFacts) {
  const [assignment] = await server.db
    .insert(assignments)
    .values({
      agencyId: input.agencyId,
      contractorId: input.contractorId,
      jobCategoryId: input.jobCategoryId,
      facilityId: input.facilityId ?? null,
      clientEntity: input.clientEntity ?? 'Mercy Health System',
      jobName: input.jobName ?? 'Night shift RN',
      description: input.description ?? 'Covers night shifts on the medical-surgical floor. Reports to the charge nurse on duty.',
      effectiveDate: input.effectiveDate,
      endDate: input.endDate,
      wageCents: 120_000,
      premiumCents: 2_500,
      payer: 'AGENCY',
      status: 'AWAITING_OPT_IN',
      createdByType: 'SYSTEM',
    })
    .returning();
  if (!assignment) throw new Error('no assignment');
  return assignment;
}

/**
 * A covered assignment with its certificate, reached the way the product reaches it: an assignment
 * waiting for its opt-in, moved to COVERED (which issues the certificate). Needs the master policies.
 */
export async function coveredAssignment(server: TestServer, input: AssignmentFacts) {
  const assignment = await assignmentAwaitingOptIn(server, input);
  const { agencyId } = input;
  await server.db.transaction((tx) => moveAssignment(tx, server.coverline.deps, SYSTEM, { agencyId, assignmentId: assignment.id, to: 'COVERED' }));
  const certificate = await server.db.query.certificates.findFirst({ where: and(eq(certificates.agencyId, agencyId), eq(certificates.assignmentId, assignment.id)) });
  if (!certificate) throw new Error('no certificate was issued');
  return { assignment, certificate };
}
