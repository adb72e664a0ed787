// Agencies and their settings, as the scope reaches them.
import { and, eq, inArray } from 'drizzle-orm';
import { Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import { agencies, agencySettings } from '../../db/schema.js';

export type AgencyRow = typeof agencies.$inferSelect;
export type AgencySettingsRow = typeof agencySettings.$inferSelect;
/** The settings' columns an agency's team (or the operator creating it) may set. */
export type SettingsColumns = Partial<Omit<AgencySettingsRow, 'agencyId' | 'updatedAt'>>;

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
