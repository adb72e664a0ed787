// Contractor pay's rows: cards on file (payment methods) and charges, as the scope reaches them.
import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { ChargeStatus } from '@coverline/domain';
import { byKeys, Store } from '../../access/store.js';
import { tenantWhere, throughOwnAssignment, type Tenant } from '../../access/tenant.js';
import { isUniqueViolation } from '../../db/errors.js';
import { assignments, charges, paymentMethods } from '../../db/schema.js';

export type PaymentMethodRow = typeof paymentMethods.$inferSelect;
export type ChargeRow = typeof charges.$inferSelect;
export type ChargeKey = { agencyId: string; chargeId: string };
type AssignmentKey = { agencyId: string; assignmentId: string };
type ContractorKey = { agencyId: string; contractorId: string };

const methodRows = (tenant: Tenant) =>
  tenantWhere(tenant, { agency: paymentMethods.agencyId, contractor: (contractorId) => eq(paymentMethods.contractorId, contractorId) });

const chargeRows = (tenant: Tenant) =>
  tenantWhere(tenant, {
    agency: charges.agencyId,
    contractor: throughOwnAssignment(charges.agencyId, charges.assignmentId),
  });

const ofCharge = (key: ChargeKey) => and(eq(charges.agencyId, key.agencyId), eq(charges.id, key.chargeId));
const ofAssignment = (key: AssignmentKey) => and(eq(charges.agencyId, key.agencyId), eq(charges.assignmentId, key.assignmentId));

