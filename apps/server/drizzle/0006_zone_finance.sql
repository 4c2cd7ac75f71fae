CREATE TABLE "zone_benefit_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"profit_kopecks" bigint NOT NULL,
	"property_kopecks" bigint NOT NULL,
	"land_kopecks" bigint NOT NULL,
	"transport_kopecks" bigint NOT NULL,
	"insurance_kopecks" bigint NOT NULL,
	"total_kopecks" bigint NOT NULL,
	"capex_kopecks" bigint NOT NULL,
	"rnd_kopecks" bigint NOT NULL,
	"status" text NOT NULL,
	"entry" jsonb NOT NULL,
	"closed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_benefit_ledger_status_check" CHECK ("zone_benefit_ledger"."status" in ('not_applicable','compliant','breach','in_grace','suspended'))
);
--> statement-breakpoint
CREATE TABLE "zone_compliance_case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"comment" text,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zone_compliance_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"flag" text NOT NULL,
	"subject_key" text NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"assignee_id" text,
	"last_evaluated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"condition_cleared_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_compliance_cases_flag_check" CHECK ("zone_compliance_cases"."flag" in ('T1','T2','T3','T4','T5','T6','T7')),
	CONSTRAINT "zone_compliance_cases_status_check" CHECK ("zone_compliance_cases"."status" in ('open','acknowledged','resolved','dismissed')),
	CONSTRAINT "zone_compliance_cases_severity_check" CHECK ("zone_compliance_cases"."severity" in ('warning','breach_candidate','escalation','suspension','block'))
);
--> statement-breakpoint
CREATE TABLE "zone_court_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"claimant" text NOT NULL,
	"case_number" text NOT NULL,
	"filed_on" date NOT NULL,
	"closed_on" date,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_court_claims_claimant_check" CHECK ("zone_court_claims"."claimant" in ('management_company','ministry','other')),
	CONSTRAINT "zone_court_claims_dates_check" CHECK ("zone_court_claims"."closed_on" is null or "zone_court_claims"."closed_on" >= "zone_court_claims"."filed_on")
);
--> statement-breakpoint
CREATE TABLE "zone_finance_params" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid,
	"code" text NOT NULL,
	"tier_from" integer DEFAULT 1 NOT NULL,
	"tier_to" integer,
	"rate_percent" numeric(7, 4),
	"amount_kopecks" bigint,
	"count" integer,
	"text_value" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"status" text DEFAULT 'proposed' NOT NULL,
	"source" text NOT NULL,
	"confidence" text NOT NULL,
	"note" text,
	"proposed_by" text,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_finance_params_status_check" CHECK ("zone_finance_params"."status" in ('proposed','approved','superseded','rejected')),
	CONSTRAINT "zone_finance_params_confidence_check" CHECK ("zone_finance_params"."confidence" in ('stated','unconfirmed')),
	CONSTRAINT "zone_finance_params_one_value_check" CHECK (num_nonnulls("zone_finance_params"."rate_percent", "zone_finance_params"."amount_kopecks", "zone_finance_params"."count", "zone_finance_params"."text_value") = 1),
	CONSTRAINT "zone_finance_params_rate_check" CHECK ("zone_finance_params"."rate_percent" is null or ("zone_finance_params"."rate_percent" >= 0 and "zone_finance_params"."rate_percent" <= 100)),
	CONSTRAINT "zone_finance_params_tier_check" CHECK ("zone_finance_params"."tier_from" >= 1 and ("zone_finance_params"."tier_to" is null or "zone_finance_params"."tier_to" >= "zone_finance_params"."tier_from")),
	CONSTRAINT "zone_finance_params_dates_check" CHECK ("zone_finance_params"."effective_to" is null or "zone_finance_params"."effective_to" > "zone_finance_params"."effective_from"),
	CONSTRAINT "zone_finance_params_four_eyes_check" CHECK ("zone_finance_params"."approved_by" is null or "zone_finance_params"."proposed_by" is null or "zone_finance_params"."approved_by" <> "zone_finance_params"."proposed_by")
);
--> statement-breakpoint
CREATE TABLE "zone_project_deliverables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"delivered_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_project_deliverables_kind_check" CHECK ("zone_project_deliverables"."kind" in ('project_documentation','engineering_survey'))
);
--> statement-breakpoint
CREATE TABLE "zone_rent_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"period_month" date NOT NULL,
	"amount_kopecks" bigint NOT NULL,
	"due_on" date NOT NULL,
	"paid_kopecks" bigint DEFAULT 0 NOT NULL,
	"paid_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_rent_invoices_amount_check" CHECK ("zone_rent_invoices"."amount_kopecks" >= 0 and "zone_rent_invoices"."paid_kopecks" >= 0)
);
--> statement-breakpoint
CREATE TABLE "zone_report_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"recipients" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zone_reporting_calendars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid,
	"quarterly_due_days" integer NOT NULL,
	"annual_due_month" integer NOT NULL,
	"annual_due_day" integer NOT NULL,
	"remind_before_days" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"remind_after_days" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"confidence" text NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_reporting_calendars_days_check" CHECK ("zone_reporting_calendars"."quarterly_due_days" between 0 and 365),
	CONSTRAINT "zone_reporting_calendars_annual_check" CHECK ("zone_reporting_calendars"."annual_due_month" between 1 and 12 and "zone_reporting_calendars"."annual_due_day" between 1 and 31),
	CONSTRAINT "zone_reporting_calendars_confidence_check" CHECK ("zone_reporting_calendars"."confidence" in ('stated','unconfirmed')),
	CONSTRAINT "zone_reporting_calendars_dates_check" CHECK ("zone_reporting_calendars"."effective_to" is null or "zone_reporting_calendars"."effective_to" > "zone_reporting_calendars"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "zone_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'due' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"headcount" integer,
	"new_jobs" integer,
	"avg_monthly_wage_kopecks" bigint,
	"revenue_kopecks" bigint,
	"tvt_revenue_kopecks" bigint,
	"investment_kopecks" bigint,
	"capex_kopecks" bigint,
	"rnd_kopecks" bigint,
	"exports_kopecks" bigint,
	"taxes_paid_kopecks" bigint,
	"benefits_used_kopecks" bigint,
	"sez_profit_base_kopecks" bigint,
	"payroll_under_cap_kopecks" bigint,
	"payroll_above_cap_kopecks" bigint,
	"property_assets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"land_plots" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"vehicles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"comment" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"review_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_reports_kind_check" CHECK ("zone_reports"."kind" in ('quarterly','annual')),
	CONSTRAINT "zone_reports_status_check" CHECK ("zone_reports"."status" in ('due','draft','submitted','accepted','returned')),
	CONSTRAINT "zone_reports_quarter_check" CHECK (("zone_reports"."kind" = 'quarterly' and "zone_reports"."quarter" between 1 and 4) or ("zone_reports"."kind" = 'annual' and "zone_reports"."quarter" is null)),
	CONSTRAINT "zone_reports_dates_check" CHECK ("zone_reports"."period_end" >= "zone_reports"."period_start" and "zone_reports"."due_on" >= "zone_reports"."period_end"),
	CONSTRAINT "zone_reports_nonneg_check" CHECK (coalesce("zone_reports"."headcount", 0) >= 0 and coalesce("zone_reports"."avg_monthly_wage_kopecks", 0) >= 0 and coalesce("zone_reports"."revenue_kopecks", 0) >= 0 and coalesce("zone_reports"."capex_kopecks", 0) >= 0 and coalesce("zone_reports"."rnd_kopecks", 0) >= 0 and coalesce("zone_reports"."exports_kopecks", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "zone_resident_tax_profiles" (
	"resident_id" uuid PRIMARY KEY NOT NULL,
	"first_sez_income_year" integer,
	"separate_accounting" boolean DEFAULT true NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_resident_tax_profiles_year_check" CHECK ("zone_resident_tax_profiles"."first_sez_income_year" is null or "zone_resident_tax_profiles"."first_sez_income_year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "zone_benefit_ledger" ADD CONSTRAINT "zone_benefit_ledger_resident_id_zone_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."zone_residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_benefit_ledger" ADD CONSTRAINT "zone_benefit_ledger_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_compliance_case_events" ADD CONSTRAINT "zone_compliance_case_events_case_id_zone_compliance_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."zone_compliance_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_compliance_case_events" ADD CONSTRAINT "zone_compliance_case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_compliance_cases" ADD CONSTRAINT "zone_compliance_cases_resident_id_zone_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."zone_residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_compliance_cases" ADD CONSTRAINT "zone_compliance_cases_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_court_claims" ADD CONSTRAINT "zone_court_claims_resident_id_zone_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."zone_residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_finance_params" ADD CONSTRAINT "zone_finance_params_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_finance_params" ADD CONSTRAINT "zone_finance_params_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_finance_params" ADD CONSTRAINT "zone_finance_params_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_project_deliverables" ADD CONSTRAINT "zone_project_deliverables_resident_id_zone_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."zone_residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_rent_invoices" ADD CONSTRAINT "zone_rent_invoices_lease_id_zone_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."zone_leases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_rent_invoices" ADD CONSTRAINT "zone_rent_invoices_resident_id_zone_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."zone_residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_report_reminders" ADD CONSTRAINT "zone_report_reminders_report_id_zone_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."zone_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_reporting_calendars" ADD CONSTRAINT "zone_reporting_calendars_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_reporting_calendars" ADD CONSTRAINT "zone_reporting_calendars_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_reports" ADD CONSTRAINT "zone_reports_resident_id_zone_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."zone_residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_reports" ADD CONSTRAINT "zone_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_reports" ADD CONSTRAINT "zone_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_resident_tax_profiles" ADD CONSTRAINT "zone_resident_tax_profiles_resident_id_zone_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."zone_residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_resident_tax_profiles" ADD CONSTRAINT "zone_resident_tax_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "zone_benefit_ledger_unique" ON "zone_benefit_ledger" USING btree ("resident_id","year");--> statement-breakpoint
CREATE INDEX "zone_compliance_case_events_case_idx" ON "zone_compliance_case_events" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_compliance_cases_unique" ON "zone_compliance_cases" USING btree ("resident_id","flag","subject_key");--> statement-breakpoint
CREATE INDEX "zone_compliance_cases_status_idx" ON "zone_compliance_cases" USING btree ("status","flag");--> statement-breakpoint
CREATE INDEX "zone_court_claims_resident_idx" ON "zone_court_claims" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "zone_finance_params_code_idx" ON "zone_finance_params" USING btree ("code","zone_id","effective_from");--> statement-breakpoint
CREATE INDEX "zone_project_deliverables_resident_idx" ON "zone_project_deliverables" USING btree ("resident_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_rent_invoices_unique" ON "zone_rent_invoices" USING btree ("lease_id","period_month");--> statement-breakpoint
CREATE INDEX "zone_rent_invoices_resident_idx" ON "zone_rent_invoices" USING btree ("resident_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_report_reminders_unique" ON "zone_report_reminders" USING btree ("report_id","stage");--> statement-breakpoint
CREATE INDEX "zone_reporting_calendars_zone_idx" ON "zone_reporting_calendars" USING btree ("zone_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_reports_resident_period_unique" ON "zone_reports" USING btree ("resident_id","period");--> statement-breakpoint
CREATE INDEX "zone_reports_due_idx" ON "zone_reports" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "zone_reports_resident_year_idx" ON "zone_reports" USING btree ("resident_id","year");