// The platform's job-code catalogue and its rates: reference data every scope reads alike, and only
// an operator's scope changes (the service checks 'job-code:maintain' first).
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { CoverageRate, CoverageType } from '@coverline/domain';
import { Store } from '../../access/store.js';
import { jobCodeRates, jobCodes } from '../../db/schema.js';
import { containsPattern } from '../../db/search.js';

export type JobCodeRow = typeof jobCodes.$inferSelect;
export type JobCodeRateRow = typeof jobCodeRates.$inferSelect;
export type JobCodeFields = Pick<JobCodeRow, 'code' | 'title' | 'description' | 'wcClassCode' | 'glClassCode'>;
export type RateKey = { state: string; coverageType: CoverageType };

export class JobCodeStore extends Store {
  /** The catalogue by title; with `search`, only the codes whose title or code contains it. */
  async list(query: { search?: string | null } = {}): Promise<JobCodeRow[]> {
    const db = await this.db();
    const pattern = query.search ? containsPattern(query.search) : null;
    return db
      .select()
      .from(jobCodes)
      .where(pattern ? or(ilike(jobCodes.title, pattern), ilike(jobCodes.code, pattern)) : undefined)
      .orderBy(asc(jobCodes.title));
  }

  /** The rates of these job codes (every state's, or one work state's), by state and coverage type. */
  async rates(jobCodeIds: readonly string[], state: string | null): Promise<JobCodeRateRow[]> {
    if (jobCodeIds.length === 0) return [];
    const db = await this.db();
    return db
      .select()
      .from(jobCodeRates)
      .where(and(inArray(jobCodeRates.jobCodeId, [...jobCodeIds]), state ? eq(jobCodeRates.state, state) : undefined))
      .orderBy(asc(jobCodeRates.state), asc(jobCodeRates.coverageType));
  }

  /** A job code's rates in one work state (or every state's, for `null`): one statement for a page of codes. */
  ratesOf(jobCodeId: string, state: string | null): Promise<JobCodeRateRow[]> {
    return this.ratesLoader.load({ jobCodeId, state });
  }

  private get ratesLoader() {
    return this.loader('jobCodes.rates', async (keys: readonly { jobCodeId: string; state: string | null }[]) => {
      const byState = Map.groupBy(keys, (key) => key.state);
      const found = new Map<string, JobCodeRateRow[]>();
      for (const [state, ofState] of byState) {
        const rows = await this.rates([...new Set(ofState.map((key) => key.jobCodeId))], state);
        for (const [jobCodeId, rates] of Map.groupBy(rows, (row) => row.jobCodeId)) found.set(`${jobCodeId}/${state}`, rates);
      }
      return keys.map((key) => found.get(`${key.jobCodeId}/${key.state}`) ?? []);
    });
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

  /**
   * The job code of this code, locked for the rest of the transaction, created first when there is
   * none (so two operators' upserts of one new code queue instead of one failing on the unique key).
   * `created` says whether this call inserted it.
   */
  async lockOrCreateByCode(fields: JobCodeFields, createdAt: Date): Promise<{ row: JobCodeRow; created: boolean }> {
    const db = await this.db();
    const [inserted] = await db.insert(jobCodes).values({ ...fields, createdAt }).onConflictDoNothing({ target: jobCodes.code }).returning();
    if (inserted) return { row: inserted, created: true };
    const [existing] = await db.select().from(jobCodes).where(eq(jobCodes.code, fields.code)).for('update');
    if (!existing) throw new Error(`job code ${fields.code} neither inserted nor found`);
    return { row: existing, created: false };
  }

  async update(id: string, fields: Omit<JobCodeFields, 'code'>): Promise<JobCodeRow> {
    const db = await this.db();
    const [row] = await db.update(jobCodes).set(fields).where(eq(jobCodes.id, id)).returning();
    if (!row) throw new Error(`job code ${id} is gone`);
    return row;
  }

  /** Locks the job code's row: one rate change of a job code at a time. */
  async lock(id: string): Promise<JobCodeRow | null> {
    const db = await this.db();
    const [row] = await db.select().from(jobCodes).where(eq(jobCodes.id, id)).for('update');
    return row ?? null;
  }

  /** The job code's current rates of these (state, coverage type) pairs. */
  async ratesAt(jobCodeId: string, keys: readonly RateKey[]): Promise<JobCodeRateRow[]> {
    const db = await this.db();
    const pairs = sql.join(keys.map((key) => sql`(${key.state}, ${key.coverageType}::coverage_type)`), sql`, `);
    return db
      .select()
      .from(jobCodeRates)
      .where(and(eq(jobCodeRates.jobCodeId, jobCodeId), sql`(${jobCodeRates.state}, ${jobCodeRates.coverageType}) in (${pairs})`));
  }

  /** Writes the given (state, coverage type) rows of a job code, each inserted or replaced; other rows stay. */
  async upsertRates(jobCodeId: string, rates: readonly (RateKey & { rate: number; minimumPremiumCents: number })[]): Promise<void> {
    const db = await this.db();
    await db
      .insert(jobCodeRates)
      .values(rates.map((rate) => ({ ...rate, jobCodeId })))
      .onConflictDoUpdate({
        target: [jobCodeRates.jobCodeId, jobCodeRates.state, jobCodeRates.coverageType],
        set: { rate: sql`excluded.rate`, minimumPremiumCents: sql`excluded.minimum_premium_cents` },
      });
  }
}
