// Facilities and who may open them in the Compliance Hub: the grants that give a facility user a
// facility, and the facility users themselves (a platform table: one person may work with several agencies).
import { and, asc, count, eq, ilike, inArray, isNull, ne, sql } from 'drizzle-orm';
import { groupedByKeys, Store } from '../../access/store.js';
import { facilityOfOwnAssignment, grantedFacilityRows, tenantWhere, type Tenant } from '../../access/tenant.js';
import type { ActorType } from '../../access/viewer.js';
import { facilities, facilityGrants, facilityUsers } from '../../db/schema.js';
import { containsPattern } from '../../db/search.js';

export type FacilityRow = typeof facilities.$inferSelect;
export type FacilityUserRow = typeof facilityUsers.$inferSelect;
/** What an agency enters about a facility: its name, address and contact. */
export type FacilityDetailsRow = Pick<FacilityRow, 'name' | 'addressLine1' | 'city' | 'state' | 'postalCode' | 'contactEmail'>;
export type FacilityTeamRow = { facilityId: string; id: string; email: string; name: string | null; lastSignInAt: Date | null; grantedAt: Date };

/** The facilities a scope reaches. */
export const facilityRows = (tenant: Tenant) =>
  tenantWhere(tenant, {
    agency: facilities.agencyId,
    contractor: facilityOfOwnAssignment(facilities.agencyId, facilities.id),
    facility: grantedFacilityRows(facilities.agencyId, facilities.id),
  });

const grantRows = (tenant: Tenant) =>
  tenantWhere(tenant, { agency: facilityGrants.agencyId, facility: grantedFacilityRows(facilityGrants.agencyId, facilityGrants.facilityId) });

/** The grant that gives this person this facility now (not revoked). */
const activeGrant = (grant: { agencyId: string; facilityId: string; facilityUserId: string }) =>
  and(
    eq(facilityGrants.agencyId, grant.agencyId),
    eq(facilityGrants.facilityId, grant.facilityId),
    eq(facilityGrants.facilityUserId, grant.facilityUserId),
    isNull(facilityGrants.revokedAt),
  );

const teamColumns = {
  facilityId: facilityGrants.facilityId,
  id: facilityUsers.id,
  email: facilityUsers.email,
  name: facilityUsers.name,
  lastSignInAt: facilityUsers.lastSignInAt,
  grantedAt: facilityGrants.createdAt,
};

const nameContains = (search: string | null) => (search ? ilike(facilities.name, containsPattern(search)) : undefined);

export class FacilityStore extends Store {
  byId(id: string): Promise<FacilityRow | null> {
    return this.loadById(this.byIdLoader, id);
  }

  private get byIdLoader() {
    return this.rowLoader('facilities.byId', facilities, 'id', facilityRows);
  }

  /** Makes a row joined elsewhere (an assignment's facility) answer this request's by-id lookups. */
  remember(facility: FacilityRow): void {
    this.byIdLoader.prime(facility.id, facility);
  }

  /** Every facility the scope reaches (an agency's own, a facility user's granted ones), by name. */
  async list(options: { agencyId?: string } = {}): Promise<FacilityRow[]> {
    const { db, tenant } = await this.open();
    return db
      .select()
      .from(facilities)
      .where(and(facilityRows(tenant), options.agencyId ? eq(facilities.agencyId, options.agencyId) : undefined))
      .orderBy(asc(facilities.name), asc(facilities.id));
  }

  ofAgency(agencyId: string): Promise<FacilityRow[]> {
    return this.list({ agencyId });
  }

  /** A page of the facilities the scope reaches, by name, whose name contains `search`: `limit + 1` rows after the (name, id) key. */
  async page(query: { search: string | null }, page: { after: string[] | null; limit: number }): Promise<FacilityRow[]> {
    const { db, tenant } = await this.open();
    const after = page.after ? sql`(${facilities.name}, ${facilities.id}) > (${page.after[0]}, ${page.after[1]}::uuid)` : undefined;
    return db
      .select()
      .from(facilities)
      .where(and(facilityRows(tenant), nameContains(query.search), after))
      .orderBy(asc(facilities.name), asc(facilities.id))
      .limit(page.limit + 1);
  }

  async count(query: { search: string | null }): Promise<number> {
    const { db, tenant } = await this.open();
    const [row] = await db.select({ n: count() }).from(facilities).where(and(facilityRows(tenant), nameContains(query.search)));
    return row?.n ?? 0;
  }

  async setBulkDownload(facility: { agencyId: string; id: string }, enabled: boolean): Promise<FacilityRow | null> {
    const { db, tenant } = await this.open();
    const [updated] = await db
      .update(facilities)
      .set({ bulkDownloadEnabled: enabled })
      .where(and(facilityRows(tenant), eq(facilities.agencyId, facility.agencyId), eq(facilities.id, facility.id)))
      .returning();
    return updated ?? null;
  }

  /** The people with access to a facility now, by email; the facilities of one page in one statement. */
  team(facility: { agencyId: string; id: string }): Promise<FacilityTeamRow[]> {
    return this.teamLoader.load(facility.id);
  }

  private get teamLoader() {
    return this.loader<string, FacilityTeamRow[]>('facilities.team', async (facilityIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .select(teamColumns)
        .from(facilityGrants)
        .innerJoin(facilityUsers, eq(facilityUsers.id, facilityGrants.facilityUserId))
        .where(and(grantRows(tenant), inArray(facilityGrants.facilityId, [...facilityIds]), isNull(facilityGrants.revokedAt)))
        .orderBy(asc(sql`lower(${facilityUsers.email})`));
      return groupedByKeys(facilityIds, rows, (row) => row.facilityId);
    });
  }

