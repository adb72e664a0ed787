// Agencies and their settings, as the scope reaches them.
import { and, count, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import { agencies, agencySettings, contractors, teamMembers } from '../../db/schema.js';
import { isoMicroseconds } from '../../db/timestamps.js';

export type AgencyRow = typeof agencies.$inferSelect;
export type AgencySettingsRow = typeof agencySettings.$inferSelect;
/** The settings' columns an agency's team (or the operator creating it) may set. */
export type SettingsColumns = Partial<Omit<AgencySettingsRow, 'agencyId' | 'updatedAt'>>;
/** Where a page of agencies continues: after this (createdAt to the microsecond, id), newest first. */
export type AgencyCursor = [createdAt: string, id: string];
export type AgencyCounts = { agencyId: string; memberCount: number; contractorCount: number };

const agencyRows = (tenant: Tenant) =>
  tenantWhere(tenant, {
    agency: agencies.id,
    contractor: 'agency-wide',
    // A facility user sees the agencies whose facilities they were granted (by name, on their facilities).
    facility: (grants) => inArray(agencies.id, grants.map((grant) => grant.agencyId)),
  });

const settingsRows = (tenant: Tenant) => tenantWhere(tenant, { agency: agencySettings.agencyId, contractor: 'agency-wide' });

export class AgencyStore extends Store {
  byId(id: string): Promise<AgencyRow | null> {
    return this.loadById(this.byIdLoader, id);
  }

  private get byIdLoader() {
    return this.rowLoader('agencies.byId', agencies, 'id', agencyRows);
  }

  /** A page of the agencies this scope reaches, newest first; `limit + 1` rows say whether more follow. */
  async list(page: { after: AgencyCursor | null; limit: number }): Promise<(AgencyRow & { cursorAt: string })[]> {
    const { db, tenant } = await this.open();
    const after = page.after ? sql`(${agencies.createdAt}, ${agencies.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)` : undefined;
    const rows = await db
      .select({ ...getTableColumns(agencies), cursorAt: isoMicroseconds(agencies.createdAt) })
      .from(agencies)
      .where(and(agencyRows(tenant), after))
      .orderBy(desc(agencies.createdAt), desc(agencies.id))
      .limit(page.limit + 1);
    for (const row of rows) this.byIdLoader.prime(row.id, row);
    return rows;
  }

  async count(): Promise<number> {
    const { db, tenant } = await this.open();
    const [row] = await db.select({ n: count() }).from(agencies).where(agencyRows(tenant));
    return row?.n ?? 0;
  }

  /** An agency's team members (not disabled) and contractors (not archived): one statement for a page of agencies. */
  counts(agencyId: string): Promise<AgencyCounts> {
    return this.countsLoader.load(agencyId);
  }

  private get countsLoader() {
    return this.loader('agencies.counts', async (ids: readonly string[]) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .select({
          agencyId: agencies.id,
          // Written out: drizzle leaves a column in a select list's SQL unqualified, which inside these
          // subqueries would name the subquery's own table.
          memberCount: sql<number>`(select count(*)::int from ${teamMembers} m where m.agency_id = "agencies"."id" and m.status <> 'DISABLED')`,
          contractorCount: sql<number>`(select count(*)::int from ${contractors} c where c.agency_id = "agencies"."id" and c.archived_at is null)`,
        })
        .from(agencies)
        .where(and(agencyRows(tenant), inArray(agencies.id, [...ids])));
      const found = new Map(rows.map((row) => [row.agencyId, row]));
      return ids.map((agencyId) => found.get(agencyId) ?? { agencyId, memberCount: 0, contractorCount: 0 });
    });
  }

  /** An agency's settings (time zone, payer, billing email, coverage requirements): every agency has a row. */
  async settings(agencyId: string): Promise<AgencySettingsRow> {
    const settings = await this.settingsLoader.load(agencyId);
    if (!settings) throw new Error(`agency ${agencyId} has no settings in this scope`);
    return settings;
  }

  private get settingsLoader() {
    return this.rowLoader('agencies.settings', agencySettings, 'agencyId', settingsRows);
  }

  /** Makes a row joined elsewhere answer this request's settings lookups. */
  rememberSettings(settings: AgencySettingsRow): void {
    this.settingsLoader.prime(settings.agencyId, settings);
  }

  /** Locks the agency's settings row for the rest of the transaction (an edit reads the old values under it). */
  async lockSettings(agencyId: string): Promise<AgencySettingsRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(agencySettings)
      .where(and(settingsRows(tenant), eq(agencySettings.agencyId, agencyId)))
      .for('update');
    return row ?? null;
  }

  /** Writes only the given columns, so an edit of other fields that committed meanwhile stays. */
  async updateSettings(agencyId: string, changes: SettingsColumns & { updatedAt: Date }): Promise<AgencySettingsRow> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .update(agencySettings)
      .set(changes)
      .where(and(settingsRows(tenant), eq(agencySettings.agencyId, agencyId)))
      .returning();
    if (!row) throw new Error(`agency ${agencyId} has no settings in this scope`);
    return row;
  }

  async create(input: { name: string; createdAt: Date; settings: Omit<typeof agencySettings.$inferInsert, 'agencyId'> }): Promise<AgencyRow> {
    const db = await this.db();
    const [agency] = await db.insert(agencies).values({ name: input.name, createdAt: input.createdAt }).returning();
    if (!agency) throw new Error('agency insert returned nothing');
    await db.insert(agencySettings).values({ ...input.settings, agencyId: agency.id });
    return agency;
  }
}
