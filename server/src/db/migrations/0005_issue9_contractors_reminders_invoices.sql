-- Issue 9: the Contractors tab's coverage status, archive and search; opt-in reminders; invoices.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner with CREATE on the database may add it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."contractor_coverage_status" AS ENUM('PAYMENT_DECLINED', 'NEEDS_OPT_IN', 'AWAITING_PAYMENT', 'PENDING_APPROVAL', 'COVERED', 'NO_CURRENT_ASSIGNMENT', 'NOT_INVITED');--> statement-breakpoint
CREATE TYPE "public"."reminder_kind" AS ENUM('AUTOMATIC', 'MANUAL');--> statement-breakpoint
CREATE TABLE "invoice_runs" (
	"agency_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_runs_agency_id_period_start_period_end_pk" PRIMARY KEY("agency_id","period_start","period_end")
);
--> statement-breakpoint
CREATE TABLE "opt_in_reminders" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contractor_id" uuid NOT NULL,
	"opt_in_id" uuid NOT NULL,
	"kind" "reminder_kind" NOT NULL,
	"schedule_day" smallint,
	"sent_by_type" "principal_type" NOT NULL,
	"sent_by_id" uuid,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "opt_in_reminders_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "opt_in_reminders_day_check" CHECK (("opt_in_reminders"."kind" = 'AUTOMATIC') = ("opt_in_reminders"."schedule_day" IS NOT NULL))
);
--> statement-breakpoint
DROP INDEX "contractors_name_idx";--> statement-breakpoint
DROP INDEX "contractors_work_state_idx";--> statement-breakpoint
ALTER TABLE "invoices" ALTER COLUMN "purchase_order_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "reminder_days" smallint[] DEFAULT '{2,5}' NOT NULL;--> statement-breakpoint
ALTER TABLE "contractors" ADD COLUMN "coverage_status" "contractor_coverage_status" DEFAULT 'NOT_INVITED' NOT NULL;--> statement-breakpoint
ALTER TABLE "contractors" ADD COLUMN "current_assignment_id" uuid;--> statement-breakpoint
ALTER TABLE "contractors" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "paid_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "pdf" "bytea";--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "pdf_sha256" char(64);--> statement-breakpoint
ALTER TABLE "invoice_runs" ADD CONSTRAINT "invoice_runs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opt_in_reminders" ADD CONSTRAINT "opt_in_reminders_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opt_in_reminders" ADD CONSTRAINT "opt_in_reminders_agency_id_contractor_id_contractors_agency_id_id_fk" FOREIGN KEY ("agency_id","contractor_id") REFERENCES "public"."contractors"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opt_in_reminders" ADD CONSTRAINT "opt_in_reminders_agency_id_opt_in_id_opt_ins_agency_id_id_fk" FOREIGN KEY ("agency_id","opt_in_id") REFERENCES "public"."opt_ins"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "opt_in_reminders_schedule_key" ON "opt_in_reminders" USING btree ("agency_id","opt_in_id","schedule_day") WHERE "opt_in_reminders"."kind" = 'AUTOMATIC';--> statement-breakpoint
CREATE INDEX "opt_in_reminders_contractor_idx" ON "opt_in_reminders" USING btree ("agency_id","contractor_id","sent_at");--> statement-breakpoint
CREATE INDEX "contractors_coverage_status_idx" ON "contractors" USING btree ("agency_id","coverage_status","last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "contractors_search_idx" ON "contractors" USING gin (("first_name" || ' ' || "last_name" || ' ' || "email" || ' ' || coalesce("external_id", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "invoices_agency_issued_idx" ON "invoices" USING btree ("agency_id","issued_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contractors_name_idx" ON "contractors" USING btree ("agency_id","last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "contractors_work_state_idx" ON "contractors" USING btree ("agency_id","work_state","last_name","first_name","id");--> statement-breakpoint
ALTER TABLE "agency_settings" ADD CONSTRAINT "agency_settings_reminder_days_check" CHECK (cardinality("agency_settings"."reminder_days") <= 5 AND 1 <= ALL("agency_settings"."reminder_days") AND 30 >= ALL("agency_settings"."reminder_days"));;--> statement-breakpoint
-- Each contractor's coverage status from their assignments, as contractorCoverage (packages/domain)
-- computes it: the first status in this order, from its earliest-starting assignment.
-- The owner reads and writes every tenant's rows here: FORCE is lifted for the backfill only, inside
-- the migration's transaction (the scope roles have no grants yet on a new database).
ALTER TABLE contractors NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assignments NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE contractors c SET coverage_status = derived.status, current_assignment_id = derived.assignment_id
FROM (
  SELECT DISTINCT ON (a.agency_id, a.contractor_id) a.agency_id, a.contractor_id, a.id AS assignment_id,
    (CASE a.status WHEN 'DECLINED' THEN 'PAYMENT_DECLINED' WHEN 'AWAITING_OPT_IN' THEN 'NEEDS_OPT_IN' ELSE a.status::text END)::contractor_coverage_status AS status
  FROM assignments a
  WHERE a.status IN ('DECLINED', 'AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'PENDING_APPROVAL', 'COVERED')
  ORDER BY a.agency_id, a.contractor_id,
    array_position(ARRAY['DECLINED', 'AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'PENDING_APPROVAL', 'COVERED']::assignment_status[], a.status),
    a.effective_date, a.id
) derived
WHERE c.agency_id = derived.agency_id AND c.id = derived.contractor_id;--> statement-breakpoint
UPDATE contractors c SET coverage_status = 'NO_CURRENT_ASSIGNMENT'
WHERE c.current_assignment_id IS NULL AND EXISTS (SELECT 1 FROM assignments a WHERE a.agency_id = c.agency_id AND a.contractor_id = c.id);--> statement-breakpoint
ALTER TABLE contractors FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assignments FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Row-level security of the new tenant tables (as in 0004): reminders and invoice runs are the agency's.
ALTER TABLE opt_in_reminders ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE opt_in_reminders FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY opt_in_reminders_agency ON opt_in_reminders FOR ALL TO coverline_agency_scope
  USING (agency_id = (SELECT coverline_agency_id())) WITH CHECK (agency_id = (SELECT coverline_agency_id()));--> statement-breakpoint
CREATE POLICY opt_in_reminders_platform ON opt_in_reminders FOR ALL TO coverline_platform_scope USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE invoice_runs ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE invoice_runs FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY invoice_runs_agency ON invoice_runs FOR ALL TO coverline_agency_scope
  USING (agency_id = (SELECT coverline_agency_id())) WITH CHECK (agency_id = (SELECT coverline_agency_id()));--> statement-breakpoint
CREATE POLICY invoice_runs_platform ON invoice_runs FOR ALL TO coverline_platform_scope USING (true) WITH CHECK (true);
