import { GEO_BUCKETS, type GeoBucket, type OutcomeStatus } from '@inohub/contracts/talent/enums';
import { HORIZONS } from '@inohub/contracts/talent/retention';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import type { TalentPorts } from '../ports.ts';
import {
  countGroup,
  countOutflow,
  countParticipation,
  type GraduateFacts,
  type ObservedOutcome,
} from '../retention/formulas.ts';
import { retentionCounts } from '../retention/query.ts';
import { retentionView } from '../retention/service.ts';
import { talentApplications, talentOpportunities, talentOutcomes } from '../talent.tables.ts';
import { call, createCompany, createUniversity, insertProfile, ok } from './fixtures.ts';

// The retention figures (docs/domain/talent.md, "Retention"): hand-built cases through the public
// route, and the SQL of query.ts against the one-graduate-at-a-time reference of formulas.ts.

let t: TestApp;
const now = new Date('2026-12-01T00:00:00Z');
const today = '2026-12-01';

const REGION: Record<GeoBucket, { country: string; regionCode: string | null }> = {
  tomsk: { country: 'RU', regionCode: 'RU-TOM' },
  siberia: { country: 'RU', regionCode: 'RU-NVS' },
  moscow_spb: { country: 'RU', regionCode: 'RU-MOW' },
  other_russia: { country: 'RU', regionCode: 'RU-TA' },
  cis: { country: 'KZ', regionCode: null },
  abroad: { country: 'DE', regionCode: null },
};

async function addOutcome(
  profileId: string,
  o: {
    status?: OutcomeStatus;
    bucket?: GeoBucket | null;
    on: string;
    employer?: string | null;
    createdAt?: Date;
  },
) {
  const bucket = o.bucket === undefined ? 'tomsk' : o.bucket;
  const place = bucket ? REGION[bucket] : { country: 'RU', regionCode: null };
  const [row] = await t.ctx.db
    .insert(talentOutcomes)
    .values({
      profileId,
      status: o.status ?? 'employed',
      ...place,
      geoBucket: bucket,
      employerOrganizationId: o.employer ?? null,
      observedOn: o.on,
      source: 'university_import',
      ...(o.createdAt ? { createdAt: o.createdAt } : {}),
    })
    .returning();
  if (!row) throw new Error('no row');
  return row;
}

