ALTER TABLE "contractors" ADD COLUMN "preferred_language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "opt_ins" ADD COLUMN "terms_language" text;--> statement-breakpoint
ALTER TABLE "contractors" ADD CONSTRAINT "contractors_preferred_language_check" CHECK ("contractors"."preferred_language" IN ('en', 'es'));--> statement-breakpoint
ALTER TABLE "opt_ins" ADD CONSTRAINT "opt_ins_terms_language_check" CHECK ("opt_ins"."terms_language" IS NULL OR "opt_ins"."terms_language" IN ('en', 'es'));--> statement-breakpoint
-- Hand-written: every opt-in signed before languages were recorded was signed in English.
UPDATE "opt_ins" SET "terms_language" = 'en' WHERE "status" = 'COMPLETED';
