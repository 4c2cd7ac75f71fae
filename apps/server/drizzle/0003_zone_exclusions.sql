-- Invariants drizzle-kit cannot express: no two leases of one unit overlap in time, and an
-- effective-dated rule has at most one version in force on any day.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "zone_leases" ADD CONSTRAINT "zone_leases_no_overlap" EXCLUDE USING gist ("unit_id" WITH =, "period" WITH &&) WHERE ("status" = 'active');
--> statement-breakpoint
ALTER TABLE "zone_eligibility_rules" ADD CONSTRAINT "zone_eligibility_rules_no_overlap" EXCLUDE USING gist ("zone_id" WITH =, "code" WITH =, daterange("effective_from", "effective_to", '[)') WITH &&);
--> statement-breakpoint
ALTER TABLE "zone_permitted_activities" ADD CONSTRAINT "zone_permitted_activities_no_overlap" EXCLUDE USING gist ("zone_id" WITH =, "code" WITH =, daterange("effective_from", "effective_to", '[)') WITH &&);
--> statement-breakpoint
ALTER TABLE "zone_sla_rules" ADD CONSTRAINT "zone_sla_rules_no_overlap" EXCLUDE USING gist ("zone_id" WITH =, "state" WITH =, daterange("effective_from", "effective_to", '[)') WITH &&);
