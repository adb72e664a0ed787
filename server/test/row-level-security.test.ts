// Row-level security, the second wall: with none of the stores' predicates, straight SQL on a
// connection of the application's role, set to one scope the way the application sets it, reaches no
// row of another tenant in any tenant table. Two agencies hold a row in every tenant table; each scope
// must see none of the other's, only what its rule allows of its own, and all of that.
import { sql as drizzleSql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationDatabaseUrl, applicationRole } from '../src/db/application-role.js';
import { NO_SETTINGS, settingsStatement, type ScopeSettings } from '../src/db/scoped-database.js';
import { DEVELOPMENT_SECRET_KEY } from '../src/config.js';
import {
  auditReconciliations,
  invoiceLines,
  invoiceRuns,
  invoices,
  optInReminders,
  optIns,
  purchaseOrders,
  webhookDeliveries,
  webhookDeliveryAttempts,
  webhookEndpoints,
  webhookEvents,
} from '../src/db/schema.js';
import { PgDialect } from 'drizzle-orm/pg-core';
import { DISTRIBUTED } from './support/table-kinds.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  addCard,
  approvedJobCategory,
  coveredAssignment,
  createAgency,
  createContractor,
  createFacility,
  createFacilityUser,
  createMasterPolicies,
  createTeamMember,
  dayFromToday,
  scheduledCharge,
  type ContractorFixture,
  type FacilityFixture,
} from './factories/index.js';

type Tenant = {
  agencyId: string;
  contractor: ContractorFixture;
  otherContractor: ContractorFixture;
  facility: FacilityFixture;
  otherFacility: FacilityFixture;
  facilityUserId: string;
};

let server: TestServer;
let app: postgres.Sql;
const tenantTables = Object.keys(DISTRIBUTED);
const tenants: Tenant[] = [];

/** Fills every tenant table with rows of one agency: two contractors, two facilities, one of them granted. */
async function fillTenant(name: string): Promise<Tenant> {
  const agency = await createAgency(server, { name, billingEmail: `billing@${name.toLowerCase().replace(/\W/g, '')}.test` });
  await createTeamMember(server, agency);
  const facility = await createFacility(server, agency, { name: `${name} General` });
  const otherFacility = await createFacility(server, agency, { name: `${name} West` });
  const facilityUser = await createFacilityUser(server, [facility]);
  const category = await approvedJobCategory(server, agency);
  const contractor = await createContractor(server, agency);
  const otherContractor = await createContractor(server, agency);
  for (const [who, where] of [[contractor, facility], [otherContractor, otherFacility], [otherContractor, facility]] as const) {
    await coveredAssignment(server, { agencyId: agency.id, contractorId: who.id, jobCategoryId: category.id, facilityId: where.id, effectiveDate: dayFromToday(server, 5), endDate: dayFromToday(server, 8) });
  }
  const payAgency = { agency, category };
  for (const who of [contractor, otherContractor]) await addCard(server, who);
  // A charge of the contractor each scope is tried as, and one of a contractor of their agency.
  await scheduledCharge(server, payAgency, { contractor, token: null });
  const paid = await scheduledCharge(server, payAgency);
  const db = server.db;
  const optInRows = await db.insert(optIns).values([contractor, otherContractor, paid.contractor].map((who) => ({ agencyId: agency.id, contractorId: who.id, payer: 'AGENCY' as const }))).returning();
  await db.insert(optInReminders).values(optInRows.map((row) => ({ agencyId: agency.id, contractorId: row.contractorId, optInId: row.id, kind: 'MANUAL' as const, sentByType: 'SYSTEM' as const, sentAt: new Date() })));
  await db.insert(invoiceRuns).values({ agencyId: agency.id, periodStart: dayFromToday(server, 0), periodEnd: dayFromToday(server, 30) });
  const [order] = await db.insert(purchaseOrders).values({ agencyId: agency.id, number: `PO-${name}` }).returning();
  const [invoice] = await db.insert(invoices).values({ agencyId: agency.id, purchaseOrderId: order!.id, number: `INV-${name}`, periodStart: dayFromToday(server, 0), periodEnd: dayFromToday(server, 30), totalCents: 4_250 }).returning();
  await db.insert(invoiceLines).values({ agencyId: agency.id, invoiceId: invoice!.id, assignmentId: paid.assignment.id, amountCents: 4_250 });
  for (const where of [facility, otherFacility]) {
    await db.insert(auditReconciliations).values({ agencyId: agency.id, facilityId: where.id, fileName: 'payments.csv', result: { rows: [], totals: [] } });
  }
  const [endpoint] = await db.insert(webhookEndpoints).values({ agencyId: agency.id, url: 'https://example.test/hooks', events: ['policy.active'], secret: `whsec_${name}` }).returning();
  const [event] = await db.insert(webhookEvents).values({ agencyId: agency.id, type: 'policy.active', data: { id: paid.assignment.id } }).returning();
  const [delivery] = await db.insert(webhookDeliveries).values({ agencyId: agency.id, endpointId: endpoint!.id, eventId: event!.id }).returning();
  await db.insert(webhookDeliveryAttempts).values({ agencyId: agency.id, deliveryId: delivery!.id, attemptedAt: new Date(), statusCode: 500, latencyMs: 12 });
  return { agencyId: agency.id, contractor, otherContractor, facility, otherFacility, facilityUserId: facilityUser.id };
}

beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  await createMasterPolicies(server);
  tenants.push(await fillTenant('Acme'), await fillTenant('Globex'));
  // The application's own role, with the password the migrations gave it: what the server logs in as.
  app = postgres(applicationDatabaseUrl(server.databaseUrl, applicationRole(DEVELOPMENT_SECRET_KEY)), { max: 1, onnotice: () => {} });
}, 180_000);

afterAll(async () => {
  await app?.end();
  await server?.stop();
});

const dialect = new PgDialect();

/** Sets the connection to a scope with the application's own statement. */
async function enter(settings: ScopeSettings): Promise<void> {
  const query = dialect.sqlToQuery(settingsStatement(settings, false));
  await app.unsafe(query.sql, query.params as never[]);
}

async function count(table: string, where = 'true'): Promise<number> {
  const [row] = await app.unsafe<{ n: number }[]>(`select count(*)::int as n from ${table} where ${where}`);
  return row?.n ?? -1;
}

async function ownerCount(table: string, where: string): Promise<number> {
  const [row] = await server.db.execute<{ n: number }>(drizzleSql.raw(`select count(*)::int as n from ${table} where ${where}`));
  return row?.n ?? -1;
}

const agencyColumn = (table: string) => DISTRIBUTED[table] ?? 'agency_id';
const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

