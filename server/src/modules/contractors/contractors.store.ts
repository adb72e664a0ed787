// An agency's contractors: the filtered, sorted, keyset-paged list, one by id, adding and updating them.
import { and, asc, count, desc, eq, exists, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { Store } from '../../access/store.js';
import { grantedFacilityRows, tenantWhere, type Tenant } from '../../access/tenant.js';
import { assignments, contractors, jobCategories, optIns } from '../../db/schema.js';
import { containsPattern } from '../../db/search.js';
import type { ContractorCoverageStatus } from '@coverline/domain';

export type ContractorRow = typeof contractors.$inferSelect;
export type ContractorChanges = Partial<Omit<typeof contractors.$inferInsert, 'agencyId' | 'id' | 'createdAt'>>;

/** What the Contractors tab filters by, already checked (state code, job code id, search length). */
export type ContractorQuery = {
  workState?: string;
  jobCodeId?: string;
  /** Any of these; an empty list matches no one (e.g. an insurance status and coverage statuses that exclude each other). */
  coverageStatuses?: readonly ContractorCoverageStatus[];
  search?: string;
  /** false: only contractors not archived; true: only archived ones. */
  archived: boolean;
  /** Only those awaitingOptInSince this instant. */
  optInRequestedBefore?: Date;
};

export type ContractorOrder = { field: 'NAME' | 'COVERAGE_STATUS' | 'WORK_STATE'; direction: 'ASC' | 'DESC' };

/** The contractor a page starts after: their value of the sorted field (unused for NAME; null for no work state), then their name and id. */
export type ContractorCursor = { sortValue: string | null; lastName: string; firstName: string; id: string };

/** The contractor has an assignment where `where` holds. */
function hasAssignment(where: SQL | undefined) {
  return exists(sql`(select 1 from ${assignments} where ${assignments.agencyId} = ${contractors.agencyId} and ${assignments.contractorId} = ${contractors.id} and ${where ?? sql`false`})`);
}

/**
 * Needs an opt-in, and the open one was requested (its link sent) before `before`: what the Company
 * Overview counts as awaiting an opt-in for too long, and the Contractors tab lists.
 */
export function awaitingOptInSince(before: Date): SQL {
  return and(
    eq(contractors.coverageStatus, 'NEEDS_OPT_IN'),
    exists(
      sql`(select 1 from ${optIns} where ${optIns.agencyId} = ${contractors.agencyId} and ${optIns.contractorId} = ${contractors.id} and ${optIns.status} = 'PENDING' and ${optIns.createdAt} < ${before.toISOString()}::timestamptz)`,
    ),
  ) as SQL;
}

const contractorRows = (tenant: Tenant) =>
  tenantWhere(tenant, {
    agency: contractors.agencyId,
    contractor: (contractorId) => eq(contractors.id, contractorId),
    // The Compliance Hub names the contractors who worked at its facilities, and no one else.
    facility: (grants) => hasAssignment(grantedFacilityRows(assignments.agencyId, assignments.facilityId)(grants)),
  });

function filterConditions(query: ContractorQuery): (SQL | undefined)[] {
  const search = query.search ? containsPattern(query.search) : null;
  return [
    query.archived ? isNotNull(contractors.archivedAt) : isNull(contractors.archivedAt),
    query.workState ? eq(contractors.workState, query.workState) : undefined,
    query.jobCodeId
      ? hasAssignment(
          inArray(
            assignments.jobCategoryId,
            sql`(select ${jobCategories.id} from ${jobCategories} where ${jobCategories.agencyId} = ${assignments.agencyId} and ${jobCategories.jobCodeId} = ${query.jobCodeId})`,
          ),
        )
      : undefined,
    query.coverageStatuses ? (query.coverageStatuses.length > 0 ? inArray(contractors.coverageStatus, [...query.coverageStatuses]) : sql`false`) : undefined,
    // search_text is lower-cased and indexed by contractors_search_idx (pg_trgm); the pattern is lowered alike.
    search ? sql`${contractors.searchText} like lower(${search})` : undefined,
    query.optInRequestedBefore ? awaitingOptInSince(query.optInRequestedBefore) : undefined,
  ];
}

const nameKey = sql`(${contractors.lastName}, ${contractors.firstName}, ${contractors.id})`;

/**
 * The rows after the cursor in the order, as one row comparison over the columns of the order's index
 * (contractors_name_idx, _coverage_status_idx, _work_state_idx), so the index seeks to it. A missing
 * work state (NULL) sorts last going up and first going down, as the index keeps it.
 */
function afterCursor(order: ContractorOrder, cursor: ContractorCursor | null): SQL | undefined {
  if (!cursor) return undefined;
  const beyond = order.direction === 'ASC' ? sql.raw('>') : sql.raw('<');
  const cursorName = sql`${cursor.lastName}, ${cursor.firstName}, ${cursor.id}::uuid`;
  switch (order.field) {
    case 'NAME':
      return sql`${nameKey} ${beyond} (${cursorName})`;
    case 'COVERAGE_STATUS':
      return sql`(${contractors.coverageStatus}, ${contractors.lastName}, ${contractors.firstName}, ${contractors.id}) ${beyond} (${cursor.sortValue}::contractor_coverage_status, ${cursorName})`;
    case 'WORK_STATE': {
      const withState = sql`(${contractors.workState}, ${contractors.lastName}, ${contractors.firstName}, ${contractors.id}) ${beyond} (${cursor.sortValue}, ${cursorName})`;
      const amongNoState = and(isNull(contractors.workState), sql`${nameKey} ${beyond} (${cursorName})`);
      if (order.direction === 'ASC') return cursor.sortValue === null ? amongNoState : or(withState, isNull(contractors.workState));
      return cursor.sortValue === null ? or(amongNoState, isNotNull(contractors.workState)) : withState;
    }
  }
}

/**
 * The ORDER BY of an order. With a search, the names are sorted as expressions (`last_name || ''`,
 * the same order) so that PostgreSQL finds the matches through the trigram index and sorts them,
 * instead of walking the name index until enough rows match: matches cluster by name (every "Smith"
 * under S), and that walk read most of 200,000 names for a page (measured in `pnpm bench`).
 */
function orderColumns(order: ContractorOrder, searching: boolean): SQL[] {
  const by = order.direction === 'ASC' ? asc : desc;
  const text = (column: AnyPgColumn) => (searching ? sql`(${column} || '')` : column);
  const sorted = order.field === 'COVERAGE_STATUS' ? [contractors.coverageStatus] : order.field === 'WORK_STATE' ? [text(contractors.workState)] : [];
  return [...sorted, text(contractors.lastName), text(contractors.firstName), contractors.id].map((column) => by(column));
}

/** The cursor of a row in an order. */
export function cursorOf(order: ContractorOrder, row: ContractorRow): ContractorCursor {
  const sortValue = order.field === 'COVERAGE_STATUS' ? row.coverageStatus : order.field === 'WORK_STATE' ? row.workState : null;
  return { sortValue, lastName: row.lastName, firstName: row.firstName, id: row.id };
}

export class ContractorStore extends Store {
  byId(id: string): Promise<ContractorRow | null> {
    return this.loadById(this.byIdLoader, id);
  }

  private get byIdLoader() {
    return this.rowLoader('contractors.byId', contractors, 'id', contractorRows);
  }

  /** A page in the order, after a cursor; `limit + 1` rows say whether more follow. */
  async list(query: ContractorQuery, order: ContractorOrder, page: { after: ContractorCursor | null; limit: number }): Promise<ContractorRow[]> {
    const { db, tenant } = await this.open();
    const rows = await db
      .select()
      .from(contractors)
      .where(and(contractorRows(tenant), ...filterConditions(query), afterCursor(order, page.after)))
      .orderBy(...orderColumns(order, query.search !== undefined))
      .limit(page.limit + 1);
    // The page's rows answer later by-id lookups of this request.
    for (const row of rows) this.byIdLoader.prime(row.id, row);
    return rows;
  }

  /**
   * The first page of a search and how many match, from one read of the matches. A search cannot use
   * the trigram index under row-level security (`LIKE` is not leakproof, so PostgreSQL checks the
   * policy on each row before it), and a page sorted by name sorts every match anyway: counting them
   * in the same read saves a second pass over the agency (docs/benchmarks.md). The page is sorted
   * narrow (id and sort keys), and only its rows are read whole.
   */
  async firstSearchPageWithTotal(query: ContractorQuery & { search: string }, order: ContractorOrder, limit: number): Promise<{ rows: ContractorRow[]; total: number }> {
    const { db, tenant } = await this.open();
    const sorted = orderColumns(order, true);
    const page = db
      .select({ agencyId: contractors.agencyId, id: contractors.id, total: sql<number>`count(*) over ()`.as('total') })
      .from(contractors)
      .where(and(contractorRows(tenant), ...filterConditions(query)))
      .orderBy(...sorted)
      .limit(limit + 1)
      .as('page');
    const found = await db
      .select({ contractor: contractors, total: page.total })
      .from(page)
      .innerJoin(contractors, and(eq(contractors.agencyId, page.agencyId), eq(contractors.id, page.id)))
      .where(contractorRows(tenant))
      .orderBy(...sorted);
    const rows = found.map(({ contractor }) => contractor);
    for (const row of rows) this.byIdLoader.prime(row.id, row);
    return { rows, total: Number(found[0]?.total ?? 0) };
  }

  /** How many match, counting no further than `limit` (the rows past it are never read). */
  async countUpTo(query: ContractorQuery, limit: number): Promise<number> {
    const { db, tenant } = await this.open();
    const matches = db
      .select({ one: sql`1`.as('one') })
      .from(contractors)
      .where(and(contractorRows(tenant), ...filterConditions(query)))
      .limit(limit)
      .as('matches');
    const [total] = await db.select({ value: count() }).from(matches);
    return total?.value ?? 0;
  }

  /** Every contractor not archived whose email is `email` (any case), in every agency the scope reaches. */
  async activeWithEmail(email: string): Promise<ContractorRow[]> {
    const { db, tenant } = await this.open();
    return db
      .select()
      .from(contractors)
      .where(and(contractorRows(tenant), sql`lower(${contractors.email}) = ${email.toLowerCase()}`, isNull(contractors.archivedAt)))
      .orderBy(asc(contractors.agencyId), asc(contractors.id))
      .limit(20);
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
   * editing; `no key update` for a change of their assignments (one added, a status moved, their
   * coverage derived again), so archiving waits for it and it for archiving, while an assignment's
   * foreign-key check (FOR KEY SHARE) does not wait. Not `share`: a transaction holding it would
   * upgrade to `no key update` for the coverage, and two of them would each wait for the other.
   */
  async lock(contractor: { agencyId: string; id: string }, mode: 'update' | 'no key update'): Promise<ContractorRow | null> {
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

  async setCoverage(contractor: { agencyId: string; id: string }, coverage: Pick<ContractorRow, 'coverageStatus' | 'currentAssignmentId'>): Promise<void> {
    const { db, tenant } = await this.open();
    await db
      .update(contractors)
      .set(coverage)
      .where(and(contractorRows(tenant), eq(contractors.agencyId, contractor.agencyId), eq(contractors.id, contractor.id)));
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
