// The writes of a bulk import: the agency's import lock, and contractors upserted many rows per
// statement (one JSON parameter per batch), matched by external id, or by email when a row has none.
import { sql } from 'drizzle-orm';
import { Store } from '../../access/store.js';
import { tenantWhere } from '../../access/tenant.js';
import { contractors } from '../../db/schema.js';
import type { ImportedContractor } from '@coverline/domain';

/** One contractor written: the import key of their row (external id, or lower-cased email) and whether they are new. */
export type WrittenContractor = { id: string; key: string; created: boolean };

// ~1 MB of JSON per statement: big enough that the round trips do not count, small enough to stream.
const BATCH_ROWS = 5_000;

// The rows of a batch as a relation, typed as the contractors table's columns (json, not jsonb: it is read once, and parses in half the time).
const batchRows = (rows: readonly ImportedContractor[]) => sql`json_to_recordset(${JSON.stringify(rows)}::json) as r(
  "firstName" text, "lastName" text, email text, phone text, "addressLine1" text, city text, state text, "postalCode" text, "workState" text, "externalId" text)`;

const INSERTED_COLUMNS = sql.raw('agency_id, first_name, last_name, email, phone, address_line1, city, state, postal_code, work_state, external_id, created_at, updated_at');
const insertedValues = (agencyId: string, now: Date) =>
  sql`${agencyId}::uuid, r."firstName", r."lastName", r.email, r.phone, r."addressLine1", r.city, r.state, r."postalCode", r."workState", r."externalId", ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz`;

/** The longest one statement of an import may run. */
const IMPORT_STATEMENT_TIMEOUT = '120s';

