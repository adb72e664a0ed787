// The platform's other tenants: agencies up to `total`, each with its settings, a facility, ten
// contractors and an assignment each, made by generate_series, so that every tenant-scoped index and
// row-level security policy measured above sorts one tenant out of a thousand, as in production.
import { sql } from 'drizzle-orm';
import type { Executor } from '../src/db/client.js';

/** Answers the milliseconds the seeding took. */
export async function seedOtherAgencies(db: Executor, total: number, record: (name: string, value: string) => void): Promise<number> {
  const start = performance.now();
  const [{ existing } = { existing: 0 }] = await db.execute<{ existing: number }>(sql`select count(*)::int as existing from agencies`);
  const added = Math.max(0, total - existing);
  await db.execute(sql`
    with added as (insert into agencies (name) select 'Tenant Staffing ' || g from generate_series(1, ${added}) g returning id),
         settings as (insert into agency_settings (agency_id) select id from added)
    insert into facilities (agency_id, name, city, state) select id, 'Tenant Clinic', 'Dayton', 'OH' from added`);
  const tenants = sql`(select id from agencies where name like 'Tenant Staffing %')`;
  await db.execute(sql`
    insert into job_categories (agency_id, job_code_id, coverage_types, work_state, status)
    select t.id, (select id from job_codes order by code limit 1), '{GENERAL_LIABILITY}', 'OH', 'APPROVED' from ${tenants} t`);
  await db.execute(sql`
    insert into contractors (agency_id, first_name, last_name, email, work_state, external_id)
    select t.id, 'Tenant', 'Contractor ' || k, 'tenant' || k || '@tenant.test', 'OH', 'T-' || k from ${tenants} t cross join generate_series(1, 10) k`);
  await db.execute(sql`
    insert into assignments (agency_id, contractor_id, job_category_id, facility_id, client_entity, job_name, description, effective_date, end_date, wage_cents, premium_cents, payer, status, created_by_type)
    select c.agency_id, c.id, j.id, f.id, 'Tenant Client', 'Tenant job', 'An assignment of another tenant.', current_date - 30, current_date + 30, 100000, 2500, 'AGENCY', 'ENDED', 'SYSTEM'
    from contractors c join job_categories j on j.agency_id = c.agency_id join facilities f on f.agency_id = c.agency_id
    where c.agency_id in ${tenants}`);
  await db.execute(sql`analyze agencies; analyze contractors; analyze assignments`);
  const ms = performance.now() - start;
  record(`other tenants: seeded ${added.toLocaleString('en-US')} agencies (10 contractors and assignments each)`, `${(ms / 1000).toFixed(1)} s`);
  return ms;
}
