CREATE TABLE "audit_reconciliations" (
	"agency_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_by_facility_user_id" uuid,
	"created_by_team_member_id" uuid,
	"file_name" text,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_reconciliations_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "audit_reconciliations_creator_check" CHECK ("audit_reconciliations"."created_by_facility_user_id" IS NULL OR "audit_reconciliations"."created_by_team_member_id" IS NULL)
);
--> statement-breakpoint
ALTER TABLE "audit_reconciliations" ADD CONSTRAINT "audit_reconciliations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_reconciliations" ADD CONSTRAINT "audit_reconciliations_created_by_facility_user_id_facility_users_id_fk" FOREIGN KEY ("created_by_facility_user_id") REFERENCES "public"."facility_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_reconciliations" ADD CONSTRAINT "audit_reconciliations_facility_fk" FOREIGN KEY ("agency_id","facility_id") REFERENCES "public"."facilities"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_reconciliations" ADD CONSTRAINT "audit_reconciliations_team_member_fk" FOREIGN KEY ("agency_id","created_by_team_member_id") REFERENCES "public"."team_members"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_reconciliations_facility_idx" ON "audit_reconciliations" USING btree ("agency_id","facility_id","created_at" DESC NULLS LAST);