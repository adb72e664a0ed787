CREATE TYPE "public"."assignment_status" AS ENUM('PENDING_APPROVAL', 'AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'COVERED', 'ENDED', 'OPTED_OUT', 'DECLINED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."certificate_status" AS ENUM('VALID', 'VOID');--> statement-breakpoint
CREATE TYPE "public"."charge_status" AS ENUM('SCHEDULED', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."coverage_type" AS ENUM('GENERAL_LIABILITY', 'WORKERS_COMPENSATION');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('DRAFT', 'ISSUED', 'PAID', 'VOID');--> statement-breakpoint
CREATE TYPE "public"."job_category_status" AS ENUM('PENDING_APPROVAL', 'APPROVED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."mail_status" AS ENUM('PENDING', 'SENT', 'FAILED');--> statement-breakpoint
CREATE TYPE "public"."opt_in_record_status" AS ENUM('PENDING', 'COMPLETED', 'REVOKED');--> statement-breakpoint
CREATE TYPE "public"."opt_in_status" AS ENUM('NOT_STARTED', 'PENDING', 'OPTED_IN');--> statement-breakpoint
CREATE TYPE "public"."payer" AS ENUM('AGENCY', 'CONTRACTOR');--> statement-breakpoint
CREATE TYPE "public"."principal_type" AS ENUM('AGENCY_MEMBER', 'FACILITY_USER', 'OPERATOR', 'CONTRACTOR', 'API_KEY', 'SYSTEM');--> statement-breakpoint
CREATE TYPE "public"."team_member_status" AS ENUM('INVITED', 'ACTIVE', 'DISABLED');--> statement-breakpoint
CREATE TYPE "public"."token_purpose" AS ENUM('TEAM_INVITATION', 'MAGIC_LINK', 'CONTRACTOR_LINK');--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"billing_email" text,
	"default_payer" "payer" DEFAULT 'AGENCY' NOT NULL,
	"time_zone" text DEFAULT 'America/New_York' NOT NULL,
	"requires_general_liability" boolean DEFAULT true NOT NULL,
	"gl_each_occurrence_cents" bigint,
	"gl_aggregate_cents" bigint,
	"requires_workers_compensation" boolean DEFAULT false NOT NULL,
	"wc_employers_liability_cents" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agency_settings_gl_limits_check" CHECK ("agency_settings"."gl_each_occurrence_cents" IS NULL OR "agency_settings"."gl_each_occurrence_cents" > 0),
	CONSTRAINT "agency_settings_gl_aggregate_check" CHECK ("agency_settings"."gl_aggregate_cents" IS NULL OR "agency_settings"."gl_aggregate_cents" > 0),
	CONSTRAINT "agency_settings_wc_limits_check" CHECK ("agency_settings"."wc_employers_liability_cents" IS NULL OR "agency_settings"."wc_employers_liability_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by_type" "principal_type" NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assignment_status_changes" (
	"agency_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"assignment_id" uuid NOT NULL,
	"from_status" "assignment_status",
	"to_status" "assignment_status" NOT NULL,
	"actor_type" "principal_type" NOT NULL,
	"actor_id" uuid,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignment_status_changes_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contractor_id" uuid NOT NULL,
	"job_category_id" uuid NOT NULL,
	"facility_id" uuid,
	"opt_in_id" uuid,
	"client_entity" text NOT NULL,
	"job_name" text NOT NULL,
	"description" text NOT NULL,
	"effective_date" date NOT NULL,
	"end_date" date NOT NULL,
	"wage_cents" bigint NOT NULL,
	"premium_cents" bigint NOT NULL,
	"payer" "payer" NOT NULL,
	"po_number" text,
	"status" "assignment_status" NOT NULL,
	"created_by_type" "principal_type" NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "assignments_dates_check" CHECK ("assignments"."end_date" >= "assignments"."effective_date"),
	CONSTRAINT "assignments_wage_check" CHECK ("assignments"."wage_cents" > 0),
	CONSTRAINT "assignments_premium_check" CHECK ("assignments"."premium_cents" > 0),
	CONSTRAINT "assignments_client_entity_check" CHECK (length(trim("assignments"."client_entity")) > 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"agency_id" uuid,
	"actor_type" "principal_type" NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip" "inet",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" "token_purpose" NOT NULL,
	"agency_id" uuid,
	"team_member_id" uuid,
	"facility_user_id" uuid,
	"contractor_id" uuid,
	"opt_in_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "auth_tokens_subject_check" CHECK (("auth_tokens"."purpose" = 'TEAM_INVITATION' AND "auth_tokens"."team_member_id" IS NOT NULL AND "auth_tokens"."agency_id" IS NOT NULL)
        OR ("auth_tokens"."purpose" = 'MAGIC_LINK' AND "auth_tokens"."facility_user_id" IS NOT NULL)
        OR ("auth_tokens"."purpose" = 'CONTRACTOR_LINK' AND "auth_tokens"."contractor_id" IS NOT NULL AND "auth_tokens"."agency_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" "certificate_status" DEFAULT 'VALID' NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"snapshot" jsonb NOT NULL,
	"signature" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"pdf_sha256" char(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "certificates_void_check" CHECK ("certificates"."status" <> 'VOID' OR "certificates"."voided_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "charges" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"payment_method_id" uuid,
	"amount_cents" bigint NOT NULL,
	"status" charge_status DEFAULT 'SCHEDULED' NOT NULL,
	"idempotency_key" text NOT NULL,
	"provider" text NOT NULL,
	"provider_charge_id" text,
	"scheduled_for" timestamp with time zone NOT NULL,
	"attempted_at" timestamp with time zone,
	"failure_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charges_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "charges_amount_check" CHECK ("charges"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "contractors" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"address_line1" text,
	"city" text,
	"state" char(2),
	"postal_code" text,
	"work_state" char(2),
	"external_id" text,
	"opt_in_status" "opt_in_status" DEFAULT 'NOT_STARTED' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contractors_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "contractors_state_check" CHECK ("contractors"."state" IS NULL OR state ~ '^[A-Z]{2}$'),
	CONSTRAINT "contractors_work_state_check" CHECK ("contractors"."work_state" IS NULL OR work_state ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address_line1" text,
	"city" text,
	"state" char(2),
	"postal_code" text,
	"bulk_download_enabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facilities_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "facilities_state_check" CHECK ("facilities"."state" IS NULL OR state ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "facility_grants" (
	"agency_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"facility_user_id" uuid NOT NULL,
	"granted_by_type" "principal_type" NOT NULL,
	"granted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "facility_grants_agency_id_facility_id_facility_user_id_pk" PRIMARY KEY("agency_id","facility_id","facility_user_id")
);
--> statement-breakpoint
CREATE TABLE "facility_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"agency_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "invoice_lines_agency_id_invoice_id_assignment_id_pk" PRIMARY KEY("agency_id","invoice_id","assignment_id"),
	CONSTRAINT "invoice_lines_amount_check" CHECK ("invoice_lines"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" "invoice_status" DEFAULT 'DRAFT' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"total_cents" bigint NOT NULL,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "invoices_total_check" CHECK ("invoices"."total_cents" >= 0),
	CONSTRAINT "invoices_period_check" CHECK ("invoices"."period_end" >= "invoices"."period_start")
);
--> statement-breakpoint
CREATE TABLE "job_categories" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"job_code_id" uuid NOT NULL,
	"coverage_types" "coverage_type"[] NOT NULL,
	"work_state" char(2) NOT NULL,
	"status" "job_category_status" DEFAULT 'PENDING_APPROVAL' NOT NULL,
	"requested_by_type" "principal_type",
	"requested_by_id" uuid,
	"decided_by_type" "principal_type",
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_categories_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "job_categories_coverage_check" CHECK (cardinality("job_categories"."coverage_types") BETWEEN 1 AND 2)
);
--> statement-breakpoint
CREATE TABLE "job_code_rates" (
	"job_code_id" uuid NOT NULL,
	"state" char(2) NOT NULL,
	"coverage_type" "coverage_type" NOT NULL,
	"rate" numeric(10, 4) NOT NULL,
	"minimum_premium_cents" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "job_code_rates_job_code_id_state_coverage_type_pk" PRIMARY KEY("job_code_id","state","coverage_type"),
	CONSTRAINT "job_code_rates_rate_check" CHECK ("job_code_rates"."rate" > 0),
	CONSTRAINT "job_code_rates_minimum_check" CHECK ("job_code_rates"."minimum_premium_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "job_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"wc_class_code" text,
	"gl_class_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "mail_status" DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "operators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opt_ins" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contractor_id" uuid NOT NULL,
	"status" "opt_in_record_status" DEFAULT 'PENDING' NOT NULL,
	"payer" "payer" NOT NULL,
	"terms_version" text,
	"signature_name" text,
	"signature_ip" "inet",
	"form_snapshot" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "opt_ins_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "opt_ins_completed_check" CHECK ("opt_ins"."status" <> 'COMPLETED' OR ("opt_ins"."completed_at" IS NOT NULL AND "opt_ins"."signature_name" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "payment_methods" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contractor_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"provider_token" text NOT NULL,
	"brand" text NOT NULL,
	"last4" char(4) NOT NULL,
	"exp_month" smallint,
	"exp_year" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"detached_at" timestamp with time zone,
	CONSTRAINT "payment_methods_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "payment_methods_last4_check" CHECK ("payment_methods"."last4" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"coverage_type" "coverage_type" NOT NULL,
	"insurer_name" text NOT NULL,
	"insurer_naic" text NOT NULL,
	"policy_number" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"limits" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies_period_check" CHECK ("policies"."period_end" >= "policies"."period_start")
);
--> statement-breakpoint
CREATE TABLE "purchase_orders" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_orders_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "purchase_orders_number_key" UNIQUE("agency_id","number"),
	CONSTRAINT "purchase_orders_number_check" CHECK (length(trim("purchase_orders"."number")) > 0)
);
--> statement-breakpoint
CREATE TABLE "rate_limit_buckets" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limit_buckets_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"previous_token_hash" text,
	"principal_type" "principal_type" NOT NULL,
	"principal_id" uuid NOT NULL,
	"agency_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"rotated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" "inet",
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "state_rate_factors" (
	"state" char(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"wc_index" numeric(6, 3) NOT NULL,
	"monopolistic_wc" boolean DEFAULT false NOT NULL,
	CONSTRAINT "state_rate_factors_state_check" CHECK (state ~ '^[A-Z]{2}$'),
	CONSTRAINT "state_rate_factors_index_check" CHECK ("state_rate_factors"."wc_index" > 0)
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"password_hash" text,
	"status" "team_member_status" DEFAULT 'INVITED' NOT NULL,
	"invited_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activated_at" timestamp with time zone,
	CONSTRAINT "team_members_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "team_members_active_has_password" CHECK ("team_members"."status" <> 'ACTIVE' OR "team_members"."password_hash" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "agency_settings" ADD CONSTRAINT "agency_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_status_changes" ADD CONSTRAINT "assignment_status_changes_agency_id_assignment_id_assignments_agency_id_id_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_agency_id_contractor_id_contractors_agency_id_id_fk" FOREIGN KEY ("agency_id","contractor_id") REFERENCES "public"."contractors"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_agency_id_job_category_id_job_categories_agency_id_id_fk" FOREIGN KEY ("agency_id","job_category_id") REFERENCES "public"."job_categories"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_agency_id_facility_id_facilities_agency_id_id_fk" FOREIGN KEY ("agency_id","facility_id") REFERENCES "public"."facilities"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_agency_id_opt_in_id_opt_ins_agency_id_id_fk" FOREIGN KEY ("agency_id","opt_in_id") REFERENCES "public"."opt_ins"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_agency_id_po_number_purchase_orders_agency_id_number_fk" FOREIGN KEY ("agency_id","po_number") REFERENCES "public"."purchase_orders"("agency_id","number") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_facility_user_id_facility_users_id_fk" FOREIGN KEY ("facility_user_id") REFERENCES "public"."facility_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_agency_id_team_member_id_team_members_agency_id_id_fk" FOREIGN KEY ("agency_id","team_member_id") REFERENCES "public"."team_members"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_agency_id_contractor_id_contractors_agency_id_id_fk" FOREIGN KEY ("agency_id","contractor_id") REFERENCES "public"."contractors"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_agency_id_opt_in_id_opt_ins_agency_id_id_fk" FOREIGN KEY ("agency_id","opt_in_id") REFERENCES "public"."opt_ins"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_agency_id_assignment_id_assignments_agency_id_id_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_agency_id_assignment_id_assignments_agency_id_id_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_agency_id_payment_method_id_payment_methods_agency_id_id_fk" FOREIGN KEY ("agency_id","payment_method_id") REFERENCES "public"."payment_methods"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contractors" ADD CONSTRAINT "contractors_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_grants" ADD CONSTRAINT "facility_grants_facility_user_id_facility_users_id_fk" FOREIGN KEY ("facility_user_id") REFERENCES "public"."facility_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_grants" ADD CONSTRAINT "facility_grants_agency_id_facility_id_facilities_agency_id_id_fk" FOREIGN KEY ("agency_id","facility_id") REFERENCES "public"."facilities"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_agency_id_invoice_id_invoices_agency_id_id_fk" FOREIGN KEY ("agency_id","invoice_id") REFERENCES "public"."invoices"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_agency_id_assignment_id_assignments_agency_id_id_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_agency_id_purchase_order_id_purchase_orders_agency_id_id_fk" FOREIGN KEY ("agency_id","purchase_order_id") REFERENCES "public"."purchase_orders"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_categories" ADD CONSTRAINT "job_categories_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_categories" ADD CONSTRAINT "job_categories_job_code_id_job_codes_id_fk" FOREIGN KEY ("job_code_id") REFERENCES "public"."job_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_categories" ADD CONSTRAINT "job_categories_work_state_state_rate_factors_state_fk" FOREIGN KEY ("work_state") REFERENCES "public"."state_rate_factors"("state") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_code_rates" ADD CONSTRAINT "job_code_rates_job_code_id_job_codes_id_fk" FOREIGN KEY ("job_code_id") REFERENCES "public"."job_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_code_rates" ADD CONSTRAINT "job_code_rates_state_state_rate_factors_state_fk" FOREIGN KEY ("state") REFERENCES "public"."state_rate_factors"("state") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opt_ins" ADD CONSTRAINT "opt_ins_agency_id_contractor_id_contractors_agency_id_id_fk" FOREIGN KEY ("agency_id","contractor_id") REFERENCES "public"."contractors"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD CONSTRAINT "payment_methods_agency_id_contractor_id_contractors_agency_id_id_fk" FOREIGN KEY ("agency_id","contractor_id") REFERENCES "public"."contractors"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "api_keys_agency_idx" ON "api_keys" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "assignment_status_changes_assignment_idx" ON "assignment_status_changes" USING btree ("agency_id","assignment_id","created_at");--> statement-breakpoint
CREATE INDEX "assignments_contractor_idx" ON "assignments" USING btree ("agency_id","contractor_id","effective_date");--> statement-breakpoint
CREATE INDEX "assignments_status_idx" ON "assignments" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "assignments_facility_effective_idx" ON "assignments" USING btree ("agency_id","facility_id","effective_date" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "assignments_facility_end_idx" ON "assignments" USING btree ("agency_id","facility_id","end_date");--> statement-breakpoint
CREATE INDEX "assignments_missing_po_idx" ON "assignments" USING btree ("agency_id") WHERE "assignments"."po_number" IS NULL;--> statement-breakpoint
CREATE INDEX "audit_log_agency_idx" ON "audit_log" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "auth_tokens_token_hash_key" ON "auth_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "auth_tokens_contractor_idx" ON "auth_tokens" USING btree ("agency_id","contractor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_valid_per_assignment_key" ON "certificates" USING btree ("agency_id","assignment_id") WHERE "certificates"."status" = 'VALID';--> statement-breakpoint
CREATE INDEX "certificates_assignment_idx" ON "certificates" USING btree ("agency_id","assignment_id","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_number_key" ON "certificates" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "charges_idempotency_key" ON "charges" USING btree ("agency_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "charges_one_success_per_assignment" ON "charges" USING btree ("agency_id","assignment_id") WHERE "charges"."status" = 'SUCCEEDED';--> statement-breakpoint
CREATE INDEX "charges_due_idx" ON "charges" USING btree ("status","scheduled_for");--> statement-breakpoint
CREATE UNIQUE INDEX "contractors_external_id_key" ON "contractors" USING btree ("agency_id","external_id");--> statement-breakpoint
CREATE INDEX "contractors_name_idx" ON "contractors" USING btree ("agency_id","last_name","first_name");--> statement-breakpoint
CREATE INDEX "contractors_email_idx" ON "contractors" USING btree ("agency_id",lower("email"));--> statement-breakpoint
CREATE INDEX "contractors_work_state_idx" ON "contractors" USING btree ("agency_id","work_state");--> statement-breakpoint
CREATE UNIQUE INDEX "facilities_agency_name_key" ON "facilities" USING btree ("agency_id","name");--> statement-breakpoint
CREATE INDEX "facility_grants_user_idx" ON "facility_grants" USING btree ("facility_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "facility_users_email_key" ON "facility_users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_lines_assignment_key" ON "invoice_lines" USING btree ("agency_id","assignment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_key" ON "invoices" USING btree ("agency_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "job_categories_combination_key" ON "job_categories" USING btree ("agency_id","job_code_id","work_state","coverage_types");--> statement-breakpoint
CREATE INDEX "job_categories_status_idx" ON "job_categories" USING btree ("status");--> statement-breakpoint
CREATE INDEX "job_code_rates_state_idx" ON "job_code_rates" USING btree ("state","coverage_type");--> statement-breakpoint
CREATE UNIQUE INDEX "job_codes_code_key" ON "job_codes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "mail_outbox_status_idx" ON "mail_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_sent_idx" ON "mail_outbox" USING btree ("sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "operators_email_key" ON "operators" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "opt_ins_contractor_idx" ON "opt_ins" USING btree ("agency_id","contractor_id");--> statement-breakpoint
CREATE INDEX "payment_methods_contractor_idx" ON "payment_methods" USING btree ("agency_id","contractor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policies_number_key" ON "policies" USING btree ("policy_number");--> statement-breakpoint
CREATE INDEX "policies_coverage_period_idx" ON "policies" USING btree ("coverage_type","period_start","period_end");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_previous_token_hash_idx" ON "sessions" USING btree ("previous_token_hash");--> statement-breakpoint
CREATE INDEX "sessions_principal_idx" ON "sessions" USING btree ("principal_type","principal_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "team_members_email_key" ON "team_members" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "team_members_id_key" ON "team_members" USING btree ("id");