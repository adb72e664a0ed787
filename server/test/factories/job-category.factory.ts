// Job codes of the catalogue the test database is loaded with, and an agency's approved categories of them.
import { eq } from 'drizzle-orm';
import type { CoverageType } from '@coverline/domain';
import { jobCategories, jobCodes } from '../../src/db/schema.js';
import type { TestServer } from '../support/test-server.js';
import { next } from './sequence.js';

export async function catalogueJobCode(server: TestServer, code = 'hospital-professional') {
  const jobCode = await server.db.query.jobCodes.findFirst({ where: eq(jobCodes.code, code) });
  if (!jobCode) throw new Error(`the test database has no job code ${code}`);
  return jobCode;
}

/** A job code outside the catalogue (without rates), for tests that only need one more. */
export async function createJobCode(server: TestServer, title = `Job ${next()}`) {
  const n = next();
  const [jobCode] = await server.db.insert(jobCodes).values({ code: `T${n}`, title, description: `${title}, for tests.` }).returning();
  if (!jobCode) throw new Error('no job code');
  return jobCode;
}

export async function approvedJobCategory(server: TestServer, agency: { id: string }, input: { coverageTypes?: CoverageType[]; workState?: string; jobCode?: string } = {}) {
  const jobCode = await catalogueJobCode(server, input.jobCode);
  const [category] = await server.db
    .insert(jobCategories)
    .values({ agencyId: agency.id, jobCodeId: jobCode.id, coverageTypes: [...(input.coverageTypes ?? ['GENERAL_LIABILITY'])].sort(), workState: input.workState ?? 'IL', status: 'APPROVED' })
    .returning();
  if (!category) throw new Error('no job category');
  return { ...category, jobCode };
}