export class PaymentStore extends Store {
  /** The contractor's card on file: the newest one not replaced. */
  async currentMethod(contractor: ContractorKey): Promise<PaymentMethodRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(paymentMethods)
      .where(and(methodRows(tenant), eq(paymentMethods.agencyId, contractor.agencyId), eq(paymentMethods.contractorId, contractor.contractorId), isNull(paymentMethods.detachedAt)))
      .orderBy(desc(paymentMethods.createdAt))
      .limit(1);
    return row ?? null;
  }

  /** The same for a page of contractors (the agency's profiles), one statement per batch. */
  currentMethodOf(contractorId: string): Promise<PaymentMethodRow | null> {
    return this.currentMethodLoader.load(contractorId);
  }

  private get currentMethodLoader() {
    return this.loader<string, PaymentMethodRow | null>('payments.currentMethodOf', async (contractorIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .selectDistinctOn([paymentMethods.contractorId])
        .from(paymentMethods)
        .where(and(methodRows(tenant), inArray(paymentMethods.contractorId, [...contractorIds]), isNull(paymentMethods.detachedAt)))
        .orderBy(paymentMethods.contractorId, desc(paymentMethods.createdAt));
      return byKeys(contractorIds, rows, (row) => row.contractorId);
    });
  }

  async method(key: { agencyId: string; id: string }): Promise<PaymentMethodRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.select().from(paymentMethods).where(and(methodRows(tenant), eq(paymentMethods.agencyId, key.agencyId), eq(paymentMethods.id, key.id)));
    return row ?? null;
  }

  /** A new card on file instead of the previous one; charges announced but not yet made follow it. */
  async replaceMethod(
    contractor: ContractorKey,
    card: { provider: string; providerToken: string; brand: string; last4: string; expMonth: number | null; expYear: number | null },
    at: Date,
  ): Promise<PaymentMethodRow> {
    const { db, tenant } = await this.open();
    const own = and(methodRows(tenant), eq(paymentMethods.agencyId, contractor.agencyId), eq(paymentMethods.contractorId, contractor.contractorId));
    await db.update(paymentMethods).set({ detachedAt: at }).where(and(own, isNull(paymentMethods.detachedAt)));
    const [row] = await db
      .insert(paymentMethods)
      .values({ agencyId: contractor.agencyId, contractorId: contractor.contractorId, ...card, createdAt: at })
      .returning();
    if (!row) throw new Error('payment method insert returned nothing');
    const theirAssignments = db
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.agencyId, contractor.agencyId), eq(assignments.contractorId, contractor.contractorId)));
    await db
      .update(charges)
      .set({ paymentMethodId: row.id, provider: card.provider })
      .where(and(chargeRows(tenant), eq(charges.agencyId, contractor.agencyId), eq(charges.status, 'SCHEDULED'), inArray(charges.assignmentId, theirAssignments)));
    return row;
  }

  async chargesOf(assignment: AssignmentKey, options: { statuses?: readonly ChargeStatus[]; lock?: boolean } = {}): Promise<ChargeRow[]> {
    const { db, tenant } = await this.open();
    const query = db
      .select()
      .from(charges)
      .where(and(chargeRows(tenant), ofAssignment(assignment), options.statuses ? inArray(charges.status, [...options.statuses]) : undefined))
      .orderBy(asc(charges.createdAt), asc(charges.idempotencyKey));
    return options.lock ? query.for('update') : query;
  }

  async charge(key: ChargeKey, options: { lock?: boolean } = {}): Promise<ChargeRow | null> {
    const { db, tenant } = await this.open();
    const query = db.select().from(charges).where(and(chargeRows(tenant), ofCharge(key)));
    const [row] = await (options.lock ? query.for('update') : query);
    return row ?? null;
  }

  async insertCharge(values: Omit<typeof charges.$inferInsert, 'id'>): Promise<ChargeRow> {
    const db = await this.db();
    const [row] = await db.insert(charges).values(values).returning();
    if (!row) throw new Error('charge insert returned nothing');
    return row;
  }

  async updateCharge(key: ChargeKey, changes: Partial<Pick<ChargeRow, 'status' | 'attemptedAt' | 'failureMessage' | 'declineCode' | 'providerChargeId'>>, onlyIf?: ChargeStatus): Promise<ChargeRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .update(charges)
      .set(changes)
      .where(and(chargeRows(tenant), ofCharge(key), onlyIf ? eq(charges.status, onlyIf) : undefined))
      .returning();
    return row ?? null;
  }

  /**
   * PROCESSING → SUCCEEDED; null when the partial unique index says the assignment already has a
   * successful charge. In a savepoint, so a refusal leaves the transaction usable.
   */
  async markSucceeded(key: ChargeKey, providerChargeId: string): Promise<ChargeRow | null> {
    const { db, tenant } = await this.open();
    try {
      const [row] = await db.transaction((savepoint) =>
        savepoint.update(charges).set({ status: 'SUCCEEDED', providerChargeId, failureMessage: null, declineCode: null }).where(and(chargeRows(tenant), ofCharge(key))).returning(),
      );
      if (!row) throw new Error(`charge ${key.chargeId} to mark succeeded does not exist`);
      return row;
    } catch (error) {
      if (isUniqueViolation(error, 'charges_one_success_per_assignment')) return null;
      throw error;
    }
  }

  /**
   * The first outcome a provider gave for an idempotency key, kept on the charge that carries the key:
   * the first writer's outcome stays, later ones read it back. Null when no charge carries the key.
   */
  async rememberProviderOutcome(
    charge: { idempotencyKey: string; agencyId: string | null },
    outcome: { providerChargeId: string; failureMessage: string | null },
  ): Promise<{ providerChargeId: string | null; failureMessage: string | null } | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .update(charges)
      .set({
        providerChargeId: sql`coalesce(${charges.providerChargeId}, ${outcome.providerChargeId})`,
        failureMessage: sql`case when ${charges.providerChargeId} is null then ${outcome.failureMessage}::text else ${charges.failureMessage} end`,
      })
      .where(and(chargeRows(tenant), eq(charges.idempotencyKey, charge.idempotencyKey), charge.agencyId ? eq(charges.agencyId, charge.agencyId) : undefined))
      .returning({ providerChargeId: charges.providerChargeId, failureMessage: charges.failureMessage });
    return row ?? null;
  }

  /** The charges to run now: SCHEDULED and due, or PROCESSING and left by a runner that died. */
  async due(now: Date, staleBefore: Date, limit: number): Promise<ChargeKey[]> {
    const { db, tenant } = await this.open();
    return db
      .select({ agencyId: charges.agencyId, chargeId: charges.id })
      .from(charges)
      .where(
        and(
          chargeRows(tenant),
          or(and(eq(charges.status, 'SCHEDULED'), lte(charges.scheduledFor, now)), and(eq(charges.status, 'PROCESSING'), lt(charges.attemptedAt, staleBefore))),
        ),
      )
      .orderBy(asc(charges.scheduledFor))
      .limit(limit);
  }

  /** A contractor's charges (or one of them), newest first, with the assignment's name and status and the card used. */
  async ofContractor(contractor: ContractorKey, chargeId?: string) {
    const { db, tenant } = await this.open();
    const rows = await db
      .select({ charge: charges, jobName: assignments.jobName, assignmentStatus: assignments.status, method: paymentMethods })
      .from(charges)
      .innerJoin(assignments, and(eq(assignments.agencyId, charges.agencyId), eq(assignments.id, charges.assignmentId)))
      .leftJoin(paymentMethods, and(eq(paymentMethods.agencyId, charges.agencyId), eq(paymentMethods.id, charges.paymentMethodId)))
      .where(
        and(
          chargeRows(tenant),
          eq(charges.agencyId, contractor.agencyId),
          eq(assignments.contractorId, contractor.contractorId),
          chargeId ? eq(charges.id, chargeId) : undefined,
        ),
      )
      .orderBy(desc(charges.createdAt), desc(charges.idempotencyKey))
      .limit(200);
    const assignmentIds = [...new Set(rows.map((row) => row.charge.assignmentId))];
    const all = assignmentIds.length
      ? await db
          .select({ assignmentId: charges.assignmentId, status: charges.status })
          .from(charges)
          .where(and(chargeRows(tenant), eq(charges.agencyId, contractor.agencyId), inArray(charges.assignmentId, assignmentIds)))
      : [];
    const statusesByAssignment = Map.groupBy(all, (row) => row.assignmentId);
    return rows.map((row) => ({ ...row, statusesOfAssignment: (statusesByAssignment.get(row.charge.assignmentId) ?? []).map((other) => other.status) }));
  }
}
