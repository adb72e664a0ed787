// Test data for the assignment lifecycle: master policies, approved job categories, dates.
import { eq } from 'drizzle-orm';
import { addDays, todayInTimeZone, type CoverageType } from '@coverline/domain';
import { jobCategories, jobCodes, policies } from '../../src/db/schema.js';
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
