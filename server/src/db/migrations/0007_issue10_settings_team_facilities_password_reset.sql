ALTER TYPE "public"."token_purpose" ADD VALUE 'PASSWORD_RESET';--> statement-breakpoint
ALTER TABLE "agency_settings" DROP CONSTRAINT "agency_settings_wc_limits_check";--> statement-breakpoint
ALTER TABLE "auth_tokens" DROP CONSTRAINT "auth_tokens_subject_check";--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "default_po_contact_email" text;--> statement-breakpoint
ALTER TABLE "agency_settings" RENAME COLUMN "wc_employers_liability_cents" TO "wc_el_each_accident_cents";--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "wc_el_disease_each_employee_cents" bigint;--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "wc_el_disease_policy_limit_cents" bigint;--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "team_members" ADD COLUMN "last_sign_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agency_settings" ADD CONSTRAINT "agency_settings_wc_limits_check" CHECK (("agency_settings"."wc_el_each_accident_cents" IS NULL OR "agency_settings"."wc_el_each_accident_cents" > 0) AND ("agency_settings"."wc_el_disease_each_employee_cents" IS NULL OR "agency_settings"."wc_el_disease_each_employee_cents" > 0) AND ("agency_settings"."wc_el_disease_policy_limit_cents" IS NULL OR "agency_settings"."wc_el_disease_policy_limit_cents" > 0));--> statement-breakpoint
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_subject_check" CHECK (("auth_tokens"."purpose" = 'TEAM_INVITATION' AND "auth_tokens"."team_member_id" IS NOT NULL AND "auth_tokens"."agency_id" IS NOT NULL)
        OR ("auth_tokens"."purpose"::text = 'PASSWORD_RESET' AND "auth_tokens"."team_member_id" IS NOT NULL AND "auth_tokens"."agency_id" IS NOT NULL)
        OR ("auth_tokens"."purpose" = 'MAGIC_LINK' AND "auth_tokens"."facility_user_id" IS NOT NULL)
        OR ("auth_tokens"."purpose" = 'CONTRACTOR_LINK' AND "auth_tokens"."contractor_id" IS NOT NULL AND "auth_tokens"."agency_id" IS NOT NULL));