// Opt-ins (a contractor's confirmation of a pre-filled form) and what each covers, as the scope reaches them.
import { and, asc, desc, eq, gt, inArray, isNull, notExists, sql } from 'drizzle-orm';
import { REMINDER_DAY_RANGE, type Language, type Payer } from '@coverline/domain';
import { Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import { agencySettings, assignments, authTokens, contractors, jobCategories, jobCodes, optInReminders, optIns } from '../../db/schema.js';
import { assignmentRows } from '../assignments/assignments.store.js';

export type OptInRow = typeof optIns.$inferSelect;
type ContractorKey = { agencyId: string; id: string };

const optInRows = (tenant: Tenant) => tenantWhere(tenant, { agency: optIns.agencyId, contractor: (contractorId) => eq(optIns.contractorId, contractorId) });

const ofContractor = (contractor: ContractorKey) => and(eq(optIns.agencyId, contractor.agencyId), eq(optIns.contractorId, contractor.id));

export class OptInStore extends Store {
  /** The contractor's newest opt-in still waiting for them (for this payer, if given). */
  async openFor(contractor: ContractorKey, payer?: Payer): Promise<OptInRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(optIns)
      .where(and(optInRows(tenant), ofContractor(contractor), eq(optIns.status, 'PENDING'), payer ? eq(optIns.payer, payer) : undefined))
      .orderBy(desc(optIns.createdAt))
      .limit(1);
    return row ?? null;
  }

  async create(values: { agencyId: string; contractorId: string; payer: Payer; createdAt: Date }): Promise<OptInRow> {
    const db = await this.db();
    const [row] = await db.insert(optIns).values(values).returning();
    if (!row) throw new Error('opt-in insert returned nothing');
    return row;
  }

  /** Every opt-in of the contractor, newest first. */
  async ofContractor(contractor: ContractorKey): Promise<OptInRow[]> {
    const { db, tenant } = await this.open();
    return db.select().from(optIns).where(and(optInRows(tenant), ofContractor(contractor))).orderBy(desc(optIns.createdAt));
  }

  /** Locks an opt-in for the rest of the transaction (the gate of a submission: one of two racing wins). */
  async lock(optIn: { agencyId: string; id: string }): Promise<OptInRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(optIns)
      .where(and(optInRows(tenant), eq(optIns.agencyId, optIn.agencyId), eq(optIns.id, optIn.id)))
      .for('update');
    return row ?? null;
  }

  async complete(
    optIn: { agencyId: string; id: string },
    completion: { completedAt: Date; signatureName: string; signatureIp: string | null; termsVersion: string; termsLanguage: Language; formSnapshot: unknown },
  ): Promise<OptInRow> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .update(optIns)
      .set({ status: 'COMPLETED', ...completion })
      .where(and(optInRows(tenant), eq(optIns.agencyId, optIn.agencyId), eq(optIns.id, optIn.id)))
      .returning();
    if (!row) throw new Error(`opt-in ${optIn.id} to complete does not exist`);
    return row;
  }

  /** The assignments an opt-in covers, as its form shows them, earliest first. */
  async coveredAssignments(optIn: { agencyId: string; id: string }) {
    const { db, tenant } = await this.open();
    return db
      .select({
        id: assignments.id,
        jobName: assignments.jobName,
        clientEntity: assignments.clientEntity,
        description: assignments.description,
        effectiveDate: assignments.effectiveDate,
        endDate: assignments.endDate,
        premiumCents: assignments.premiumCents,
        status: assignments.status,
        workState: jobCategories.workState,
        coverageTypes: jobCategories.coverageTypes,
        jobTitle: jobCodes.title,
      })
      .from(assignments)
      .innerJoin(jobCategories, and(eq(jobCategories.agencyId, assignments.agencyId), eq(jobCategories.id, assignments.jobCategoryId)))
      .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
      .where(and(assignmentRows(tenant), eq(assignments.agencyId, optIn.agencyId), eq(assignments.optInId, optIn.id)))
      .orderBy(asc(assignments.effectiveDate));
  }

  /** Whether the contractor has an opt-in still waiting for them (they can be reminded), one statement per batch. */
  async hasOpen(contractorId: string): Promise<boolean> {
    return this.openLoader.load(contractorId);
  }

  private get openLoader() {
    return this.loader<string, boolean>('optIns.hasOpen', async (contractorIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .selectDistinct({ contractorId: optIns.contractorId })
        .from(optIns)
        .where(and(optInRows(tenant), inArray(optIns.contractorId, [...contractorIds]), eq(optIns.status, 'PENDING')));
      const open = new Set(rows.map((row) => row.contractorId));
      return contractorIds.map((id) => open.has(id));
    });
  }

  /**
   * Open opt-ins the schedule may still remind about: sent within the last 30 days (the latest
   * schedule day there can be) to a contractor who is not archived, with the agency's schedule and the
   * days already reminded. Which day is due is the domain's decision (dueReminderDay).
   */
  async awaitingReminder(now: Date) {
    const { db, tenant } = await this.open();
    const sentDays = sql<number[]>`coalesce((select array_agg(${optInReminders.scheduleDay}) from ${optInReminders}
      where ${optInReminders.agencyId} = ${optIns.agencyId} and ${optInReminders.optInId} = ${optIns.id} and ${optInReminders.kind} = 'AUTOMATIC'), '{}')`;
    return db
      .select({ contractor: contractors, optInId: optIns.id, sentAt: optIns.createdAt, scheduleDays: agencySettings.reminderDays, sentDays })
      .from(optIns)
      .innerJoin(contractors, and(eq(contractors.agencyId, optIns.agencyId), eq(contractors.id, optIns.contractorId)))
      .innerJoin(agencySettings, eq(agencySettings.agencyId, optIns.agencyId))
      .where(
        and(
          optInRows(tenant),
          eq(optIns.status, 'PENDING'),
          isNull(contractors.archivedAt),
          gt(optIns.createdAt, new Date(now.getTime() - (REMINDER_DAY_RANGE.max + 1) * 86_400_000)),
        ),
      );
  }

  /** Open opt-ins whose contractor has no working sign-in link (never issued, expired or revoked). */
  async openWithoutLink(now: Date): Promise<{ agencyId: string; contractorId: string; optInId: string }[]> {
    const { db, tenant } = await this.open();
    return db
      .selectDistinctOn([optIns.agencyId, optIns.contractorId], { agencyId: optIns.agencyId, contractorId: optIns.contractorId, optInId: optIns.id })
      .from(optIns)
      .where(
        and(
          optInRows(tenant),
          eq(optIns.status, 'PENDING'),
          notExists(
            db
              .select({ one: sql`1` })
              .from(authTokens)
              .where(
                and(
                  eq(authTokens.purpose, 'CONTRACTOR_LINK'),
                  eq(authTokens.agencyId, optIns.agencyId),
                  eq(authTokens.contractorId, optIns.contractorId),
                  isNull(authTokens.revokedAt),
                  gt(authTokens.expiresAt, now),
                ),
              ),
          ),
        ),
      )
      .orderBy(optIns.agencyId, optIns.contractorId, desc(optIns.createdAt));
  }
}
