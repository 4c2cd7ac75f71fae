CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"tick" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"error" text,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_runs_job_tick_pk" PRIMARY KEY("job","tick")
);
