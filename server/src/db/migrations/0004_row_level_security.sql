-- Row-level security: the second wall behind the stores. Every tenant table is reachable only in the
-- scope its connection (or transaction) has set: a role for the kind of scope, and settings naming
-- the tenant (db/scoped-database.ts sets both in one statement):
--   coverline_agency_scope       app.agency_id                   an agency's rows
--   coverline_contractor_scope   app.agency_id, app.contractor_id a contractor's own rows (and their agency's few shared ones)
--   coverline_facility_scope     app.facility_user_id, app.facility_ids, app.facility_agency_ids
--                                                                 only what the facility user's grants lead to
--   coverline_platform_scope     -                               every row: the operator, and the system's jobs
-- The application logs in as coverline_app, which owns nothing, has no policy (so, outside a scope, no
-- tenant row) and may switch to these roles only. RLS is FORCED, so the tables' owner is held to it too
-- (superusers are not: PostgreSQL exempts them). One simple policy per role keeps the planner's
-- estimates (and plans) what they are without RLS; each setting is read through a scalar subquery,
-- evaluated once per statement.
DO $$
DECLARE
  scope_role text;
BEGIN
  FOREACH scope_role IN ARRAY ARRAY['coverline_agency_scope', 'coverline_contractor_scope', 'coverline_facility_scope', 'coverline_platform_scope'] LOOP
    BEGIN
      EXECUTE format('CREATE ROLE %I NOLOGIN', scope_role);
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- another database on this server created it (roles are server-wide)
    END;
  END LOOP;
  -- The owner's data migrations reach tenant rows as the platform.
  EXECUTE format('GRANT coverline_platform_scope TO %I', current_user);
END $$;--> statement-breakpoint
CREATE FUNCTION coverline_agency_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.agency_id', true), '')::uuid $$;--> statement-breakpoint
CREATE FUNCTION coverline_contractor_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.contractor_id', true), '')::uuid $$;--> statement-breakpoint
CREATE FUNCTION coverline_facility_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.facility_user_id', true), '')::uuid $$;--> statement-breakpoint
CREATE FUNCTION coverline_facility_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$ SELECT coalesce(string_to_array(nullif(current_setting('app.facility_ids', true), ''), ',')::uuid[], '{}') $$;--> statement-breakpoint
CREATE FUNCTION coverline_facility_agency_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$ SELECT coalesce(string_to_array(nullif(current_setting('app.facility_agency_ids', true), ''), ',')::uuid[], '{}') $$;--> statement-breakpoint
-- The policies of one tenant table: an agency reaches its agency's rows and the platform every row; a
-- contractor and a facility user reach what the table says ('false': nothing; a read without a write
-- policy: read only). Write policies are FOR ALL, so what a scope writes it also reads.
CREATE FUNCTION pg_temp.coverline_tenant_policies(
  tbl text, agency_column text,
  contractor_reads text, contractor_writes text,
  facility_reads text, facility_writes text
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  own_agency text := format('%I = (SELECT coverline_agency_id())', agency_column);
BEGIN
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY %I ON %I FOR ALL TO coverline_agency_scope USING (%s) WITH CHECK (%s)', tbl || '_agency', tbl, own_agency, own_agency);
  EXECUTE format('CREATE POLICY %I ON %I FOR ALL TO coverline_platform_scope USING (true) WITH CHECK (true)', tbl || '_platform', tbl);
  IF contractor_reads <> 'false' THEN
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO coverline_contractor_scope USING (%s AND %s)', tbl || '_contractor_reads', tbl, own_agency, contractor_reads);
  END IF;
  IF contractor_writes <> 'false' THEN
    EXECUTE format('CREATE POLICY %I ON %I FOR ALL TO coverline_contractor_scope USING (%s AND %s) WITH CHECK (%s AND %s)', tbl || '_contractor_writes', tbl, own_agency, contractor_writes, own_agency, contractor_writes);
  END IF;
  IF facility_reads <> 'false' THEN
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO coverline_facility_scope USING (%s)', tbl || '_facility_reads', tbl, facility_reads);
  END IF;
  IF facility_writes <> 'false' THEN
    EXECUTE format('CREATE POLICY %I ON %I FOR ALL TO coverline_facility_scope USING (%s) WITH CHECK (%s)', tbl || '_facility_writes', tbl, facility_writes, facility_writes);
  END IF;
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
  -- The Compliance Hub names the contractors who worked at its facilities, and no one else (the
  -- subquery is itself held to the assignments' policy).
  ('contractors', 'agency_id', 'id = (SELECT coverline_contractor_id())', 'id = (SELECT coverline_contractor_id())',
    'EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = contractors.agency_id AND a.contractor_id = contractors.id)', 'false'),
  ('payment_methods', 'agency_id', 'contractor_id = (SELECT coverline_contractor_id())', 'contractor_id = (SELECT coverline_contractor_id())', 'false', 'false'),
  ('purchase_orders', 'agency_id', 'false', 'false', 'false', 'false'),
  ('opt_ins', 'agency_id', 'contractor_id = (SELECT coverline_contractor_id())', 'contractor_id = (SELECT coverline_contractor_id())', 'false', 'false'),
  ('assignments', 'agency_id', 'contractor_id = (SELECT coverline_contractor_id())', 'contractor_id = (SELECT coverline_contractor_id())',
    'agency_id = ANY ((SELECT coverline_facility_agency_ids())::uuid[]) AND facility_id = ANY ((SELECT coverline_facility_ids())::uuid[])', 'false'),
  -- Rows that belong to an assignment follow it.
  ('assignment_status_changes', 'agency_id',
    'EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = assignment_status_changes.agency_id AND a.id = assignment_status_changes.assignment_id)',
    'EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = assignment_status_changes.agency_id AND a.id = assignment_status_changes.assignment_id)', 'false', 'false'),
  ('charges', 'agency_id',
    'EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = charges.agency_id AND a.id = charges.assignment_id)',
    'EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = charges.agency_id AND a.id = charges.assignment_id)', 'false', 'false'),
  -- A certificate names its insured and its holder: the contractor and the facility reach it through them.
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
FOR EACH ROW WHEN (NEW.status <> 'ACTIVE' AND OLD.status = 'ACTIVE') EXECUTE FUNCTION coverline_end_sessions_of_inactive_member();--> statement-breakpoint
-- The job queue's tables keep row-level security of their own (graphile-worker's), which the
-- application's roles do not pass: they queue and remove jobs through these two functions, which run
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
