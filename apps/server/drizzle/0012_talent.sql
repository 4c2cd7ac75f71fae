CREATE TABLE "talent_application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"actor_id" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"cover_note" text,
	"cv_file_id" uuid,
	"cv_file_name" text,
	"stage" text DEFAULT 'new' NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_applications_stage_check" CHECK ("talent_applications"."stage" in ('new','screening','interview','offer','hired','rejected','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "talent_employers" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_employers_status_check" CHECK ("talent_employers"."status" in ('pending','approved','rejected','suspended'))
);
--> statement-breakpoint
CREATE TABLE "talent_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"university_id" uuid NOT NULL,
	"imported_by" text,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"status" text NOT NULL,
	"rows_total" integer NOT NULL,
	"rows_created" integer DEFAULT 0 NOT NULL,
	"rows_updated" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_imports_kind_check" CHECK ("talent_imports"."kind" in ('profiles','outcomes')),
	CONSTRAINT "talent_imports_status_check" CHECK ("talent_imports"."status" in ('applied','rejected'))
);
--> statement-breakpoint
CREATE TABLE "talent_opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_by" text,
	"kind" text NOT NULL,
	"title_ru" text,
	"title_en" text,
	"description_ru" text,
	"description_en" text,
	"required_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"nice_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"city" text,
	"remote" boolean DEFAULT false NOT NULL,
	"salary_from" integer,
	"salary_to" integer,
	"positions" integer DEFAULT 1 NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('russian', coalesce(title_ru, '')), 'A') || setweight(to_tsvector('english', coalesce(title_en, '')), 'A') || setweight(to_tsvector('russian', coalesce(description_ru, '')), 'B') || setweight(to_tsvector('english', coalesce(description_en, '')), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_opportunities_kind_check" CHECK ("talent_opportunities"."kind" in ('job','internship')),
	CONSTRAINT "talent_opportunities_status_check" CHECK ("talent_opportunities"."status" in ('draft','published','closed')),
	CONSTRAINT "talent_opportunities_title_check" CHECK (coalesce("talent_opportunities"."title_ru", "talent_opportunities"."title_en") is not null),
	CONSTRAINT "talent_opportunities_positions_check" CHECK ("talent_opportunities"."positions" between 1 and 10000),
	CONSTRAINT "talent_opportunities_salary_check" CHECK (("talent_opportunities"."salary_from" is null or "talent_opportunities"."salary_from" >= 0) and ("talent_opportunities"."salary_to" is null or "talent_opportunities"."salary_to" >= coalesce("talent_opportunities"."salary_from", 0)))
);
--> statement-breakpoint
CREATE TABLE "talent_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"status" text NOT NULL,
	"employer_name" text,
	"employer_organization_id" uuid,
	"city" text,
	"region_code" text,
	"country" text DEFAULT 'RU' NOT NULL,
	"geo_bucket" text,
	"occupation" text,
	"in_profile" boolean,
	"observed_on" date NOT NULL,
	"source" text NOT NULL,
	"recorded_by" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_outcomes_status_check" CHECK ("talent_outcomes"."status" in ('employed','self_employed','entrepreneur','further_study','military','parental_leave','unemployed')),
	CONSTRAINT "talent_outcomes_source_check" CHECK ("talent_outcomes"."source" in ('self_report','university_import','aggregate_import')),
	CONSTRAINT "talent_outcomes_geo_check" CHECK ("talent_outcomes"."geo_bucket" is null or "talent_outcomes"."geo_bucket" in ('tomsk','siberia','moscow_spb','other_russia','cis','abroad'))
);
--> statement-breakpoint
CREATE TABLE "talent_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text,
	"email" text,
	"full_name" text NOT NULL,
	"university_id" uuid,
	"student_number" text,
	"faculty" text,
	"program" text,
	"program_code" text,
	"degree" text,
	"study_start_year" integer,
	"graduation_year" integer,
	"status" text DEFAULT 'student' NOT NULL,
	"city" text,
	"headline" text,
	"about" text,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"prefers_region" boolean DEFAULT false NOT NULL,
	"open_to_relocation" boolean DEFAULT false NOT NULL,
	"open_to_remote" boolean DEFAULT false NOT NULL,
	"visibility" text DEFAULT 'hidden' NOT NULL,
	"cv_file_id" uuid,
	"cv_file_name" text,
	"source" text DEFAULT 'self' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('russian', coalesce(headline, '') || ' ' || coalesce(program, '')), 'A') || setweight(to_tsvector('english', coalesce(headline, '') || ' ' || coalesce(program, '')), 'A') || setweight(to_tsvector('russian', coalesce(about, '') || ' ' || coalesce(faculty, '')), 'B') || setweight(to_tsvector('english', coalesce(about, '')), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_profiles_visibility_check" CHECK ("talent_profiles"."visibility" in ('public','recruiters','hidden')),
	CONSTRAINT "talent_profiles_status_check" CHECK ("talent_profiles"."status" in ('student','graduate')),
	CONSTRAINT "talent_profiles_degree_check" CHECK ("talent_profiles"."degree" is null or "talent_profiles"."degree" in ('vocational','bachelor','specialist','master','phd')),
	CONSTRAINT "talent_profiles_source_check" CHECK ("talent_profiles"."source" in ('self','import')),
	CONSTRAINT "talent_profiles_email_lower_check" CHECK ("talent_profiles"."email" is null or "talent_profiles"."email" = lower("talent_profiles"."email"))
);
--> statement-breakpoint
CREATE TABLE "talent_skills" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"category" text NOT NULL,
	"is_custom" boolean DEFAULT false NOT NULL,
	"added_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"survey_year" integer NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"outcome_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talent_application_events" ADD CONSTRAINT "talent_application_events_application_id_talent_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."talent_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_application_events" ADD CONSTRAINT "talent_application_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_applications" ADD CONSTRAINT "talent_applications_opportunity_id_talent_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."talent_opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_applications" ADD CONSTRAINT "talent_applications_profile_id_talent_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."talent_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_applications" ADD CONSTRAINT "talent_applications_cv_file_id_stored_files_id_fk" FOREIGN KEY ("cv_file_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_employers" ADD CONSTRAINT "talent_employers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_employers" ADD CONSTRAINT "talent_employers_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_employers" ADD CONSTRAINT "talent_employers_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_imports" ADD CONSTRAINT "talent_imports_university_id_organizations_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_imports" ADD CONSTRAINT "talent_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_opportunities" ADD CONSTRAINT "talent_opportunities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_opportunities" ADD CONSTRAINT "talent_opportunities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_outcomes" ADD CONSTRAINT "talent_outcomes_profile_id_talent_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."talent_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_outcomes" ADD CONSTRAINT "talent_outcomes_employer_organization_id_organizations_id_fk" FOREIGN KEY ("employer_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_outcomes" ADD CONSTRAINT "talent_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_profiles" ADD CONSTRAINT "talent_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_profiles" ADD CONSTRAINT "talent_profiles_university_id_organizations_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_profiles" ADD CONSTRAINT "talent_profiles_cv_file_id_stored_files_id_fk" FOREIGN KEY ("cv_file_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_skills" ADD CONSTRAINT "talent_skills_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_survey_invitations" ADD CONSTRAINT "talent_survey_invitations_profile_id_talent_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."talent_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_survey_invitations" ADD CONSTRAINT "talent_survey_invitations_outcome_id_talent_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."talent_outcomes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_application_events_app_idx" ON "talent_application_events" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_applications_one_per_posting" ON "talent_applications" USING btree ("opportunity_id","profile_id");--> statement-breakpoint
CREATE INDEX "talent_applications_profile_idx" ON "talent_applications" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "talent_applications_stage_idx" ON "talent_applications" USING btree ("opportunity_id","stage");--> statement-breakpoint
CREATE INDEX "talent_employers_status_idx" ON "talent_employers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "talent_imports_university_idx" ON "talent_imports" USING btree ("university_id","created_at");--> statement-breakpoint
CREATE INDEX "talent_opportunities_org_idx" ON "talent_opportunities" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "talent_opportunities_open_idx" ON "talent_opportunities" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "talent_opportunities_skills_idx" ON "talent_opportunities" USING gin ("required_skills");--> statement-breakpoint
CREATE INDEX "talent_opportunities_search_idx" ON "talent_opportunities" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "talent_outcomes_profile_idx" ON "talent_outcomes" USING btree ("profile_id","observed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_profiles_user_unique" ON "talent_profiles" USING btree ("user_id") WHERE "talent_profiles"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "talent_profiles_email_unique" ON "talent_profiles" USING btree ("email") WHERE "talent_profiles"."email" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "talent_profiles_student_number_unique" ON "talent_profiles" USING btree ("university_id","student_number") WHERE "talent_profiles"."student_number" is not null;--> statement-breakpoint
CREATE INDEX "talent_profiles_skills_idx" ON "talent_profiles" USING gin ("skills");--> statement-breakpoint
CREATE INDEX "talent_profiles_search_idx" ON "talent_profiles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "talent_profiles_cohort_idx" ON "talent_profiles" USING btree ("university_id","graduation_year");--> statement-breakpoint
CREATE INDEX "talent_skills_name_trgm" ON "talent_skills" USING gin (("name_ru" || ' ' || "name_en") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "talent_skills_name_ru_unique" ON "talent_skills" USING btree (lower("name_ru"));--> statement-breakpoint
CREATE UNIQUE INDEX "talent_skills_name_en_unique" ON "talent_skills" USING btree (lower("name_en"));--> statement-breakpoint
CREATE UNIQUE INDEX "talent_survey_token_unique" ON "talent_survey_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_survey_one_per_year" ON "talent_survey_invitations" USING btree ("profile_id","survey_year");--> statement-breakpoint
-- The curated skills taxonomy (docs/domain/talent.md, "Skills"): what Tomsk students learn and
-- Tomsk employers ask for, in Russian and English. Free additions by users come on top (is_custom).
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('python', 'Python', 'Python', 'programming'),
  ('java', 'Java', 'Java', 'programming'),
  ('kotlin', 'Kotlin', 'Kotlin', 'programming'),
  ('c', 'C', 'C', 'programming'),
  ('cpp', 'C++', 'C++', 'programming'),
  ('csharp', 'C#', 'C#', 'programming'),
  ('go', 'Go', 'Go', 'programming'),
  ('rust', 'Rust', 'Rust', 'programming'),
  ('javascript', 'JavaScript', 'JavaScript', 'programming'),
  ('typescript', 'TypeScript', 'TypeScript', 'programming'),
  ('php', 'PHP', 'PHP', 'programming'),
  ('swift', 'Swift', 'Swift', 'programming'),
  ('scala', 'Scala', 'Scala', 'programming'),
  ('matlab', 'MATLAB', 'MATLAB', 'programming'),
  ('r-lang', 'R', 'R', 'programming'),
  ('fortran', 'Фортран', 'Fortran', 'programming'),
  ('bash', 'Bash и командная строка Linux', 'Bash and the Linux shell', 'programming'),
  ('git', 'Git', 'Git', 'programming'),
  ('algorithms', 'Алгоритмы и структуры данных', 'Algorithms and data structures', 'programming'),
  ('oop', 'Объектно-ориентированное проектирование', 'Object-oriented design', 'programming'),
  ('testing', 'Тестирование ПО', 'Software testing', 'programming'),
  ('test-automation', 'Автоматизация тестирования', 'Test automation', 'programming'),
  ('android', 'Разработка под Android', 'Android development', 'programming'),
  ('ios', 'Разработка под iOS', 'iOS development', 'programming'),
  ('flutter', 'Flutter', 'Flutter', 'programming'),
  ('gamedev', 'Разработка игр', 'Game development', 'programming'),
  ('unity', 'Unity', 'Unity', 'programming'),
  ('qt', 'Qt', 'Qt', 'programming')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('sql', 'SQL', 'SQL', 'data'),
  ('postgresql', 'PostgreSQL', 'PostgreSQL', 'data'),
  ('clickhouse', 'ClickHouse', 'ClickHouse', 'data'),
  ('mongodb', 'MongoDB', 'MongoDB', 'data'),
  ('data-analysis', 'Анализ данных', 'Data analysis', 'data'),
  ('statistics', 'Математическая статистика', 'Statistics', 'data'),
  ('machine-learning', 'Машинное обучение', 'Machine learning', 'data'),
  ('deep-learning', 'Глубокое обучение', 'Deep learning', 'data'),
  ('computer-vision', 'Компьютерное зрение', 'Computer vision', 'data'),
  ('nlp', 'Обработка естественного языка', 'Natural language processing', 'data'),
  ('pandas', 'pandas', 'pandas', 'data'),
  ('pytorch', 'PyTorch', 'PyTorch', 'data'),
  ('tensorflow', 'TensorFlow', 'TensorFlow', 'data'),
  ('scikit-learn', 'scikit-learn', 'scikit-learn', 'data'),
  ('data-engineering', 'Инженерия данных', 'Data engineering', 'data'),
  ('spark', 'Apache Spark', 'Apache Spark', 'data'),
  ('bi', 'BI-аналитика', 'Business intelligence', 'data'),
  ('power-bi', 'Power BI', 'Power BI', 'data'),
  ('excel', 'Excel (продвинутый)', 'Excel (advanced)', 'data'),
  ('gis', 'ГИС', 'GIS', 'data')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('html-css', 'HTML и CSS', 'HTML and CSS', 'web'),
  ('react', 'React', 'React', 'web'),
  ('vue', 'Vue.js', 'Vue.js', 'web'),
  ('angular', 'Angular', 'Angular', 'web'),
  ('nodejs', 'Node.js', 'Node.js', 'web'),
  ('django', 'Django', 'Django', 'web'),
  ('fastapi', 'FastAPI', 'FastAPI', 'web'),
  ('spring', 'Spring', 'Spring', 'web'),
  ('dotnet', '.NET', '.NET', 'web'),
  ('laravel', 'Laravel', 'Laravel', 'web'),
  ('rest-api', 'Проектирование REST API', 'REST API design', 'web'),
  ('graphql', 'GraphQL', 'GraphQL', 'web')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('linux', 'Администрирование Linux', 'Linux administration', 'infrastructure'),
  ('docker', 'Docker', 'Docker', 'infrastructure'),
  ('kubernetes', 'Kubernetes', 'Kubernetes', 'infrastructure'),
  ('ci-cd', 'CI/CD', 'CI/CD', 'infrastructure'),
  ('devops', 'DevOps', 'DevOps', 'infrastructure'),
  ('networking', 'Компьютерные сети', 'Computer networking', 'infrastructure'),
  ('infosec', 'Информационная безопасность', 'Information security', 'infrastructure'),
  ('pentest', 'Тестирование на проникновение', 'Penetration testing', 'infrastructure'),
  ('cryptography', 'Криптография', 'Cryptography', 'infrastructure'),
  ('cloud', 'Облачные платформы', 'Cloud platforms', 'infrastructure')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('embedded-c', 'Встраиваемое ПО на C', 'Embedded C', 'electronics'),
  ('microcontrollers', 'Микроконтроллеры (STM32, AVR)', 'Microcontrollers (STM32, AVR)', 'electronics'),
  ('rtos', 'Операционные системы реального времени', 'Real-time operating systems', 'electronics'),
  ('fpga', 'ПЛИС (FPGA)', 'FPGA', 'electronics'),
  ('verilog', 'Verilog / VHDL', 'Verilog / VHDL', 'electronics'),
  ('pcb-design', 'Проектирование печатных плат', 'PCB design', 'electronics'),
  ('altium', 'Altium Designer', 'Altium Designer', 'electronics'),
  ('circuit-design', 'Схемотехника', 'Circuit design', 'electronics'),
  ('analog-electronics', 'Аналоговая электроника', 'Analog electronics', 'electronics'),
  ('power-electronics', 'Силовая электроника', 'Power electronics', 'electronics'),
  ('plc', 'Программирование ПЛК', 'PLC programming', 'electronics'),
  ('scada', 'SCADA-системы', 'SCADA systems', 'electronics'),
  ('industrial-automation', 'Автоматизация технологических процессов', 'Industrial automation', 'electronics'),
  ('robotics', 'Робототехника', 'Robotics', 'electronics'),
  ('iot', 'Интернет вещей', 'Internet of things', 'electronics'),
  ('ros', 'ROS', 'ROS', 'electronics')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('radio-engineering', 'Радиотехника', 'Radio engineering', 'radio'),
  ('microwave', 'СВЧ-техника', 'Microwave engineering', 'radio'),
  ('antenna-design', 'Проектирование антенн', 'Antenna design', 'radio'),
  ('dsp', 'Цифровая обработка сигналов', 'Digital signal processing', 'radio'),
  ('sdr', 'Программно-определяемое радио (SDR)', 'Software-defined radio', 'radio'),
  ('telecom', 'Телекоммуникационные системы', 'Telecommunication systems', 'radio'),
  ('satellite-comms', 'Спутниковая связь', 'Satellite communications', 'radio'),
  ('radar', 'Радиолокация', 'Radar systems', 'radio'),
  ('emc', 'Электромагнитная совместимость', 'Electromagnetic compatibility', 'radio'),
  ('optoelectronics', 'Оптоэлектроника', 'Optoelectronics', 'radio')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('nuclear-physics', 'Ядерная физика', 'Nuclear physics', 'energy'),
  ('nuclear-engineering', 'Ядерные энергетические установки', 'Nuclear power engineering', 'energy'),
  ('radiation-safety', 'Радиационная безопасность', 'Radiation safety', 'energy'),
  ('power-systems', 'Электроэнергетические системы', 'Electric power systems', 'energy'),
  ('relay-protection', 'Релейная защита и автоматика', 'Relay protection and automation', 'energy'),
  ('heat-engineering', 'Теплоэнергетика', 'Thermal power engineering', 'energy'),
  ('renewable-energy', 'Возобновляемая энергетика', 'Renewable energy', 'energy'),
  ('petroleum-geology', 'Геология нефти и газа', 'Petroleum geology', 'energy'),
  ('drilling', 'Бурение скважин', 'Well drilling', 'energy'),
  ('reservoir-engineering', 'Разработка нефтяных месторождений', 'Reservoir engineering', 'energy'),
  ('oil-gas-processing', 'Переработка нефти и газа', 'Oil and gas processing', 'energy'),
  ('pipelines', 'Трубопроводный транспорт', 'Pipeline engineering', 'energy'),
  ('geophysics', 'Геофизика', 'Geophysics', 'energy'),
  ('autocad', 'AutoCAD', 'AutoCAD', 'energy'),
  ('solidworks', 'SolidWorks', 'SolidWorks', 'energy'),
  ('compass-3d', 'КОМПАС-3D', 'KOMPAS-3D', 'energy'),
  ('ansys', 'ANSYS', 'ANSYS', 'energy'),
  ('materials-science', 'Материаловедение', 'Materials science', 'energy')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('clinical-research', 'Клинические исследования', 'Clinical research', 'biomed'),
  ('gcp', 'Надлежащая клиническая практика (GCP)', 'Good clinical practice (GCP)', 'biomed'),
  ('gmp', 'Надлежащая производственная практика (GMP)', 'Good manufacturing practice (GMP)', 'biomed'),
  ('pharmacology', 'Фармакология', 'Pharmacology', 'biomed'),
  ('pharmaceutical-technology', 'Фармацевтическая технология', 'Pharmaceutical technology', 'biomed'),
  ('medical-devices', 'Медицинские изделия', 'Medical devices', 'biomed'),
  ('bioinformatics', 'Биоинформатика', 'Bioinformatics', 'biomed'),
  ('molecular-biology', 'Молекулярная биология', 'Molecular biology', 'biomed'),
  ('cell-culture', 'Работа с клеточными культурами', 'Cell culture', 'biomed'),
  ('pcr', 'ПЦР-диагностика', 'PCR diagnostics', 'biomed'),
  ('biostatistics', 'Биостатистика', 'Biostatistics', 'biomed'),
  ('medical-imaging', 'Медицинская визуализация', 'Medical imaging', 'biomed')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('lab-analysis', 'Лабораторный анализ', 'Laboratory analysis', 'science'),
  ('analytical-chemistry', 'Аналитическая химия', 'Analytical chemistry', 'science'),
  ('organic-synthesis', 'Органический синтез', 'Organic synthesis', 'science'),
  ('chromatography', 'Хроматография', 'Chromatography', 'science'),
  ('spectroscopy', 'Спектроскопия', 'Spectroscopy', 'science'),
  ('electron-microscopy', 'Электронная микроскопия', 'Electron microscopy', 'science'),
  ('optics-lasers', 'Оптика и лазеры', 'Optics and lasers', 'science'),
  ('semiconductor-physics', 'Физика полупроводников', 'Semiconductor physics', 'science'),
  ('numerical-modeling', 'Численное моделирование', 'Numerical modelling', 'science'),
  ('comsol', 'COMSOL Multiphysics', 'COMSOL Multiphysics', 'science'),
  ('nanotechnology', 'Нанотехнологии', 'Nanotechnology', 'science'),
  ('ecology', 'Экологический мониторинг', 'Environmental monitoring', 'science'),
  ('scientific-writing', 'Написание научных статей', 'Scientific writing', 'science'),
  ('grant-writing', 'Подготовка грантовых заявок', 'Grant writing', 'science')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('product-management', 'Управление продуктом', 'Product management', 'business'),
  ('project-management', 'Управление проектами', 'Project management', 'business'),
  ('agile', 'Agile и Scrum', 'Agile and Scrum', 'business'),
  ('business-analysis', 'Бизнес-анализ', 'Business analysis', 'business'),
  ('system-analysis', 'Системный анализ', 'Systems analysis', 'business'),
  ('customer-development', 'Customer development', 'Customer development', 'business'),
  ('marketing', 'Маркетинг', 'Marketing', 'business'),
  ('digital-marketing', 'Интернет-маркетинг', 'Digital marketing', 'business'),
  ('sales', 'Продажи', 'Sales', 'business'),
  ('b2b-sales', 'Продажи B2B', 'B2B sales', 'business'),
  ('finance', 'Финансовый анализ', 'Financial analysis', 'business'),
  ('accounting', 'Бухгалтерский учёт', 'Accounting', 'business'),
  ('tech-transfer', 'Трансфер технологий', 'Technology transfer', 'business'),
  ('ip-law', 'Интеллектуальная собственность и патенты', 'Intellectual property and patents', 'business'),
  ('procurement', 'Закупки (44-ФЗ, 223-ФЗ)', 'Public procurement (44-FZ, 223-FZ)', 'business'),
  ('hr', 'Подбор персонала', 'Recruiting', 'business'),
  ('technical-writing', 'Техническая документация', 'Technical writing', 'business')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('1c-programming', 'Программирование 1С', '1C programming', 'erp'),
  ('1c-accounting', '1С:Бухгалтерия', '1C:Accounting', 'erp'),
  ('1c-erp', '1С:ERP', '1C:ERP', 'erp')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('ui-design', 'Дизайн интерфейсов', 'UI design', 'design'),
  ('ux-research', 'UX-исследования', 'UX research', 'design'),
  ('figma', 'Figma', 'Figma', 'design'),
  ('graphic-design', 'Графический дизайн', 'Graphic design', 'design'),
  ('3d-modeling', '3D-моделирование', '3D modelling', 'design'),
  ('industrial-design', 'Промышленный дизайн', 'Industrial design', 'design'),
  ('motion-design', 'Моушн-дизайн', 'Motion design', 'design')
ON CONFLICT DO NOTHING;
