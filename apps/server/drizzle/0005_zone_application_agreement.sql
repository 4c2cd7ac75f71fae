ALTER TABLE "zone_applications" ADD COLUMN "agreement_number" text;--> statement-breakpoint
ALTER TABLE "zone_applications" ADD COLUMN "agreement_date" date;