const graduate = (universityId: string, cohort: number, program = 'Программная инженерия') =>
  insertProfile(t, null, { universityId, status: 'graduate', graduationYear: cohort, program });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('hand-built cohorts through the public route', () => {
  let uniA: string;
  let uniB: string;
  beforeAll(async () => {
    uniA = await createUniversity(t, 'Университет А');
    uniB = await createUniversity(t, 'Университет Б');
    // University A, cohort 2021: 5 employed at 12 months (2021 + 1 → 2022-07-01): 3 in Tomsk,
    // 1 Novosibirsk, 1 Moscow; and one in further study.
    for (const bucket of ['tomsk', 'tomsk', 'tomsk', 'siberia', 'moscow_spb'] as const)
      await addOutcome(await graduate(uniA, 2021), { bucket, on: '2022-03-01' });
    await addOutcome(await graduate(uniA, 2021), { status: 'further_study', bucket: null, on: '2022-03-01' });
    // University B, cohort 2021: 4 employed, all in Tomsk.
    for (let i = 0; i < 4; i++)
      await addOutcome(await graduate(uniB, 2021, 'Экономика'), { on: '2022-05-01' });
  });

  it('shows a group of 5 employed and suppresses a group of 4', async () => {
    const a = ok(await call(t, null, 'GET', `/api/talent/retention?universityId=${uniA}`));
    const a12 = a.total.find((c: { horizon: number }) => c.horizon === 12);
    expect(a12).toEqual({
      horizon: 12,
      graduates: 6,
      employed: 5,
      inRegion: 3,
      share: 0.6,
      suppressed: false,
    });
    // At 6 months (2022-01-01) nobody had an outcome yet; at 36 (2024-07-01) the March 2022 ones are stale.
    expect(a.total.map((c: { employed: number | null }) => c.employed)).toEqual([null, 5, null]);
    const b = ok(await call(t, null, 'GET', `/api/talent/retention?universityId=${uniB}`));
    expect(b.total[1]).toEqual({
      horizon: 12,
      graduates: null,
      employed: null,
      inRegion: null,
      share: null,
      suppressed: true,
    });
  });

  it('hides the complement when one row of a partition is hidden, and says so', async () => {
    const all = ok(
      await call(t, null, 'GET', '/api/talent/retention?by=university&cohortFrom=2021&cohortTo=2021'),
    );
    expect(all.minCell).toBe(5);
    expect(all.total[1]).toMatchObject({ employed: 9, inRegion: 7, suppressed: false });
    const rows = new Map(all.rows.map((r: { key: string; cells: unknown[] }) => [r.key, r.cells[1]]));
    expect(rows.get(uniB)).toMatchObject({ suppressed: true, employed: null });
    // A alone would give B away as 9 − 5: it is hidden too.
    expect(rows.get(uniA)).toMatchObject({ suppressed: true, employed: null });
    // The outflow: 7 Tomsk, 1 Siberia, 1 capitals → two small slices, no complement needed.
    expect(all.outflow.map((s: { count: number | null }) => s.count)).toEqual([
      7,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(all.trend).toEqual([
      { cohort: 2021, cell: expect.objectContaining({ employed: 9, share: 7 / 9 }) },
    ]);
  });

  it('downloads the same table as CSV and XLSX, neutralizing formula-like text', async () => {
    const evil = await createUniversity(t, 'Университет В');
    for (let i = 0; i < 5; i++)
      await addOutcome(await graduate(evil, 2022, '=HYPERLINK("http://x")'), { on: '2023-06-01' });
    const csv = await call(
      t,
      null,
      'GET',
      '/api/talent/retention/export?format=csv&by=program&cohortFrom=2022',
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.body).toContain('Раздел');
    expect(csv.body).toContain(`'=HYPERLINK`);
    expect(csv.body).not.toMatch(/[;\n]=HYPERLINK/);
    const xlsx = await call(
      t,
      null,
      'GET',
      '/api/talent/retention/export?format=xlsx&by=program&cohortFrom=2022',
    );
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = wb.worksheets[0]?.getSheetValues().flat().map(String) ?? [];
    expect(values).toContain(`'=HYPERLINK("http://x")`);
    expect(values).toContain('Доля в регионе');
    expect((await call(t, null, 'GET', '/api/talent/retention?by=nonsense')).statusCode).toBe(400);
  });
});

describe('the SQL agrees with the reference on random graduates', () => {
  it('per university, per cohort, participation and outflow', async () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
    const unis = [await createUniversity(t), await createUniversity(t), await createUniversity(t)];
    const zoneOrg = await createCompany(t);
    const otherOrg = await createCompany(t);
    const [opp] = await t.ctx.db
      .insert(talentOpportunities)
      .values({ organizationId: zoneOrg, kind: 'internship', titleRu: 'Стажировка', deadline: '2020-06-01' })
      .returning();
    const [job] = await t.ctx.db
      .insert(talentOpportunities)
      .values({ organizationId: zoneOrg, kind: 'job', titleRu: 'Работа', deadline: '2020-06-01' })
      .returning();
    const facts = new Map<string, GraduateFacts[]>(unis.map((u) => [u, []]));
    const statuses: OutcomeStatus[] = [
      'employed',
      'employed',
      'employed',
      'self_employed',
      'entrepreneur',
      'further_study',
      'unemployed',
    ];
    for (let i = 0; i < 150; i++) {
      const uni = pick(unis);
      const cohort = 2018 + Math.floor(rand() * 8); // 2018…2025; 2025 reaches only the 6- and 12-month dates
      const profileId = await graduate(uni, cohort);
      const hub = rand() < 0.25;
      const viaJob = !hub && rand() < 0.2; // hired for a job, not an internship: no hub participation
      if (hub || viaJob)
        await t.ctx.db.insert(talentApplications).values({
          opportunityId: ((hub ? opp : job) as { id: string }).id,
          profileId,
          stage: 'hired',
        });
      else if (rand() < 0.2)
        await t.ctx.db
          .insert(talentApplications)
          .values({ opportunityId: (opp as { id: string }).id, profileId, stage: 'offer' });
      const outcomes: ObservedOutcome[] = [];
      const n = Math.floor(rand() * 4);
      for (let k = 0; k < n; k++) {
        const status = pick(statuses);
        const employed = ['employed', 'self_employed', 'entrepreneur'].includes(status);
        const bucket = employed ? pick(GEO_BUCKETS) : null;
        const months = Math.floor(rand() * 50) - 2;
        const d = new Date(Date.UTC(cohort, 6 + months, 1 + Math.floor(rand() * 3) * 14));
        // Some records share a date with the previous one: the last written wins.
        const on =
          k > 0 && rand() < 0.15
            ? (outcomes[k - 1] as ObservedOutcome).observedOn
            : d.toISOString().slice(0, 10);
        const employer = employed && rand() < 0.3 ? pick([zoneOrg, otherOrg]) : null;
        const row = await addOutcome(profileId, {
          status,
          bucket,
          on,
          employer,
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i * 10 + k)),
        });
        outcomes.push({ ...row, observedOn: row.observedOn });
      }
      facts.get(uni)?.push({ id: profileId, cohort, hubInternship: hub, outcomes });
    }
    const zones = new Set([zoneOrg]);
    for (const uni of unis) {
      const mine = facts.get(uni) ?? [];
      const got = await retentionCounts(t.ctx.db, { by: 'cohort', universityId: uni }, zones, today);
      expect(got.total).toEqual(countGroup(mine, today));
      for (const cohort of new Set(mine.map((g) => g.cohort))) {
        const expected = countGroup(
          mine.filter((g) => g.cohort === cohort),
          today,
        );
        const row = got.rows.get(String(cohort));
        for (const h of HORIZONS) {
          if (expected[h]?.graduates === 0) continue;
          expect(row?.[h], `cohort ${cohort} at ${h}`).toEqual(expected[h]);
        }
        expect(got.trend.get(cohort)).toEqual(expected[12]);
      }
      expect(got.outflow).toEqual(countOutflow(mine, today));
      expect(got.participation).toEqual(countParticipation(mine, zones, today));
    }
    // All three universities together, by university.
    const both = await retentionCounts(t.ctx.db, { by: 'university', cohortFrom: 2018 }, zones, today);
    for (const uni of unis) expect(both.rows.get(uni)).toEqual(countGroup(facts.get(uni) ?? [], today));
  });

  it('participation rows: incubator has no source; zone residents come from the port', async () => {
    const uni = await createUniversity(t);
    const zoneOrg = await createCompany(t);
    for (let i = 0; i < 6; i++)
      await addOutcome(await graduate(uni, 2019), {
        on: '2020-05-01',
        employer: zoneOrg,
        bucket: i < 5 ? 'tomsk' : 'cis',
      });
    const ports: TalentPorts = { zoneResidentOrganizationIds: async () => new Set([zoneOrg]) };
    const view = await retentionView(t.ctx.db, ports, { by: 'participation', universityId: uni }, now);
    const rows = new Map(view.rows.map((r) => [r.key, r]));
    expect([...rows.keys()]).toEqual(['hub_internship', 'incubator', 'zone_resident_job', 'none']);
    expect(rows.get('incubator')).toMatchObject({ noSource: true });
    expect(rows.get('incubator')?.cells[1]).toMatchObject({ employed: null, suppressed: false });
    expect(rows.get('zone_resident_job')?.cells[1]).toEqual({
      horizon: 12,
      graduates: 6,
      employed: 6,
      inRegion: 5,
      share: 5 / 6,
      suppressed: false,
    });
    expect(rows.get('none')?.cells[1]).toMatchObject({ suppressed: true });
    // Without the port nobody works at a resident: the six are "none".
    const without = await retentionView(
      t.ctx.db,
      { zoneResidentOrganizationIds: async () => new Set() },
      { by: 'participation', universityId: uni },
      now,
    );
    expect(without.rows.find((r) => r.key === 'none')?.cells[1]).toMatchObject({ employed: 6, inRegion: 5 });
  });
});
