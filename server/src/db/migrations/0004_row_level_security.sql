-- Row-level security: the second wall behind the stores. Every tenant table is readable and
-- writable only within the scope the transaction (or the request's connection) has set:
--   app.scope               agency | contractor | facility | operator | system | '' (nothing)
--   app.agency_id           the agency of an agency or contractor scope
--   app.contractor_id       the contractor of a contractor scope
--   app.facility_user_id    the facility user of a facility scope (enough to read their own grants)
--   app.facility_ids, app.facility_agency_ids   the facilities (and their agencies) those grants name
-- RLS is FORCED, so the tables' owner is held to the same rules (superusers are not: PostgreSQL
-- exempts them). The application connects as coverline_app, which owns nothing (db/application-role.ts).
CREATE FUNCTION coverline_scope() RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.scope', true), '') $$;--> statement-breakpoint
CREATE FUNCTION coverline_agency_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.agency_id', true), '')::uuid $$;--> statement-breakpoint
CREATE FUNCTION coverline_contractor_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.contractor_id', true), '')::uuid $$;--> statement-breakpoint
CREATE FUNCTION coverline_facility_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.facility_user_id', true), '')::uuid $$;--> statement-breakpoint
CREATE FUNCTION coverline_facility_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$ SELECT coalesce(string_to_array(nullif(current_setting('app.facility_ids', true), ''), ',')::uuid[], '{}') $$;--> statement-breakpoint
CREATE FUNCTION coverline_facility_agency_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$ SELECT coalesce(string_to_array(nullif(current_setting('app.facility_agency_ids', true), ''), ',')::uuid[], '{}') $$;--> statement-breakpoint
-- Two policies a table: what the scope may read, and what it may write (a subset of what it reads).
-- Each setting is read through a scalar subquery, so PostgreSQL evaluates it once per statement.
-- `sees` is what a contractor or a facility scope may reach; an agency scope reaches its agency's rows,
-- the operator and the system every row.
CREATE FUNCTION pg_temp.coverline_tenant_policies(
  tbl text, agency_column text,
  contractor_reads text, contractor_writes text,
  facility_reads text, facility_writes text
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  everyone text := '(SELECT coverline_scope()) IN (''system'', ''operator'')';
  own_agency text := format('%I = (SELECT coverline_agency_id())', agency_column);
  reads text := format('%s OR ((SELECT coverline_scope()) = ''agency'' AND %s) OR ((SELECT coverline_scope()) = ''contractor'' AND %s AND (%s)) OR ((SELECT coverline_scope()) = ''facility'' AND (%s))',
    everyone, own_agency, own_agency, contractor_reads, facility_reads);
  writes text := format('%s OR ((SELECT coverline_scope()) = ''agency'' AND %s) OR ((SELECT coverline_scope()) = ''contractor'' AND %s AND (%s)) OR ((SELECT coverline_scope()) = ''facility'' AND (%s))',
    everyone, own_agency, own_agency, contractor_writes, facility_writes);
BEGIN
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (%s)', tbl || '_scope_reads', tbl, reads);
  EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (%s) WITH CHECK (%s)', tbl || '_scope_writes', tbl, writes, writes);
END $$;--> statement-breakpoint
SELECT pg_temp.coverline_tenant_policies(t.tbl, t.agency_column, t.contractor_reads, t.contractor_writes, t.facility_reads, t.facility_writes)
FROM (VALUES
  ('agencies', 'id', 'true', 'false', 'id = ANY ((SELECT coverline_facility_agency_ids())::uuid[])', 'false'),
  ('agency_settings', 'agency_id', 'true', 'false', 'false', 'false'),
  -- A contractor's notices go to the agency's billing email or, without one, to its team.
  ('team_members', 'agency_id', 'true', 'false', 'false', 'false'),
  ('facilities', 'agency_id', 'true', 'false',
    'agency_id = ANY ((SELECT coverline_facility_agency_ids())::uuid[]) AND id = ANY ((SELECT coverline_facility_ids())::uuid[])', 'false'),
  -- A facility user reads their own grants (which is how the facility scope is set up) and everyone's
  -- grants to their facilities (the team page), and grants or revokes access only to those facilities.
  ('facility_grants', 'agency_id', 'false', 'false',
    'facility_user_id = (SELECT coverline_facility_user_id()) OR (agency_id = ANY ((SELECT coverline_facility_agency_ids())::uuid[]) AND facility_id = ANY ((SELECT coverline_facility_ids())::uuid[]))',
    'agency_id = ANY ((SELECT coverline_facility_agency_ids())::uuid[]) AND facility_id = ANY ((SELECT coverline_facility_ids())::uuid[])'),
  ('job_categories', 'agency_id', 'true', 'false', 'false', 'false'),
  -- The Compliance Hub names the contractors who worked at its facilities, and no one else.
  ('contractors', 'agency_id', 'id = (SELECT coverline_contractor_id())', 'id = (SELECT coverline_contractor_id())',
    'EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = contractors.agency_id AND a.contractor_id = contractors.id)', 'false'),
  ('payment_methods', 'agency_id', 'contractor_id = (SELECT coverline_contractor_id())', 'contractor_id = (SELECT coverline_contractor_id())', 'false', 'false'),
  ('purchase_orders', 'agency_id', 'false', 'false', 'false', 'false'),
  ('opt_ins', 'agency_id', 'contractor_id = (SELECT coverline_contractor_id())', 'contractor_id = (SELECT coverline_contractor_id())', 'false', 'false'),
  ('assignments', 'agency_id', 'contractor_id = (SELECT coverline_contractor_id())', 'contractor_id = (SELECT coverline_contractor_id())',
    'agency_id = ANY ((SELECT coverline_facility_agency_ids())::uuid[]) AND facility_id = ANY ((SELECT coverline_facility_ids())::uuid[])', 'false'),
  -- Rows that belong to an assignment follow it (the subquery is itself held to the assignments' policy).
  ('assignment_status_changes', 'agency_id',
    'EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = assignment_status_changes.agency_id AND a.id = assignment_status_changes.assignment_id)',
    'EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = assignment_status_changes.agency_id AND a.id = assignment_status_changes.assignment_id)', 'false', 'false'),
  ('charges', 'agency_id',
    'EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = charges.agency_id AND a.id = charges.assignment_id)',
    'EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = charges.agency_id AND a.id = charges.assignment_id)', 'false', 'false'),
  ('certificates', 'agency_id', 'contractor_id = (SELECT coverline_contractor_id())', 'contractor_id = (SELECT coverline_contractor_id())',
    'agency_id = ANY ((SELECT coverline_facility_agency_ids())::uuid[]) AND facility_id = ANY ((SELECT coverline_facility_ids())::uuid[])', 'false'),
  ('invoices', 'agency_id', 'false', 'false', 'false', 'false'),
  ('invoice_lines', 'agency_id', 'false', 'false', 'false', 'false'),
  ('audit_reconciliations', 'agency_id', 'false', 'false',
    'agency_id = ANY ((SELECT coverline_facility_agency_ids())::uuid[]) AND facility_id = ANY ((SELECT coverline_facility_ids())::uuid[])',
    'agency_id = ANY ((SELECT coverline_facility_agency_ids())::uuid[]) AND facility_id = ANY ((SELECT coverline_facility_ids())::uuid[])')
) AS t(tbl, agency_column, contractor_reads, contractor_writes, facility_reads, facility_writes);--> statement-breakpoint
-- Sessions carry their principal, and requests no longer read the member row to check it is still
-- active: a member who stops being ACTIVE loses every session at that moment instead.
CREATE FUNCTION coverline_end_sessions_of_inactive_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE sessions SET revoked_at = now()
  WHERE principal_type = 'AGENCY_MEMBER' AND agency_id = NEW.agency_id AND principal_id = NEW.id AND revoked_at IS NULL;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER team_members_end_sessions_when_inactive AFTER UPDATE OF status ON team_members
FOR EACH ROW WHEN (NEW.status <> 'ACTIVE' AND OLD.status = 'ACTIVE') EXECUTE FUNCTION coverline_end_sessions_of_inactive_member();
--> statement-breakpoint
-- The job queue's tables keep row-level security of their own (graphile-worker's), which the
-- application role does not pass: it queues and removes jobs through these two functions, which run
-- as the owner and do nothing else.
CREATE FUNCTION coverline_add_job(task text, payload json, run_at timestamptz, max_attempts integer, job_key text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM graphile_worker.add_job(task, payload, run_at => run_at, max_attempts => max_attempts, job_key => job_key);
END $$;--> statement-breakpoint
CREATE FUNCTION coverline_remove_job(job_key text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM graphile_worker.remove_job(job_key);
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION coverline_add_job(text, json, timestamptz, integer, text), coverline_remove_job(text) FROM PUBLIC;
