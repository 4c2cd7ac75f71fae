import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrations } from '../db/migrate.ts';
import { openPglite, type PgliteDatabase } from '../db/pglite.ts';
import { runDueJobs, type ScheduledJob, tickOf } from './scheduler.ts';

let database: PgliteDatabase;
beforeAll(async () => {
  database = await openPglite({});
  await runMigrations(database);
});
afterAll(async () => database?.close());

describe('scheduled jobs', () => {
  it('run once per tick however many instances poll', async () => {
    let runs = 0;
    const job: ScheduledJob = { name: 'test.count', everyMs: 3_600_000, run: async () => void runs++ };
    const now = new Date('2026-11-25T10:15:00Z');
    // Five "instances" polling the same tick at once.
    const results = await Promise.all(Array.from({ length: 5 }, () => runDueJobs(database.db, [job], now)));
    expect(runs).toBe(1);
    expect(results.flat()).toEqual(['test.count']);
    await runDueJobs(database.db, [job], new Date('2026-11-25T10:59:59Z'));
    expect(runs).toBe(1);
    await runDueJobs(database.db, [job], new Date('2026-11-25T11:00:00Z'));
    expect(runs).toBe(2);
  });

  it('records a failure and does not retry the same tick', async () => {
    const job: ScheduledJob = {
      name: 'test.fail',
      everyMs: 60_000,
      run: async () => Promise.reject(new Error('boom')),
    };
    const now = new Date('2026-11-25T10:00:30Z');
    await runDueJobs(database.db, [job], now);
    const rows = await database.query<{ status: string; error: string }>(
      `select status, error from job_runs where job = 'test.fail'`,
    );
    expect(rows).toEqual([{ status: 'failed', error: 'boom' }]);
  });

  it('aligns ticks to the interval', () => {
    expect(tickOf(new Date('2026-11-25T10:15:42Z'), 3_600_000).toISOString()).toBe(
      '2026-11-25T10:00:00.000Z',
    );
  });
});
