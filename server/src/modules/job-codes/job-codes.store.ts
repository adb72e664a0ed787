// The platform's job-code catalogue and its rates: reference data every scope reads alike.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CoverageRate, CoverageType } from '@coverline/domain';
import { Store } from '../../access/store.js';
import { jobCodeRates, jobCodes } from '../../db/schema.js';

export type JobCodeRow = typeof jobCodes.$inferSelect;
export type JobCodeRateRow = typeof jobCodeRates.$inferSelect;

export class JobCodeStore extends Store {
  async list(): Promise<JobCodeRow[]> {
    const db = await this.db();
    return db.select().from(jobCodes).orderBy(asc(jobCodes.title));
  }

  /** Every rate, or one work state's, by state and coverage type. */
  async rates(state: string | null): Promise<JobCodeRateRow[]> {
    const db = await this.db();
    return db
      .select()
      .from(jobCodeRates)
      .where(state ? eq(jobCodeRates.state, state) : undefined)
      .orderBy(asc(jobCodeRates.state), asc(jobCodeRates.coverageType));
  }

  byId(id: string): Promise<JobCodeRow | null> {
    return this.loadById(this.byIdLoader, id);
  }

  private get byIdLoader() {
    // Reference data: every scope sees the whole catalogue.
    return this.rowLoader('jobCodes.byId', jobCodes, 'id', () => undefined);
  }

  /** The rates a premium is computed from: one per coverage type that has a rate for the job code in the state. */
  async ratesFor(jobCodeId: string, state: string, coverageTypes: readonly CoverageType[]): Promise<CoverageRate[]> {
    const db = await this.db();
    const rows = await db
      .select()
      .from(jobCodeRates)
      .where(and(eq(jobCodeRates.jobCodeId, jobCodeId), eq(jobCodeRates.state, state), inArray(jobCodeRates.coverageType, [...coverageTypes])));
    return rows.map(({ coverageType, rate, minimumPremiumCents }) => ({ coverageType, rate, minimumPremiumCents }));
  }
}
