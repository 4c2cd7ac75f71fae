import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per scheduled job and tick. The primary key is the claim: of several app instances
 * only the one whose insert succeeds runs that tick, and a restart loses nothing (the next tick
 * is claimed by whoever is up).
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    tick: timestamp('tick', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('running'),
    error: text('error'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.job, t.tick] })],
);
