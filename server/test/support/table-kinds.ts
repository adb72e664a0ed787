// Every table of the data model by kind (docs/decisions/0011): tenant tables, distributed by agency and
// guarded by row-level security; reference tables; platform tables. The Citus-readiness test checks the
// lists against the catalog, so a new table must be named here.
/** Tenant tables, distributed by agency and co-located with `agencies`, in the order the migration distributes them. */
export const DISTRIBUTED: Readonly<Record<string, string>> = {
  agencies: 'id',
  agency_settings: 'agency_id',
  team_members: 'agency_id',
  facilities: 'agency_id',
  facility_grants: 'agency_id',
  job_categories: 'agency_id',
  contractors: 'agency_id',
  payment_methods: 'agency_id',
  purchase_orders: 'agency_id',
  opt_ins: 'agency_id',
  assignments: 'agency_id',
  assignment_status_changes: 'agency_id',
  charges: 'agency_id',
  certificates: 'agency_id',
  invoices: 'agency_id',
  invoice_lines: 'agency_id',
  audit_reconciliations: 'agency_id',
  invoice_runs: 'agency_id',
  opt_in_reminders: 'agency_id',
  webhook_endpoints: 'agency_id',
  webhook_events: 'agency_id',
  webhook_deliveries: 'agency_id',
  webhook_delivery_attempts: 'agency_id',
};

/** The platform's catalogue and the facility users, replicated to every node; created before the tenant tables. */
export const REFERENCE = ['state_rate_factors', 'job_codes', 'job_code_rates', 'policies', 'facility_users', 'operators'];

/** Looked up before a tenant is known; they stay local on the coordinator and name tenants by id, without foreign keys. */
export const PLATFORM = [
  'sessions',
  'auth_tokens',
  'api_keys',
  'rate_limit_buckets',
  'mail_outbox',
  'audit_log',
  'team_member_emails',
  'certificate_numbers',
  'idempotency_keys',
  'sign_in_failures',
];

/** drizzle's migration journal and the job queue stay on the coordinator, outside the data model. */
export const OUTSIDE_THE_MODEL = ['drizzle', 'graphile_worker'];
