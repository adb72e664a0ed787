DROP INDEX "assignments_contractor_idx";--> statement-breakpoint
DROP INDEX "contractors_search_idx";--> statement-breakpoint
ALTER TABLE "contractors" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(first_name || ' ' || last_name || ' ' || email || ' ' || coalesce(external_id, ''))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "contractors_active_state_coverage_idx" ON "contractors" USING btree ("agency_id","work_state","coverage_status","last_name","first_name","id") WHERE "contractors"."archived_at" IS NULL;--> statement-breakpoint
CREATE INDEX "assignments_contractor_idx" ON "assignments" USING btree ("agency_id","contractor_id","effective_date","job_category_id");--> statement-breakpoint
CREATE INDEX "contractors_search_idx" ON "contractors" USING gin ("search_text" gin_trgm_ops);