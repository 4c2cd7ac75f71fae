import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../../seed/demo.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { APPLICATION_STATES, zoneApplications } from '../zone.tables.ts';

let t: TestApp;
const timings: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.ctx, (msg) => {
    const m = /^demo: (\w+) \((\d+) ms\)$/.exec(msg);
    if (m) timings[m[1] as string] = Number(m[2]);
  });
});
afterAll(async () => t?.close());

describe('zone demo', () => {
  it('has the Tomsk zone with its two real sites', async () => {
    const zones = (await t.app.inject('/api/zone/zones')).json();
    expect(zones).toHaveLength(1);
    expect(zones[0]).toMatchObject({
      nameRu: 'ОЭЗ ТВТ «Томск»',
      municipality: 'г. Томск',
      establishedOn: '2005-12-21',
    });
    const zone = (await t.app.inject(`/api/zone/zones/${zones[0].id}`)).json();
    expect(zone.sites.map((s: { nameRu: string }) => s.nameRu)).toEqual([
      'Площадка «Северная»',
      'Площадка «Южная»',
    ]);
  });

  it('has ~60 residents, two-thirds IT and about one in five with foreign capital', async () => {
    const stats = (await t.app.inject('/api/zone/stats')).json();
    expect(stats.residents.total).toBeGreaterThanOrEqual(55);
    expect(stats.residents.total).toBeLessThanOrEqual(62);
    expect(stats.itShare).toBeGreaterThan(0.55);
    expect(stats.itShare).toBeLessThan(0.8);
    expect(stats.foreignCapitalShare).toBeGreaterThan(0.1);
    expect(stats.foreignCapitalShare).toBeLessThan(0.3);
    expect(stats.byStatus.map((s: { status: string }) => s.status).sort()).toEqual([
      'active',
      'amendment_pending',
      'registered',
      'terminated',
    ]);
    expect(stats.planVsFact.length).toBeGreaterThan(10);
    const list = (await t.app.inject('/api/zone/residents?pageSize=100')).json();
    expect(list.total).toBe(stats.residents.total);
    expect(list.items.every((r: { inn: string | null }) => r.inn)).toBe(true);
  });

  it('has applications in every state, leases and vacancies', async () => {
    const rows = await t.ctx.db
      .select({ state: zoneApplications.state, n: sql<number>`count(*)::int` })
      .from(zoneApplications)
      .groupBy(zoneApplications.state);
    expect(rows.map((r) => r.state).sort()).toEqual([...APPLICATION_STATES].sort());
    const [leases] = await t.ctx.database.query<{ n: number }>('select count(*)::int as n from zone_leases');
    expect(leases?.n).toBeGreaterThan(40);
    const vacancies = (await t.app.inject('/api/zone/vacancies?from=2026-07-01&to=2026-07-31')).json();
    expect(vacancies.total).toBeGreaterThan(0);
  });

  it('loads the zone step quickly', () => {
    expect(timings.zone).toBeDefined();
    expect(timings.zone).toBeLessThan(5000);
  });
});