  /** A page of the people with access to a facility now, by email: `limit + 1` after the (email, id) key. */
  async teamPage(facility: { agencyId: string; id: string }, page: { after: string[] | null; limit: number }): Promise<FacilityTeamRow[]> {
    const { db, tenant } = await this.open();
    const email = sql<string>`lower(${facilityUsers.email})`;
    const after = page.after ? sql`(${email}, ${facilityUsers.id}) > (${page.after[0]}, ${page.after[1]}::uuid)` : undefined;
    return db
      .select(teamColumns)
      .from(facilityGrants)
      .innerJoin(facilityUsers, eq(facilityUsers.id, facilityGrants.facilityUserId))
      .where(and(grantRows(tenant), eq(facilityGrants.agencyId, facility.agencyId), eq(facilityGrants.facilityId, facility.id), isNull(facilityGrants.revokedAt), after))
      .orderBy(asc(email), asc(facilityUsers.id))
      .limit(page.limit + 1);
  }

  async teamCount(facility: { agencyId: string; id: string }): Promise<number> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({ n: count() })
      .from(facilityGrants)
      .where(and(grantRows(tenant), eq(facilityGrants.agencyId, facility.agencyId), eq(facilityGrants.facilityId, facility.id), isNull(facilityGrants.revokedAt)));
    return row?.n ?? 0;
  }

  /**
   * Serialises, until the transaction ends, the writers of one name (in any case) in one agency: the
   * second of two racing creates or renames then sees the first one's facility. The unique index
   * compares exact names only, so it alone would let "Mercy" and "MERCY" both in.
   */
  async lockName(agencyId: string, name: string): Promise<void> {
    const db = await this.db();
    await db.execute(sql`select pg_advisory_xact_lock(hashtext('coverline:facility-name'), hashtext(${`${agencyId}:${name.toLowerCase()}`}))`);
  }

  /** The agency's facility with this name, whatever its case. */
  async byName(agencyId: string, name: string, except?: { id: string }): Promise<FacilityRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(facilities)
      .where(and(facilityRows(tenant), eq(facilities.agencyId, agencyId), sql`lower(${facilities.name}) = ${name.toLowerCase()}`, except ? ne(facilities.id, except.id) : undefined))
      .limit(1);
    return row ?? null;
  }

  async create(values: { agencyId: string; createdAt: Date } & FacilityDetailsRow): Promise<FacilityRow> {
    const db = await this.db();
    const [row] = await db.insert(facilities).values(values).returning();
    if (!row) throw new Error('facility insert returned nothing');
    return row;
  }

  /** Locks the facility for an edit, so two racing edits of it apply one after the other; null when the scope does not reach it. */
  async lock(facility: { agencyId: string; id: string }): Promise<FacilityRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(facilities)
      .where(and(facilityRows(tenant), eq(facilities.agencyId, facility.agencyId), eq(facilities.id, facility.id)))
      .for('update');
    return row ?? null;
  }

  async update(facility: { agencyId: string; id: string }, changes: Partial<FacilityDetailsRow>): Promise<FacilityRow> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .update(facilities)
      .set(changes)
      .where(and(facilityRows(tenant), eq(facilities.agencyId, facility.agencyId), eq(facilities.id, facility.id)))
      .returning();
    if (!row) throw new Error(`facility ${facility.id} is not in this scope`);
    return row;
  }

  /** The facility user with this email, created when there is none yet. */
  async userByEmail(email: string): Promise<FacilityUserRow> {
    const db = await this.db();
    await db.execute(sql`insert into facility_users (email) values (${email}) on conflict ((lower(email))) do nothing`);
    const [user] = await db.select().from(facilityUsers).where(sql`lower(${facilityUsers.email}) = ${email.toLowerCase()}`);
    if (!user) throw new Error('facility user upsert returned nothing');
    return user;
  }

  /** Gives access (or gives back access that was revoked); access they already have is left as it is. */
  async grant(facility: { agencyId: string; id: string }, facilityUserId: string, by: { type: ActorType; id: string | null; at: Date }): Promise<void> {
    const db = await this.db();
    await db
      .insert(facilityGrants)
      .values({ agencyId: facility.agencyId, facilityId: facility.id, facilityUserId, grantedByType: by.type, grantedById: by.id, createdAt: by.at })
      .onConflictDoUpdate({
        target: [facilityGrants.agencyId, facilityGrants.facilityId, facilityGrants.facilityUserId],
        set: { revokedAt: null, grantedByType: by.type, grantedById: by.id },
      });
  }

  /** Takes one facility away from a person; false when they had no access to it. */
  async revoke(facility: { agencyId: string; id: string }, facilityUserId: string, at: Date): Promise<boolean> {
    const { db, tenant } = await this.open();
    const revoked = await db
      .update(facilityGrants)
      .set({ revokedAt: at })
      .where(and(grantRows(tenant), activeGrant({ agencyId: facility.agencyId, facilityId: facility.id, facilityUserId })))
      .returning({ facilityUserId: facilityGrants.facilityUserId });
    return revoked.length > 0;
  }

  /** The facility user with this email if they still have a facility (the magic-link job: system scope). */
  async userWithAccess(email: string): Promise<{ id: string; email: string } | null> {
    const { db, tenant } = await this.open();
    const [user] = await db
      .select({ id: facilityUsers.id, email: facilityUsers.email })
      .from(facilityUsers)
      .innerJoin(facilityGrants, and(eq(facilityGrants.facilityUserId, facilityUsers.id), isNull(facilityGrants.revokedAt)))
      .where(and(grantRows(tenant), sql`lower(${facilityUsers.email}) = ${email.toLowerCase()}`))
      .limit(1);
    return user ?? null;
  }
}
