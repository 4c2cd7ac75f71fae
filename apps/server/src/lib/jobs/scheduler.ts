import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { jobRuns } from './jobs.tables.ts';

export interface ScheduledJob {
  /** Stable name, e.g. `zone.reporting`. */
  name: string;
  /** How often it runs; ticks are aligned to multiples of this since the epoch. */
  everyMs: number;
  run(now: Date): Promise<unknown>;
}

export function tickOf(now: Date, everyMs: number): Date {
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs);
}

/** Claims the current tick of a job; true only for the one caller that should run it. */
export async function claimTick(db: Db, job: string, tick: Date): Promise<boolean> {
  const rows = await db
    .insert(jobRuns)
    .values({ job, tick })
    .onConflictDoNothing()
    .returning({ job: jobRuns.job });
  return rows.length === 1;
}

async function finish(db: Db, job: string, tick: Date, error: unknown) {
  await db
    .update(jobRuns)
    .set({
      status: error ? 'failed' : 'done',
      error: error ? String((error as Error).message ?? error).slice(0, 1000) : null,
      finishedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(and(eq(jobRuns.job, job), eq(jobRuns.tick, tick)));
}

/** Runs each due job whose current tick nobody has claimed yet. */
export async function runDueJobs(db: Db, jobs: readonly ScheduledJob[], now = new Date()): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    const tick = tickOf(now, job.everyMs);
    if (!(await claimTick(db, job.name, tick))) continue;
    let error: unknown = null;
    try {
      await job.run(now);
    } catch (err) {
      error = err ?? new Error('job failed');
    }
    await finish(db, job.name, tick, error);
    ran.push(job.name);
  }
  return ran;
}

/** Checks every `pollMs` for due jobs; the timer does not keep the process alive. */
export function startScheduler(
  db: Db,
  jobs: readonly ScheduledJob[],
  onError: (err: unknown) => void,
  pollMs = 60_000,
): () => void {
  let running = false;
  const poll = async () => {
    if (running) return;
    running = true;
    try {
      await runDueJobs(db, jobs);
    } catch (err) {
      onError(err);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void poll(), 5_000);
  const timer = setInterval(() => void poll(), pollMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
