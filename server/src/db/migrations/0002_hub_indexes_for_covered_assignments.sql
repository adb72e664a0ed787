DROP INDEX "assignments_facility_effective_idx";--> statement-breakpoint
DROP INDEX "assignments_facility_end_idx";--> statement-breakpoint
CREATE INDEX "assignments_facility_effective_idx" ON "assignments" USING btree ("agency_id","facility_id","effective_date" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "assignments"."status" IN ('COVERED', 'ENDED');--> statement-breakpoint
CREATE INDEX "assignments_facility_end_idx" ON "assignments" USING btree ("agency_id","facility_id","end_date") WHERE "assignments"."status" IN ('COVERED', 'ENDED');