import { expect } from 'vitest';
import { call, multipart, ok, PDF } from '../../../testing/http.ts';
import { loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { addMembership, createOrganizationForTest } from '../directory-port.ts';

export { call, multipart, ok, PDF, PNG } from '../../../testing/http.ts';

export interface ZoneFixture {
  zoneId: string;
  siteId: string;
  buildingId: string;
  unitIds: string[];
}

let zoneCounter = 0;

/** A zone with one site, one building, three units and a small permitted-activity list. */
export async function setupZone(t: TestApp, admin: SignedIn): Promise<ZoneFixture> {
  zoneCounter++;
  const zone = ok(
    await call(t, admin, 'POST', '/api/zone/zones', {
      code: `tz-${zoneCounter}-${Math.random().toString(36).slice(2, 6)}`,
      nameRu: 'ОЭЗ ТВТ «Тест»',
      nameEn: 'Test SEZ',
      municipality: 'г. Томск',
      termStart: '2005-12-21',
      termEnd: '2054-12-21',
    }),
    201,
  );
  const site = ok(
    await call(t, admin, 'POST', `/api/zone/zones/${zone.id}/sites`, {
      code: 'south',
      nameRu: 'Площадка «Южная»',
      nameEn: 'South site',
      areaHa: 192.4,
    }),
    201,
  );
  const building = ok(
    await call(t, admin, 'POST', `/api/zone/sites/${site.id}/buildings`, {
      code: 'B1',
      nameRu: 'Корпус 1',
      nameEn: 'Building 1',
      floors: 3,
    }),
    201,
  );
  const unitIds: string[] = [];
  for (const [code, kind, area] of [
    ['101', 'office', 40],
    ['102', 'lab', 80.5],
    ['201', 'office', 120],
  ] as const) {
    const u = ok(
      await call(t, admin, 'POST', `/api/zone/buildings/${building.id}/units`, {
        code,
        kind,
        areaM2: area,
        monthlyRatePerM2Kopecks: 50_000,
        floor: Number(code[0]),
      }),
      201,
    );
    unitIds.push(u.id);
  }
  for (const a of [
    {
      code: '62.01',
      nameRu: 'Разработка программного обеспечения',
      nameEn: 'Software development',
      isIt: true,
      focusArea: 'it_electronics',
    },
    {
      code: '72.19',
      nameRu: 'Научные исследования',
      nameEn: 'Research and development',
      isIt: false,
      focusArea: 'materials',
    },
    {
      code: 'prod',
      nameRu: 'Промышленное производство',
      nameEn: 'Industrial production',
      isIt: false,
      focusArea: null,
      requiresCouncilDecision: true,
    },
  ]) {
    ok(
      await call(t, admin, 'POST', `/api/zone/zones/${zone.id}/activities`, {
        ...a,
        effectiveFrom: '2005-12-21',
      }),
      201,
    );
  }
  return { zoneId: zone.id, siteId: site.id, buildingId: building.id, unitIds };
}

export interface Applicant {
  user: SignedIn;
  organizationId: string;
}

let orgCounter = 0;

export async function applicantCompany(
  t: TestApp,
  values: {
    legalForm?: string;
    registrationMunicipality?: string | null;
    foreignCapitalPercent?: number;
    name?: string;
  } = {},
): Promise<Applicant> {
  orgCounter++;
  const user = await loginAs(t, 'founder');
  const organizationId = await createOrganizationForTest(t.ctx.db, {
    name: values.name ?? `ООО «Тест ${orgCounter}»`,
    ...values,
  });
  await addMembership(t.ctx.db, organizationId, user.userId);
  return { user, organizationId };
}

export const FULL_DRAFT = (unitId: string) => ({
  activityDescription: 'Разработка платформы анализа данных',
  declaredActivities: ['62.01'],
  requestedUnitIds: [unitId],
  investmentPlan: [
    { year: 2026, capexKopecks: 1_000_000_00, rndKopecks: 500_000_00, jobs: 5, revenueKopecks: 2_000_000_00 },
    {
      year: 2027,
      capexKopecks: 2_000_000_00,
      rndKopecks: 700_000_00,
      jobs: 10,
      revenueKopecks: 5_000_000_00,
    },
  ],
  utilities: { powerKw: 50, waterM3PerDay: 2, gasM3PerHour: 0 },
  proportionalityAcknowledged: true,
});

/** A draft that passes E1–E6: complete fields and the four documents. */
export async function completeApplication(
  t: TestApp,
  fx: ZoneFixture,
  applicant: Applicant,
  unitIndex = 0,
): Promise<string> {
  const app = ok(
    await call(t, applicant.user, 'POST', '/api/zone/applications', {
      zoneId: fx.zoneId,
      organizationId: applicant.organizationId,
    }),
    201,
  );
  ok(
    await call(
      t,
      applicant.user,
      'PATCH',
      `/api/zone/applications/${app.id}/draft`,
      FULL_DRAFT(fx.unitIds[unitIndex] as string),
    ),
  );
  for (const kind of ['charter', 'state_registration', 'tax_registration', 'business_plan']) {
    const mp = multipart(`${kind}.pdf`, PDF, 'application/pdf');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/zone/applications/${app.id}/documents?kind=${kind}`,
      headers: { cookie: applicant.user.cookie, ...mp.headers },
      payload: mp.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  return app.id;
}
