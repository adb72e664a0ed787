CREATE TABLE "certificate_numbers" (
	"number" text PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"certificate_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_member_emails" (
	"email" text PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"team_member_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_member_emails_lower_check" CHECK ("team_member_emails"."email" = lower("team_member_emails"."email"))
);
--> statement-breakpoint
ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_agency_id_agencies_id_fk";
--> statement-breakpoint
ALTER TABLE "assignments" DROP CONSTRAINT "assignments_agency_id_po_number_purchase_orders_agency_id_number_fk";
--> statement-breakpoint
ALTER TABLE "auth_tokens" DROP CONSTRAINT "auth_tokens_agency_id_team_member_id_team_members_agency_id_id_fk";
--> statement-breakpoint
ALTER TABLE "auth_tokens" DROP CONSTRAINT "auth_tokens_agency_id_contractor_id_contractors_agency_id_id_fk";
--> statement-breakpoint
ALTER TABLE "auth_tokens" DROP CONSTRAINT "auth_tokens_agency_id_opt_in_id_opt_ins_agency_id_id_fk";
--> statement-breakpoint
DROP INDEX "certificates_number_key";--> statement-breakpoint
DROP INDEX "team_members_email_key";--> statement-breakpoint
DROP INDEX "team_members_id_key";--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "contractor_id" uuid;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "facility_id" uuid;--> statement-breakpoint
UPDATE "certificates" SET "contractor_id" = a."contractor_id", "facility_id" = a."facility_id" FROM "assignments" a WHERE a."agency_id" = "certificates"."agency_id" AND a."id" = "certificates"."assignment_id";--> statement-breakpoint
ALTER TABLE "certificates" ALTER COLUMN "contractor_id" SET NOT NULL;--> statement-breakpoint
INSERT INTO "certificate_numbers" ("number", "agency_id", "certificate_id", "created_at") SELECT "number", "agency_id", "id", "created_at" FROM "certificates";--> statement-breakpoint
INSERT INTO "team_member_emails" ("email", "agency_id", "team_member_id", "created_at") SELECT lower("email"), "agency_id", "id", "created_at" FROM "team_members";--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_agency_id_po_number_purchase_orders_agency_id_number_fk" FOREIGN KEY ("agency_id","po_number") REFERENCES "public"."purchase_orders"("agency_id","number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_agency_id_contractor_id_contractors_agency_id_id_fk" FOREIGN KEY ("agency_id","contractor_id") REFERENCES "public"."contractors"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_agency_id_facility_id_facilities_agency_id_id_fk" FOREIGN KEY ("agency_id","facility_id") REFERENCES "public"."facilities"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_agency_number_key" ON "certificates" USING btree ("agency_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "team_members_agency_email_key" ON "team_members" USING btree ("agency_id",lower("email"));