describe('row-level security', () => {
  it('is enabled and forced on every tenant table, and the application logs in as a role that owns nothing and bypasses nothing', async () => {
    expect(tenantTables).toHaveLength(23);
    const tables = await server.db.execute<{ table: string; enabled: boolean; forced: boolean }>(drizzleSql`
      select relname::text as table, relrowsecurity as enabled, relforcerowsecurity as forced from pg_class
      where relnamespace = 'public'::regnamespace and relname = any (${`{${tenantTables.join(',')}}`}::text[])`);
    expect(tables.map((table) => table.table).sort()).toEqual([...tenantTables].sort());
    expect(tables.filter((table) => !table.enabled || !table.forced).map((table) => table.table)).toEqual([]);
    const [role] = await app<{ user: string; superuser: boolean; bypass: boolean; owned: number }[]>`
      select current_user as user, rolsuper as superuser, rolbypassrls as bypass,
        (select count(*)::int from pg_class where relowner = (select oid from pg_roles where rolname = current_user)) as owned
      from pg_roles where rolname = current_user`;
    expect(role).toEqual({ user: applicationRole(DEVELOPMENT_SECRET_KEY).name, superuser: false, bypass: false, owned: 0 });
  });

  it('gives both agencies rows in every tenant table (so that what follows proves something)', async () => {
    for (const table of tenantTables) {
      for (const tenant of tenants) expect(await ownerCount(table, `${agencyColumn(table)} = ${quote(tenant.agencyId)}`), `${table} of ${tenant.agencyId}`).toBeGreaterThan(0);
    }
  });

  it('shows a connection without a scope no tenant row at all', async () => {
    await enter(NO_SETTINGS);
    for (const table of tenantTables) expect(await count(table), table).toBe(0);
  });

  it("shows an agency scope every row of its agency and none of the other's, in every tenant table", async () => {
    for (const mine of tenants) {
      await enter({ ...NO_SETTINGS, scope: 'agency', agencyId: mine.agencyId });
      for (const table of tenantTables) {
        expect(await count(table, `${agencyColumn(table)} <> ${quote(mine.agencyId)}`), `foreign rows of ${table}`).toBe(0);
        expect(await count(table), `own rows of ${table}`).toBe(await ownerCount(table, `${agencyColumn(table)} = ${quote(mine.agencyId)}`));
      }
    }
  });

  it("refuses an agency scope's write into another agency", async () => {
    const [mine, theirs] = tenants;
    await enter({ ...NO_SETTINGS, scope: 'agency', agencyId: mine!.agencyId });
    await expect(app`insert into contractors (agency_id, first_name, last_name, email) values (${theirs!.agencyId}, 'Eve', 'Intruder', 'eve@example.com')`).rejects.toThrow(/row-level security/);
    expect(await app`update assignments set job_name = 'Taken' where agency_id = ${theirs!.agencyId} returning id`).toHaveLength(0);
  });

  it('shows a contractor only their own rows and the few their agency shares with them', async () => {
    const [tenant] = tenants;
    const me = tenant!.contractor.id;
    await enter({ ...NO_SETTINGS, scope: 'contractor', agencyId: tenant!.agencyId, contractorId: me });
    const mine = `(select id from assignments where contractor_id = ${quote(me)})`;
    // What is theirs, table by table; a table absent here is closed to a contractor.
    const own: Record<string, string> = {
      agencies: `id = ${quote(tenant!.agencyId)}`,
      agency_settings: 'true',
      team_members: 'true',
      facilities: 'true',
      job_categories: 'true',
      contractors: `id = ${quote(me)}`,
      payment_methods: `contractor_id = ${quote(me)}`,
      opt_ins: `contractor_id = ${quote(me)}`,
      assignments: `contractor_id = ${quote(me)}`,
      assignment_status_changes: `assignment_id in ${mine}`,
      charges: `assignment_id in ${mine}`,
      certificates: `contractor_id = ${quote(me)}`,
    };
    for (const table of tenantTables) {
      const rule = own[table];
      if (!rule) {
        expect(await count(table), `${table} is closed to contractors`).toBe(0);
        continue;
      }
      expect(await ownerCount(table, `${agencyColumn(table)} = ${quote(tenant!.agencyId)} and (${rule})`), `the contractor has rows in ${table}`).toBeGreaterThan(0);
      expect(await count(table, `${agencyColumn(table)} <> ${quote(tenant!.agencyId)} or not (${rule})`), `foreign rows of ${table}`).toBe(0);
      expect(await count(table), `own rows of ${table}`).toBe(await ownerCount(table, `${agencyColumn(table)} = ${quote(tenant!.agencyId)} and (${rule})`));
    }
  });

  it("shows a facility user only what their grants lead to: their facility's rows, and the contractors who worked there", async () => {
    const [tenant] = tenants;
    const granted = tenant!.facility.id;
    await enter({ ...NO_SETTINGS, scope: 'facility', facilityUserId: tenant!.facilityUserId, facilityIds: [granted], facilityAgencyIds: [tenant!.agencyId] });
    const here = `facility_id = ${quote(granted)}`;
    const own: Record<string, string> = {
      agencies: `id = ${quote(tenant!.agencyId)}`,
      facilities: `id = ${quote(granted)}`,
      facility_grants: here,
      contractors: `id in (select contractor_id from assignments where ${here})`,
      assignments: here,
      certificates: here,
      audit_reconciliations: here,
    };
    for (const table of tenantTables) {
      const rule = own[table];
      if (!rule) {
        expect(await count(table), `${table} is closed to facility users`).toBe(0);
        continue;
      }
      expect(await ownerCount(table, `${agencyColumn(table)} = ${quote(tenant!.agencyId)} and (${rule})`), `the facility has rows in ${table}`).toBeGreaterThan(0);
      expect(await count(table, `${agencyColumn(table)} <> ${quote(tenant!.agencyId)} or not (${rule})`), `foreign rows of ${table}`).toBe(0);
      expect(await count(table), `own rows of ${table}`).toBe(await ownerCount(table, `${agencyColumn(table)} = ${quote(tenant!.agencyId)} and (${rule})`));
    }
    // The other contractor worked at the granted facility too; a contractor who never did is not shown.
    expect(await count('contractors', `id = ${quote(tenant!.otherContractor.id)}`)).toBe(1);
    expect(await count('contractors')).toBe(2);
  });

  it("refuses a facility user's grant of a facility they were not granted", async () => {
    const [tenant] = tenants;
    await enter({ ...NO_SETTINGS, scope: 'facility', facilityUserId: tenant!.facilityUserId, facilityIds: [tenant!.facility.id], facilityAgencyIds: [tenant!.agencyId] });
    await expect(
      app`insert into facility_grants (agency_id, facility_id, facility_user_id, granted_by_type) values (${tenant!.agencyId}, ${tenant!.otherFacility.id}, ${tenant!.facilityUserId}, 'FACILITY_USER')`,
    ).rejects.toThrow(/row-level security/);
  });

  it('shows the platform (operator, system jobs) every row', async () => {
    await enter({ ...NO_SETTINGS, scope: 'platform' });
    for (const table of tenantTables) expect(await count(table), table).toBe(await ownerCount(table, 'true'));
  });
});
