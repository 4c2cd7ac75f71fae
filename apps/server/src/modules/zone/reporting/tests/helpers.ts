import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type SignedIn, type TestApp } from '../../../../testing/test-app.ts';
import { addMembership, createOrganizationForTest } from '../../directory-port.ts';
import { zoneResidentPlans, zoneResidents, zones } from '../../zone.tables.ts';

/** The real app on in-memory PGlite (or PostgreSQL with TEST_DATABASE_URL); part B's routes are registered by the zone module. */
export const createFinanceTestApp = (): Promise<TestApp> => createTestApp();

export async function call(
  t: TestApp,
  who: SignedIn | null,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: who ? { cookie: who.cookie } : {},
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

// biome-ignore lint/suspicious/noExplicitAny: test bodies are read loosely; the route's zod response schema is the contract.
export function ok(res: LightMyRequestResponse, status = 200): any {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json();
}

let n = 0;

export async function makeZone(t: TestApp): Promise<string> {
  n++;
  const [z] = await t.ctx.db
    .insert(zones)
    .values({
      code: `fz-${n}-${Math.random().toString(36).slice(2, 6)}`,
      nameRu: 'ОЭЗ ТВТ «Тест»',
      nameEn: 'Test SEZ',
      municipality: 'г. Томск',
      termStart: '2005-12-21',
    })
    .returning({ id: zones.id });
  return (z as { id: string }).id;
}

/** A resident of an invented company; `member` (if given) joins its organization. */
export async function makeResident(
  t: TestApp,
  zoneId: string,
  values: {
    since: string;
    name?: string;
    status?: 'registered' | 'active' | 'terminated';
    member?: SignedIn;
    plans?: Array<{
      year: number;
      capexKopecks: number;
      rndKopecks: number;
      jobs: number;
      revenueKopecks: number;
    }>;
  },
): Promise<{ residentId: string; organizationId: string }> {
  n++;
  const organizationId = await createOrganizationForTest(t.ctx.db, {
    name: values.name ?? `ООО «Резидент ${n}»`,
  });
  if (values.member) await addMembership(t.ctx.db, organizationId, values.member.userId, 'member');
  const terminated = values.status === 'terminated';
  const [r] = await t.ctx.db
    .insert(zoneResidents)
    .values({
      zoneId,
      organizationId,
      status: values.status ?? 'active',
      registerNumber: `ТВ-${String(n).padStart(4, '0')}`,
      certificateNumber: `C-${n}`,
      since: values.since,
      terminatedOn: terminated ? '2024-12-31' : null,
      terminatedReason: terminated ? 'by_agreement' : null,
    })
    .returning({ id: zoneResidents.id });
  const residentId = (r as { id: string }).id;
  if (values.plans?.length)
    await t.ctx.db.insert(zoneResidentPlans).values(values.plans.map((p) => ({ residentId, ...p })));
  return { residentId, organizationId };
}

export const RUB = (n: number) => n * 100;

/** A complete quarterly form. */
export const QUARTER_FORM = {
  headcount: 42,
  newJobs: 3,
  avgMonthlyWageKopecks: RUB(95_000),
  revenueKopecks: RUB(30_000_000),
  tvtRevenueKopecks: RUB(27_000_000),
  investmentKopecks: RUB(2_500_000),
  capexKopecks: RUB(2_000_000),
  rndKopecks: RUB(1_500_000),
  exportsKopecks: RUB(4_000_000),
  taxesPaidKopecks: RUB(3_100_000),
  benefitsUsedKopecks: RUB(600_000),
};

/** Audit rows (read with SQL: identity's tables are not another module's to import). */
export async function auditRows(
  t: TestApp,
  action: string,
  where: { actorId?: string; objectId?: string } = {},
) {
  const rows = await t.ctx.database.query<{
    actor_id: string | null;
    object_id: string | null;
    details: Record<string, unknown>;
  }>(
    'select actor_id, object_id, details from audit_log where action = $1 and ($2::text is null or actor_id = $2) and ($3::text is null or object_id = $3) order by created_at',
    [action, where.actorId ?? null, where.objectId ?? null],
  );
  return rows.map((r) => ({ actorId: r.actor_id, objectId: r.object_id, details: r.details }));
}
