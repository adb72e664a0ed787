// An agency's contractors: the filtered, keyset-paged list, one by id, adding and updating them.
import { and, asc, count, eq, exists, ilike, inArray, isNotNull, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import { Store } from '../../access/store.js';
import { grantedFacilityRows, tenantWhere, type Tenant } from '../../access/tenant.js';
import { assignments, contractors, jobCategories } from '../../db/schema.js';

export type ContractorRow = typeof contractors.$inferSelect;
export type ContractorChanges = Partial<Omit<typeof contractors.$inferInsert, 'agencyId' | 'id' | 'createdAt'>>;

/** What the Contractors tab filters by, already checked (state code, job code id). */
export type ContractorQuery = {
  workState?: string;
  jobCodeId?: string;
  insuranceStatus?: 'COVERED' | 'PENDING' | 'NOT_COVERED';
  search?: string;
};

const PENDING_STATUSES = ['PENDING_APPROVAL', 'AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'DECLINED'] as const;

/** The contractor has an assignment where `where` holds. */
function hasAssignment(where: SQL | undefined) {
  return exists(sql`(select 1 from ${assignments} where ${assignments.agencyId} = ${contractors.agencyId} and ${assignments.contractorId} = ${contractors.id} and ${where ?? sql`false`})`);
}

const contractorRows = (tenant: Tenant) =>
  tenantWhere(tenant, {
    agency: contractors.agencyId,
    contractor: (contractorId) => eq(contractors.id, contractorId),
    // The Compliance Hub names the contractors who worked at its facilities, and no one else.
    facility: (grants) => hasAssignment(grantedFacilityRows(assignments.agencyId, assignments.facilityId)(grants)),
  });

function filterConditions(query: ContractorQuery): (SQL | undefined)[] {
  const search = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const covered = hasAssignment(eq(assignments.status, 'COVERED'));
  return [
    query.workState ? eq(contractors.workState, query.workState) : undefined,
    query.jobCodeId
      ? hasAssignment(
          inArray(
            assignments.jobCategoryId,
            sql`(select ${jobCategories.id} from ${jobCategories} where ${jobCategories.agencyId} = ${assignments.agencyId} and ${jobCategories.jobCodeId} = ${query.jobCodeId})`,
          ),
        )
      : undefined,
    query.insuranceStatus === 'COVERED' ? covered : undefined,
    ...(query.insuranceStatus === 'PENDING' ? [hasAssignment(inArray(assignments.status, [...PENDING_STATUSES])), not(covered)] : []),
    query.insuranceStatus === 'NOT_COVERED' ? not(hasAssignment(inArray(assignments.status, ['COVERED', ...PENDING_STATUSES]))) : undefined,
    search ? or(ilike(sql`${contractors.firstName} || ' ' || ${contractors.lastName}`, search), ilike(contractors.email, search), ilike(contractors.externalId, search)) : undefined,
  ];
}

export class ContractorStore extends Store {
  byId(id: string): Promise<ContractorRow | null> {
    return this.loadById(this.byIdLoader, id);
  }

  private get byIdLoader() {
    return this.rowLoader('contractors.byId', contractors, 'id', contractorRows);
  }

  /** A page by last name, first name and id, after a cursor; `limit + 1` rows say whether more follow. */
  async list(query: ContractorQuery, page: { after: [string, string, string] | null; limit: number }): Promise<ContractorRow[]> {
    const { db, tenant } = await this.open();
    const after = page.after
      ? sql`(${contractors.lastName}, ${contractors.firstName}, ${contractors.id}) > (${page.after[0]}, ${page.after[1]}, ${page.after[2]}::uuid)`
      : undefined;
    const rows = await db
      .select()
      .from(contractors)
      .where(and(contractorRows(tenant), ...filterConditions(query), after))
      .orderBy(asc(contractors.lastName), asc(contractors.firstName), asc(contractors.id))
      .limit(page.limit + 1);
    // The page's rows answer later by-id lookups of this request.
    for (const row of rows) this.byIdLoader.prime(row.id, row);
    return rows;
  }

  async count(query: ContractorQuery): Promise<number> {
    const { db, tenant } = await this.open();
    const [total] = await db.select({ value: count() }).from(contractors).where(and(contractorRows(tenant), ...filterConditions(query)));
    return total?.value ?? 0;
  }

  async byExternalId(externalId: string): Promise<ContractorRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.select().from(contractors).where(and(contractorRows(tenant), eq(contractors.externalId, externalId)));
    return row ?? null;
  }

  async create(values: Omit<typeof contractors.$inferInsert, 'id'>): Promise<ContractorRow> {
    const db = await this.db();
    const [row] = await db.insert(contractors).values(values).returning();
    if (!row) throw new Error('contractor insert returned nothing');
    return row;
  }

  /**
   * Locks the contractor for the rest of the transaction: `update` before archiving, restoring or
   * editing; `share` while an assignment is added, so archiving waits for it (and it for archiving).
   */
  async lock(contractor: { agencyId: string; id: string }, mode: 'update' | 'share'): Promise<ContractorRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(contractors)
      .where(and(contractorRows(tenant), eq(contractors.agencyId, contractor.agencyId), eq(contractors.id, contractor.id)))
      .for(mode);
    return row ?? null;
  }

  /**
   * Archives (`at`) or restores (null) the contractor, only if they are not so already; null when
   * another request did it first, so two racing calls record one change.
   */
  async setArchived(contractor: { agencyId: string; id: string }, at: Date | null, updatedAt: Date): Promise<ContractorRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .update(contractors)
      .set({ archivedAt: at, updatedAt })
      .where(
        and(
          contractorRows(tenant),
          eq(contractors.agencyId, contractor.agencyId),
          eq(contractors.id, contractor.id),
          at ? isNull(contractors.archivedAt) : isNotNull(contractors.archivedAt),
        ),
      )
      .returning();
    return row ?? null;
  }

  /** Changes a contractor: the opt-in status (and the details corrected on the form), or the details a rep edits. */
  async update(contractor: { agencyId: string; id: string }, changes: ContractorChanges & { updatedAt: Date }): Promise<ContractorRow> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .update(contractors)
      .set(changes)
      .where(and(contractorRows(tenant), eq(contractors.agencyId, contractor.agencyId), eq(contractors.id, contractor.id)))
      .returning();
    if (!row) throw new Error(`contractor ${contractor.id} is not in this scope`);
    return row;
  }
}
