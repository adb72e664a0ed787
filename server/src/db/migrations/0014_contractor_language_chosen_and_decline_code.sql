ALTER TABLE "charges" ADD COLUMN "decline_code" text;--> statement-breakpoint
ALTER TABLE "contractors" ADD COLUMN "language_chosen_at" timestamp with time zone;--> statement-breakpoint
-- Hand-written: a contractor could only reach Spanish by choosing it, so their choice is recorded as made when their row last changed.
UPDATE "contractors" SET "language_chosen_at" = "updated_at" WHERE "preferred_language" = 'es';
