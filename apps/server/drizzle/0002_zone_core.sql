CREATE TABLE "zone_application_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"admin_id" text NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_application_approvals_stage_check" CHECK ("zone_application_approvals"."stage" in ('supervisory_board_review','expert_council_review','amendment_pending'))
);
--> statement-breakpoint
CREATE TABLE "zone_application_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_application_documents_kind_check" CHECK ("zone_application_documents"."kind" in ('charter','state_registration','tax_registration','business_plan','other'))
);
--> statement-breakpoint
CREATE TABLE "zone_application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" text,
	"comment" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zone_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_by" text,
	"state" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"activity_description" text,
	"declared_activities" text[] DEFAULT '{}'::text[] NOT NULL,
	"focus_area" text,
	"requested_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"requested_area_m2" numeric(10, 2),
	"requested_land_ha" numeric(10, 2),
	"requested_unit_kind" text,
	"investment_plan" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"power_kw" numeric(10, 2),
	"water_m3_per_day" numeric(10, 2),
	"gas_m3_per_hour" numeric(10, 2),
	"proportionality_acknowledged" boolean DEFAULT false NOT NULL,
	"eligibility" jsonb,
	"state_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state_due_on" date,
	"submitted_at" timestamp with time zone,
	"resident_id" uuid,
	"termination_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_applications_state_check" CHECK ("zone_applications"."state" in ('draft','submitted','supervisory_board_review','revision_requested','expert_council_review','approved','agreement_signed','registered','active','amendment_pending','terminated','rejected')),
	CONSTRAINT "zone_applications_termination_check" CHECK ("zone_applications"."termination_reason" is null or "zone_applications"."termination_reason" in ('by_agreement','by_court','liquidation','zone_end')),
	CONSTRAINT "zone_applications_unit_kind_check" CHECK ("zone_applications"."requested_unit_kind" is null or "zone_applications"."requested_unit_kind" in ('office','lab','production')),
	CONSTRAINT "zone_applications_area_check" CHECK ("zone_applications"."requested_area_m2" is null or "zone_applications"."requested_area_m2" > 0)
);
--> statement-breakpoint
CREATE TABLE "zone_buildings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"address_ru" text,
	"address_en" text,
	"floors" integer,
	"total_area_m2" numeric(12, 2),
	"commissioned_year" integer,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_buildings_floors_check" CHECK ("zone_buildings"."floors" is null or "zone_buildings"."floors" > 0)
);
--> statement-breakpoint
CREATE TABLE "zone_calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"is_working" boolean NOT NULL,
	"note_ru" text,
	"note_en" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zone_eligibility_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"code" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"mandatory" boolean DEFAULT true NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_eligibility_rules_code_check" CHECK ("zone_eligibility_rules"."code" in ('E1','E2','E3','E4','E5','E6','E7')),
	CONSTRAINT "zone_eligibility_rules_dates_check" CHECK ("zone_eligibility_rules"."effective_to" is null or "zone_eligibility_rules"."effective_to" > "zone_eligibility_rules"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "zone_leases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"period" daterange NOT NULL,
	"monthly_rate_per_m2_kopecks" bigint NOT NULL,
	"monthly_rent_kopecks" bigint NOT NULL,
	"currency" text DEFAULT 'RUB' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_leases_status_check" CHECK ("zone_leases"."status" in ('active','terminated')),
	CONSTRAINT "zone_leases_rate_check" CHECK ("zone_leases"."monthly_rate_per_m2_kopecks" >= 0 and "zone_leases"."monthly_rent_kopecks" >= 0),
	CONSTRAINT "zone_leases_period_check" CHECK (not isempty("zone_leases"."period") and not lower_inf("zone_leases"."period") and not upper_inf("zone_leases"."period"))
);
--> statement-breakpoint
CREATE TABLE "zone_media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"object_type" text NOT NULL,
	"object_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"caption_ru" text,
	"caption_en" text,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_media_object_check" CHECK ("zone_media"."object_type" in ('zone','site','building','unit')),
	CONSTRAINT "zone_media_kind_check" CHECK ("zone_media"."kind" in ('photo','plan'))
);
--> statement-breakpoint
CREATE TABLE "zone_permitted_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"is_it" boolean DEFAULT false NOT NULL,
	"focus_area" text,
	"requires_council_decision" boolean DEFAULT false NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_permitted_activities_dates_check" CHECK ("zone_permitted_activities"."effective_to" is null or "zone_permitted_activities"."effective_to" > "zone_permitted_activities"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "zone_resident_plans" (
	"resident_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"capex_kopecks" bigint DEFAULT 0 NOT NULL,
	"rnd_kopecks" bigint DEFAULT 0 NOT NULL,
	"jobs" integer DEFAULT 0 NOT NULL,
	"revenue_kopecks" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_resident_plans_resident_id_year_pk" PRIMARY KEY("resident_id","year"),
	CONSTRAINT "zone_resident_plans_year_check" CHECK ("zone_resident_plans"."year" between 2000 and 2100),
	CONSTRAINT "zone_resident_plans_nonneg_check" CHECK ("zone_resident_plans"."capex_kopecks" >= 0 and "zone_resident_plans"."rnd_kopecks" >= 0 and "zone_resident_plans"."jobs" >= 0 and "zone_resident_plans"."revenue_kopecks" >= 0)
);
--> statement-breakpoint
CREATE TABLE "zone_residents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid,
	"site_id" uuid,
	"status" text DEFAULT 'registered' NOT NULL,
	"register_number" text NOT NULL,
	"certificate_number" text NOT NULL,
	"agreement_number" text,
	"agreement_date" date,
	"since" date NOT NULL,
	"activities" text[] DEFAULT '{}'::text[] NOT NULL,
	"foreign_capital_percent" integer DEFAULT 0 NOT NULL,
	"is_it" boolean DEFAULT false NOT NULL,
	"terminated_on" date,
	"terminated_reason" text,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_residents_status_check" CHECK ("zone_residents"."status" in ('registered','active','amendment_pending','terminated')),
	CONSTRAINT "zone_residents_termination_check" CHECK (("zone_residents"."status" = 'terminated') = ("zone_residents"."terminated_on" is not null and "zone_residents"."terminated_reason" in ('by_agreement','by_court','liquidation','zone_end'))),
	CONSTRAINT "zone_residents_foreign_check" CHECK ("zone_residents"."foreign_capital_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "zone_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"address_ru" text,
	"address_en" text,
	"area_ha" numeric(10, 2),
	"description_ru" text,
	"description_en" text,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_sites_area_check" CHECK ("zone_sites"."area_ha" is null or "zone_sites"."area_ha" > 0)
);
--> statement-breakpoint
CREATE TABLE "zone_sla_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"state" text NOT NULL,
	"working_days" integer NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_sla_rules_days_check" CHECK ("zone_sla_rules"."working_days" > 0),
	CONSTRAINT "zone_sla_rules_dates_check" CHECK ("zone_sla_rules"."effective_to" is null or "zone_sla_rules"."effective_to" > "zone_sla_rules"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "zone_unit_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"period" daterange NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"released_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zone_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"area_m2" numeric(10, 2) NOT NULL,
	"monthly_rate_per_m2_kopecks" bigint NOT NULL,
	"currency" text DEFAULT 'RUB' NOT NULL,
	"floor" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'available' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_units_kind_check" CHECK ("zone_units"."kind" in ('office','lab','production')),
	CONSTRAINT "zone_units_status_check" CHECK ("zone_units"."status" in ('available','out_of_service','withdrawn')),
	CONSTRAINT "zone_units_area_check" CHECK ("zone_units"."area_m2" > 0),
	CONSTRAINT "zone_units_rate_check" CHECK ("zone_units"."monthly_rate_per_m2_kopecks" >= 0)
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"type" text DEFAULT 'technology_innovation' NOT NULL,
	"municipality" text NOT NULL,
	"established_on" date,
	"term_start" date NOT NULL,
	"term_end" date,
	"description_ru" text,
	"description_en" text,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zones_code_unique" UNIQUE("code"),
	CONSTRAINT "zones_type_check" CHECK ("zones"."type" in ('technology_innovation')),
	CONSTRAINT "zones_term_check" CHECK ("zones"."term_end" is null or "zones"."term_end" > "zones"."term_start")
);
--> statement-breakpoint
ALTER TABLE "zone_application_approvals" ADD CONSTRAINT "zone_application_approvals_application_id_zone_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."zone_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_application_approvals" ADD CONSTRAINT "zone_application_approvals_admin_id_users_id_fk" FOREIGN KEY ("admin_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_application_documents" ADD CONSTRAINT "zone_application_documents_application_id_zone_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."zone_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_application_documents" ADD CONSTRAINT "zone_application_documents_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_application_documents" ADD CONSTRAINT "zone_application_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_application_events" ADD CONSTRAINT "zone_application_events_application_id_zone_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."zone_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_application_events" ADD CONSTRAINT "zone_application_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_applications" ADD CONSTRAINT "zone_applications_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_applications" ADD CONSTRAINT "zone_applications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_applications" ADD CONSTRAINT "zone_applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_buildings" ADD CONSTRAINT "zone_buildings_site_id_zone_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."zone_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_eligibility_rules" ADD CONSTRAINT "zone_eligibility_rules_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_eligibility_rules" ADD CONSTRAINT "zone_eligibility_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_leases" ADD CONSTRAINT "zone_leases_unit_id_zone_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."zone_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_leases" ADD CONSTRAINT "zone_leases_resident_id_zone_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."zone_residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_leases" ADD CONSTRAINT "zone_leases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_media" ADD CONSTRAINT "zone_media_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_media" ADD CONSTRAINT "zone_media_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_permitted_activities" ADD CONSTRAINT "zone_permitted_activities_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_resident_plans" ADD CONSTRAINT "zone_resident_plans_resident_id_zone_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."zone_residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_residents" ADD CONSTRAINT "zone_residents_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_residents" ADD CONSTRAINT "zone_residents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_residents" ADD CONSTRAINT "zone_residents_application_id_zone_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."zone_applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_residents" ADD CONSTRAINT "zone_residents_site_id_zone_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."zone_sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_sites" ADD CONSTRAINT "zone_sites_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_sla_rules" ADD CONSTRAINT "zone_sla_rules_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_unit_holds" ADD CONSTRAINT "zone_unit_holds_unit_id_zone_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."zone_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_unit_holds" ADD CONSTRAINT "zone_unit_holds_application_id_zone_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."zone_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_unit_holds" ADD CONSTRAINT "zone_unit_holds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_units" ADD CONSTRAINT "zone_units_building_id_zone_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."zone_buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "zone_application_approvals_unique" ON "zone_application_approvals" USING btree ("application_id","stage","round","admin_id");--> statement-breakpoint
CREATE INDEX "zone_application_documents_app_idx" ON "zone_application_documents" USING btree ("application_id","kind");--> statement-breakpoint
CREATE INDEX "zone_application_events_app_idx" ON "zone_application_events" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE INDEX "zone_applications_state_idx" ON "zone_applications" USING btree ("zone_id","state");--> statement-breakpoint
CREATE INDEX "zone_applications_org_idx" ON "zone_applications" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_buildings_code_unique" ON "zone_buildings" USING btree ("site_id","code");--> statement-breakpoint
CREATE INDEX "zone_eligibility_rules_idx" ON "zone_eligibility_rules" USING btree ("zone_id","code");--> statement-breakpoint
CREATE INDEX "zone_leases_resident_idx" ON "zone_leases" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "zone_leases_unit_idx" ON "zone_leases" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "zone_media_object_idx" ON "zone_media" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "zone_permitted_activities_idx" ON "zone_permitted_activities" USING btree ("zone_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_residents_register_unique" ON "zone_residents" USING btree ("zone_id","register_number");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_residents_certificate_unique" ON "zone_residents" USING btree ("zone_id","certificate_number");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_residents_current_unique" ON "zone_residents" USING btree ("zone_id","organization_id") WHERE "zone_residents"."status" <> 'terminated';--> statement-breakpoint
CREATE INDEX "zone_residents_status_idx" ON "zone_residents" USING btree ("zone_id","status");--> statement-breakpoint
CREATE INDEX "zone_residents_org_idx" ON "zone_residents" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_sites_code_unique" ON "zone_sites" USING btree ("zone_id","code");--> statement-breakpoint
CREATE INDEX "zone_sla_rules_idx" ON "zone_sla_rules" USING btree ("zone_id","state");--> statement-breakpoint
CREATE INDEX "zone_unit_holds_unit_idx" ON "zone_unit_holds" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "zone_unit_holds_app_idx" ON "zone_unit_holds" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_units_code_unique" ON "zone_units" USING btree ("building_id","code");--> statement-breakpoint
CREATE INDEX "zone_units_kind_idx" ON "zone_units" USING btree ("kind","status");