export class ContractorImportStore extends Store {
  /**
   * Holds the agency's import lock until the transaction ends (two imports of one agency run one after
   * the other), and gives the import's statements longer than a request's: a 20 MB file is one transaction.
   */
  async lockAgency(agencyId: string): Promise<void> {
    const db = await this.db();
    await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`contractor-import:${agencyId}`}, 0)), set_config('statement_timeout', ${IMPORT_STATEMENT_TIMEOUT}, true)`);
  }

  /** The contractors already there that `rows` name, as `upsert` matches them: their ids by import key (see WrittenContractor). */
  async existing(agencyId: string, rows: readonly ImportedContractor[]): Promise<Map<string, string>> {
    const { db, tenant } = await this.open();
    const externalIds = rows.flatMap((row) => (row.externalId !== null ? [row.externalId] : []));
    const emails = rows.flatMap((row) => (row.externalId === null ? [row.email.toLowerCase()] : []));
    const found = await db.execute<{ key: string; id: string }>(sql`
      (select 'external_id:' || external_id as key, id from ${contractors}
      where ${tenantWhere(tenant, { agency: contractors.agencyId })} and ${contractors.agencyId} = ${agencyId} and external_id = any(${sql.param(externalIds)}::text[]))
      union all
      (select distinct on (lower(email)) 'email:' || lower(email), id from ${contractors}
      where ${tenantWhere(tenant, { agency: contractors.agencyId })} and ${contractors.agencyId} = ${agencyId} and lower(email) = any(${sql.param(emails)}::text[])
      order by lower(email), external_id is not null, created_at, id)`);
    return new Map(found.map((row) => [row.key, row.id]));
  }

  /**
   * Adds the contractors who are new and updates those already there (names and email from the file;
   * an empty optional cell keeps what the contractor has). Each key appears once in `rows`. Answers the
   * rows written: one already there that the file does not change is left alone and not among them.
   */
  async upsert(agencyId: string, rows: readonly ImportedContractor[], now: Date): Promise<WrittenContractor[]> {
    const written: WrittenContractor[] = [];
    const withExternalId = rows.filter((row) => row.externalId !== null);
    const byEmail = rows.filter((row) => row.externalId === null);
    for (let start = 0; start < withExternalId.length; start += BATCH_ROWS) written.push(...(await this.#upsertByExternalId(agencyId, withExternalId.slice(start, start + BATCH_ROWS), now)));
    for (let start = 0; start < byEmail.length; start += BATCH_ROWS) written.push(...(await this.#upsertByEmail(agencyId, byEmail.slice(start, start + BATCH_ROWS), now)));
    return written;
  }

  async #upsertByExternalId(agencyId: string, rows: readonly ImportedContractor[], now: Date): Promise<WrittenContractor[]> {
    const db = await this.db();
    return db.execute<WrittenContractor>(sql`
      insert into ${contractors} (${INSERTED_COLUMNS})
      select ${insertedValues(agencyId, now)} from ${batchRows(rows)}
      on conflict (agency_id, external_id) do update set
        first_name = excluded.first_name, last_name = excluded.last_name, email = excluded.email,
        phone = coalesce(excluded.phone, contractors.phone), address_line1 = coalesce(excluded.address_line1, contractors.address_line1),
        city = coalesce(excluded.city, contractors.city), state = coalesce(excluded.state, contractors.state),
        postal_code = coalesce(excluded.postal_code, contractors.postal_code), work_state = coalesce(excluded.work_state, contractors.work_state),
        updated_at = excluded.updated_at
      -- A row that changes nothing is not rewritten (nor its seven index entries): a re-import of the same file costs reads.
      where (contractors.first_name, contractors.last_name, contractors.email) is distinct from (excluded.first_name, excluded.last_name, excluded.email)
        or (coalesce(excluded.phone, contractors.phone), coalesce(excluded.address_line1, contractors.address_line1), coalesce(excluded.city, contractors.city),
            coalesce(excluded.state, contractors.state), coalesce(excluded.postal_code, contractors.postal_code), coalesce(excluded.work_state, contractors.work_state))
          is distinct from (contractors.phone, contractors.address_line1, contractors.city, contractors.state, contractors.postal_code, contractors.work_state)
      returning id, 'external_id:' || external_id as key, xmax = 0 as created`);
  }

  async #upsertByEmail(agencyId: string, rows: readonly ImportedContractor[], now: Date): Promise<WrittenContractor[]> {
    const { db, tenant } = await this.open();
    // An email may belong to more than one contractor: the row updates the oldest without an external id, else the oldest.
    return db.execute<WrittenContractor>(sql`
      with r as (select * from ${batchRows(rows)}),
      matched as (
        select distinct on (lower(email)) id, lower(email) as email_key from ${contractors}
        where ${tenantWhere(tenant, { agency: contractors.agencyId })} and ${contractors.agencyId} = ${agencyId}
          and lower(email) in (select lower(email) from r)
        order by lower(email), external_id is not null, created_at, id
      ),
      updated as (
        update ${contractors} set
          first_name = r."firstName", last_name = r."lastName",
          phone = coalesce(r.phone, contractors.phone), address_line1 = coalesce(r."addressLine1", contractors.address_line1),
          city = coalesce(r.city, contractors.city), state = coalesce(r.state, contractors.state),
          postal_code = coalesce(r."postalCode", contractors.postal_code), work_state = coalesce(r."workState", contractors.work_state),
          updated_at = ${now.toISOString()}::timestamptz
        from r join matched on matched.email_key = lower(r.email)
        where ${contractors.agencyId} = ${agencyId} and ${contractors.id} = matched.id
          and ((contractors.first_name, contractors.last_name) is distinct from (r."firstName", r."lastName")
            or (coalesce(r.phone, contractors.phone), coalesce(r."addressLine1", contractors.address_line1), coalesce(r.city, contractors.city),
                coalesce(r.state, contractors.state), coalesce(r."postalCode", contractors.postal_code), coalesce(r."workState", contractors.work_state))
              is distinct from (contractors.phone, contractors.address_line1, contractors.city, contractors.state, contractors.postal_code, contractors.work_state))
        returning contractors.id, 'email:' || lower(contractors.email) as key, false as created
      ),
      inserted as (
        insert into ${contractors} (${INSERTED_COLUMNS})
        select ${insertedValues(agencyId, now)} from r where lower(r.email) not in (select email_key from matched)
        returning id, 'email:' || lower(email) as key, true as created
      )
      select * from updated union all select * from inserted`);
  }
}
