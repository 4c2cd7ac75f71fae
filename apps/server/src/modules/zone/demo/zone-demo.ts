import { eq as sqlEq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import type { Random } from '../../../lib/demo/random.ts';
import type { DemoLogin, DemoStep } from '../../../lib/demo/step.ts';
import { listOrganizations, membershipsOf, type OrganizationSummary } from '../../directory/index.ts';
import { FULL_PDF_FOR_DEMO } from '../demo-files.ts';
import {
  type ApplicationState,
  type EligibilityRuleCode,
  type InvestmentPlanYear,
  type TerminationReason,
  type UnitKind,
  zoneApplicationDocuments,
  zoneApplicationEvents,
  zoneApplications,
  zoneBuildings,
  zoneEligibilityRules,
  zoneLeases,
  zonePermittedActivities,
  zoneResidentPlans,
  zoneResidents,
  zoneSites,
  zoneSlaRules,
  zones,
  zoneUnitHolds,
  zoneUnits,
} from '../zone.tables.ts';

const TVT_START = '2005-12-21';

/** Permitted activities of the Tomsk zone (docs/domain/zone.md, "E3: permitted activities": the TVT list; production only by council decision). */
const ACTIVITIES = [
  {
    code: '62.01',
    nameRu: 'Разработка компьютерного программного обеспечения',
    nameEn: 'Software development',
    isIt: true,
    focusArea: 'it_electronics',
  },
  {
    code: '62.02',
    nameRu: 'Внедрение и сопровождение информационных систем',
    nameEn: 'Implementation and maintenance of information systems',
    isIt: true,
    focusArea: 'it_electronics',
  },
  {
    code: '63.11',
    nameRu: 'Создание баз данных и информационных систем',
    nameEn: 'Databases and data systems',
    isIt: true,
    focusArea: 'it_electronics',
  },
  {
    code: '72.11',
    nameRu: 'НИОКР в области биотехнологий',
    nameEn: 'Biotechnology R&D',
    isIt: false,
    focusArea: 'med_biotech',
  },
  {
    code: '72.19',
    nameRu: 'НИОКР в области естественных и технических наук',
    nameEn: 'R&D in natural sciences and engineering',
    isIt: false,
    focusArea: 'materials',
  },
  {
    code: 'tvt.pilot',
    nameRu: 'Изготовление и реализация опытных партий',
    nameEn: 'Pilot batches: production and sale',
    isIt: false,
    focusArea: 'nano',
  },
  {
    code: 'tvt.commercialisation',
    nameRu: 'Коммерциализация научно-технической продукции',
    nameEn: 'Commercialisation of science and technology products',
    isIt: false,
    focusArea: 'resource_saving',
  },
  {
    code: 'tvt.production',
    nameRu: 'Промышленное производство (по решению экспертного совета)',
    nameEn: 'Industrial production (by expert-council decision)',
    isIt: false,
    focusArea: null,
    requiresCouncilDecision: true,
  },
] as const;

const IT_SECTORS = new Set([
  'it_software',
  'ai_data',
  'cybersecurity',
  'geoinformatics',
  'edtech',
  'fintech',
  'telecom',
]);

function activitiesFor(org: OrganizationSummary, random: Random): string[] {
  const sectors = org.sectors.map((s) => s.code);
  if (sectors.some((s) => IT_SECTORS.has(s)))
    return random.chance(0.5) ? ['62.01', '62.02'] : random.chance(0.5) ? ['62.01', '63.11'] : ['62.01'];
  if (sectors.some((s) => s === 'medtech_biotech' || s === 'pharma'))
    return ['72.11', 'tvt.commercialisation'];
  if (sectors.some((s) => s === 'nanotech_materials' || s === 'electronics')) return ['72.19', 'tvt.pilot'];
  return ['72.19', 'tvt.commercialisation'];
}

const isItOrg = (org: OrganizationSummary) => org.sectors.some((s) => IT_SECTORS.has(s.code));

/** SLA defaults in working days [U]: council 10 days and agreement draft 15 days follow docs/domain/zone.md, "Deadlines in working days". */
const SLA: Array<[string, number]> = [
  ['submitted', 10],
  ['supervisory_board_review', 20],
  ['revision_requested', 20],
  ['expert_council_review', 10],
  ['approved', 15],
  ['agreement_signed', 5],
  ['amendment_pending', 13],
  ['unit_hold', 20],
];

const RULES: Array<{ code: EligibilityRuleCode; mandatory: boolean; params: Record<string, unknown> }> = [
  { code: 'E1', mandatory: true, params: { allowedLegalForms: ['ooo', 'ao', 'pao', 'ip'] } },
  { code: 'E2', mandatory: true, params: {} },
  { code: 'E3', mandatory: true, params: {} },
  {
    code: 'E4',
    mandatory: true,
    params: { requiredDocuments: ['charter', 'state_registration', 'tax_registration', 'business_plan'] },
  },
  { code: 'E5', mandatory: true, params: {} },
  { code: 'E6', mandatory: true, params: { appliesFrom: '2026-01-01' } },
  // Tomsk policy, not law: advisory only.
  {
    code: 'E7',
    mandatory: false,
    params: { focusAreas: ['it_electronics', 'med_biotech', 'nano', 'materials', 'resource_saving'] },
  },
];

const rub = (n: number) => n * 100;

function planFor(random: Random, since: string, it: boolean): InvestmentPlanYear[] {
  const first = Number(since.slice(0, 4));
  const years: InvestmentPlanYear[] = [];
  // A ten-year business plan; Tomsk residents average ~55 jobs each (2,277 jobs at 40 residents, end 2022).
  let jobs = it ? random.int(8, 45) : random.int(15, 60);
  for (let y = first; y < first + 10; y++) {
    jobs += random.int(1, 6);
    years.push({
      year: y,
      capexKopecks: rub(random.int(it ? 2 : 10, it ? 40 : 150) * 1_000_000),
      rndKopecks: rub(random.int(1, it ? 30 : 60) * 1_000_000),
      jobs,
      revenueKopecks: rub(random.int(5, it ? 120 : 300) * 1_000_000),
    });
  }
  return years;
}

/** The zone part of the demo: the Tomsk SEZ, its two sites, buildings, units, ~60 residents, leases, applications. */
export const zoneDemoStep: DemoStep = {
  name: 'zone',
  async run(ctx: AppContext, random: Random, logins: DemoLogin[]) {
    const db = ctx.db;
    const zoneAdmin = logins.find((l) => l.role === 'zone_admin')?.userId ?? null;
    const founder = logins.find((l) => l.role === 'founder')?.userId;

    // Real institution: name, municipality and creation date only (docs/domain/zone.md, "The Tomsk zone"); the term end is left to an administrator.
    const [zone] = await db
      .insert(zones)
      .values({
        code: 'tomsk',
        nameRu: 'ОЭЗ ТВТ «Томск»',
        nameEn: 'Tomsk Special Economic Zone (technology-innovation type)',
        type: 'technology_innovation',
        municipality: 'г. Томск',
        establishedOn: TVT_START,
        termStart: TVT_START,
        termEnd: null,
        descriptionRu:
          'Особая экономическая зона технико-внедренческого типа. Создана в декабре 2005 года, открыта 26 апреля 2006 года. Направления: ИТ и электроника, медицина и биотехнологии, нанотехнологии, новые материалы, ресурсосбережение.',
        descriptionEn:
          'Special economic zone of the technology-innovation type. Created in December 2005, opened on 26 April 2006. Focus: IT and electronics, medicine and biotech, nanotech, new materials, resource-saving technology.',
        verifiedAt: new Date('2026-01-15T00:00:00Z'),
      })
      .returning();
    if (!zone) throw new Error('zone insert failed');

    const [south, north] = await db
      .insert(zoneSites)
      .values([
        {
          zoneId: zone.id,
          code: 'south',
          nameRu: 'Площадка «Южная»',
          nameEn: 'South site',
          addressRu: 'Томск, Академгородок',
          addressEn: 'Tomsk, Akademgorodok',
          areaHa: 192.4,
          descriptionRu: 'Площадка в Академгородке.',
          descriptionEn: 'The site in Akademgorodok.',
        },
        {
          zoneId: zone.id,
          code: 'north',
          nameRu: 'Площадка «Северная»',
          nameEn: 'North site',
          addressRu: 'Томск, у опытного завода «СИБУР Тобольск–Томскнефтехим»',
          addressEn: 'Tomsk, by the SIBUR-Tomskneftekhim pilot plant',
          areaHa: 77,
          descriptionRu: '14 га основной территории и 62 га резерва, добавленного в 2013–2014 годах.',
          descriptionEn: '14 ha core plus a 62 ha reserve added in 2013–14.',
        },
      ])
      .returning();
    if (!south || !north) throw new Error('site insert failed');

    // Buildings: the two documented buildings (year and total area from docs/domain/zone.md, "The Tomsk zone") and one
    // demo production building; units, floors and rates are demo values, not published figures.
    const buildingSeeds: Array<{
      siteId: string;
      code: string;
      nameRu: string;
      nameEn: string;
      floors: number;
      year: number | null;
      area: number | null;
      layout: Array<[UnitKind, number, number]>;
    }> = [
      {
        siteId: south.id,
        code: 'itc',
        nameRu: 'Инновационно-технологический центр',
        nameEn: 'Innovation & Technology Centre',
        floors: 3,
        year: 2008,
        area: null,
        layout: [
          ['office', 8, 3],
          ['lab', 4, 2],
        ],
      },
      {
        siteId: south.id,
        code: 'sic',
        nameRu: 'Научно-внедренческий центр',
        nameEn: 'Science-implementation centre',
        floors: 4,
        year: 2013,
        area: 15600,
        layout: [
          ['office', 6, 4],
          ['lab', 4, 4],
        ],
      },
      {
        siteId: north.id,
        code: 'prod-1',
        nameRu: 'Производственный корпус (демо)',
        nameEn: 'Production building (demo)',
        floors: 1,
        year: null,
        area: null,
        layout: [['production', 8, 1]],
      },
    ];
    const unitRows: Array<typeof zoneUnits.$inferSelect> = [];
    for (const b of buildingSeeds) {
      const [building] = await db
        .insert(zoneBuildings)
        .values({
          siteId: b.siteId,
          code: b.code,
          nameRu: b.nameRu,
          nameEn: b.nameEn,
          floors: b.floors,
          commissionedYear: b.year,
          totalAreaM2: b.area,
        })
        .returning();
      if (!building) throw new Error('building insert failed');
      const values: Array<typeof zoneUnits.$inferInsert> = [];
      for (const [kind, perFloor, floors] of b.layout) {
        for (let f = 1; f <= floors; f++) {
          for (let i = 1; i <= perFloor; i++) {
            const area =
              kind === 'production'
                ? random.int(200, 900)
                : kind === 'lab'
                  ? random.int(40, 160) + random.int(0, 9) / 10
                  : random.int(18, 120) + random.int(0, 9) / 10;
            const rate =
              kind === 'production'
                ? random.int(30, 45) * 1000
                : kind === 'lab'
                  ? random.int(60, 90) * 1000
                  : random.int(45, 70) * 1000;
            values.push({
              buildingId: building.id,
              code: `${f}${String(values.filter((v) => v.floor === f).length + 1).padStart(2, '0')}`,
              kind,
              areaM2: area,
              monthlyRatePerM2Kopecks: rate,
              floor: f,
              status: random.chance(0.03) ? 'out_of_service' : 'available',
            });
          }
        }
      }
      unitRows.push(...(await db.insert(zoneUnits).values(values).returning()));
    }

    await db.insert(zonePermittedActivities).values(
      ACTIVITIES.map((a) => ({
        zoneId: zone.id,
        requiresCouncilDecision: false,
        ...a,
        effectiveFrom: TVT_START,
      })),
    );
    await db.insert(zoneEligibilityRules).values(
      RULES.map((r) => ({
        zoneId: zone.id,
        code: r.code,
        enabled: true,
        mandatory: r.mandatory,
        params: r.params,
        effectiveFrom: TVT_START,
        updatedBy: zoneAdmin,
      })),
    );
    await db.insert(zoneSlaRules).values(
      SLA.map(([state, workingDays]) => ({
        zoneId: zone.id,
        state,
        workingDays,
        effectiveFrom: TVT_START,
      })),
    );

    // Invented ventures only; the demo founder's own startup stays free to apply in the browser test.
    const founderOrgs = new Set(
      founder ? (await membershipsOf(db, founder)).map((m) => m.organizationId) : [],
    );
    const ventures = [
      ...(await listOrganizations(db, { kind: 'company', isDemo: true })),
      ...(await listOrganizations(db, { kind: 'startup', isDemo: true })),
    ]
      .filter((o) => !founderOrgs.has(o.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'ru') || a.id.localeCompare(b.id));
    const unitary = ventures.filter((o) => o.legalForm === 'unitary_enterprise');
    const eligible = ventures.filter((o) => o.legalForm !== 'unitary_enterprise');
    // Residents: the first 58 after a seeded shuffle, keeping the IT and foreign mix of the directory.
    const shuffled = [...eligible];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [shuffled[i], shuffled[j]] = [shuffled[j] as OrganizationSummary, shuffled[i] as OrganizationSummary];
    }
    const residentOrgs = shuffled.slice(0, Math.min(58, Math.max(0, shuffled.length - 8)));
    const applicantOrgs = shuffled.slice(residentOrgs.length);

    const today = new Date();
    const freeUnits = unitRows.filter((u) => u.status === 'available');
    let seq = 0;
    const residentRows: Array<{ id: string; status: string; since: string; org: OrganizationSummary }> = [];
    const sinceDates = residentOrgs
      .map(
        () =>
          `${random.int(2006, 2025)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      )
      .sort();
    for (const [i, org] of residentOrgs.entries()) {
      seq++;
      const since = sinceDates[i] as string;
      const status: 'active' | 'amendment_pending' | 'registered' | 'terminated' =
        i % 10 === 3 && Number(since.slice(0, 4)) < 2020
          ? 'terminated'
          : i === residentOrgs.length - 1 || i === residentOrgs.length - 2
            ? 'registered'
            : i % 17 === 5
              ? 'amendment_pending'
              : 'active';
      const reasons: TerminationReason[] = ['by_agreement', 'by_agreement', 'liquidation', 'by_court'];
      const reason = status === 'terminated' ? random.pick(reasons) : null;
      const terminatedOn = reason
        ? `${Math.min(2025, Number(since.slice(0, 4)) + random.int(3, 10))}-06-30`
        : null;
      const activities = activitiesFor(org, random);
      const plan = planFor(random, since, isItOrg(org));
      const site = activities.includes('tvt.pilot') && random.chance(0.5) ? north : south;
      const applicationState: ApplicationState = status;
      const [application] = await db
        .insert(zoneApplications)
        .values({
          zoneId: zone.id,
          organizationId: org.id,
          state: applicationState,
          activityDescription: org.descriptionRu ?? org.name,
          declaredActivities: activities,
          requestedAreaM2: random.int(30, 300),
          investmentPlan: plan,
          powerKw: random.int(20, 400),
          waterM3PerDay: random.int(1, 20),
          gasM3PerHour: 0,
          proportionalityAcknowledged: false,
          stateEnteredAt: new Date(`${since}T10:00:00+07:00`),
          submittedAt: new Date(`${since}T10:00:00+07:00`),
          agreementNumber: `${seq}-ТВ/${since.slice(2, 4)}`,
          agreementDate: since,
          terminationReason: reason,
        })
        .returning({ id: zoneApplications.id });
      if (!application) throw new Error('application insert failed');
      const [resident] = await db
        .insert(zoneResidents)
        .values({
          zoneId: zone.id,
          organizationId: org.id,
          applicationId: application.id,
          siteId: site.id,
          status,
          registerNumber: `ТВ-${String(seq).padStart(4, '0')}`,
          certificateNumber: `${since.slice(0, 4)}-${String(seq).padStart(4, '0')}`,
          agreementNumber: `${seq}-ТВ/${since.slice(2, 4)}`,
          agreementDate: since,
          since,
          activities,
          foreignCapitalPercent: org.foreignCapitalPercent,
          isIt: activities.some((a) => ACTIVITIES.find((x) => x.code === a)?.isIt),
          terminatedOn,
          terminatedReason: reason,
          verifiedAt:
            status === 'terminated' ? null : new Date(today.getTime() - random.int(1, 300) * 86_400_000),
        })
        .returning({ id: zoneResidents.id });
      if (!resident) throw new Error('resident insert failed');
      await db
        .update(zoneApplications)
        .set({ residentId: resident.id })
        .where(sqlEq(zoneApplications.id, application.id));
      await db.insert(zoneResidentPlans).values(plan.map((p) => ({ residentId: resident.id, ...p })));
      await db.insert(zoneApplicationEvents).values([
        {
          applicationId: application.id,
          action: 'register',
          fromState: 'agreement_signed',
          toState: 'registered',
          actorId: zoneAdmin,
          createdAt: new Date(`${since}T12:00:00+07:00`),
        },
        ...(status !== 'registered'
          ? [
              {
                applicationId: application.id,
                action:
                  status === 'terminated'
                    ? 'terminate'
                    : status === 'amendment_pending'
                      ? 'request_amendment'
                      : 'activate',
                fromState: 'registered' as const,
                toState: status,
                actorId: zoneAdmin,
              },
            ]
          : []),
      ]);
      residentRows.push({ id: resident.id, status, since, org });
    }

    // Leases: current residents rent one or two free units each from 2024 (or their start) to the end of 2026.
    // Units are taken in a shuffled order and 14 stay free, so that vacancies of every kind remain
    // (Tomsk's buildings run near, not at, full occupancy).
    const leaseOrder = [...freeUnits];
    for (let i = leaseOrder.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [leaseOrder[i], leaseOrder[j]] = [
        leaseOrder[j] as (typeof freeUnits)[number],
        leaseOrder[i] as (typeof freeUnits)[number],
      ];
    }
    let unitCursor = 0;
    const leases: Array<typeof zoneLeases.$inferInsert> = [];
    for (const r of residentRows) {
      if (r.status === 'terminated' || r.status === 'registered') continue;
      const count = random.chance(0.25) ? 2 : 1;
      for (let k = 0; k < count && unitCursor < leaseOrder.length - 14; k++) {
        const unit = leaseOrder[unitCursor++] as (typeof freeUnits)[number];
        const start = r.since > '2024-01-01' ? r.since : '2024-01-01';
        leases.push({
          unitId: unit.id,
          residentId: r.id,
          period: `[${start},2027-01-01)`,
          monthlyRatePerM2Kopecks: unit.monthlyRatePerM2Kopecks,
          monthlyRentKopecks: Math.round(unit.areaM2 * unit.monthlyRatePerM2Kopecks),
          createdBy: zoneAdmin,
        });
      }
    }
    if (leases.length) await db.insert(zoneLeases).values(leases);

    // Applications in every state before registration (plus a rejected unitary enterprise: rule E1).
    const pipeline: ApplicationState[] = [
      'draft',
      'submitted',
      'supervisory_board_review',
      'revision_requested',
      'expert_council_review',
      'approved',
      'agreement_signed',
      'rejected',
    ];
    const candidates: Array<[OrganizationSummary, ApplicationState]> = applicantOrgs.map((o, i) => [
      o,
      pipeline[i % pipeline.length] as ApplicationState,
    ]);
    for (const u of unitary) candidates.push([u, 'rejected']);
    const pdf = await ctx.files.save(db, {
      fileName: 'demo.pdf',
      data: FULL_PDF_FOR_DEMO,
      allowedTypes: ['pdf'],
      maxBytes: 1024 * 1024,
      ownerModule: 'zone.application',
      ownerId: null,
    });
    for (const [i, [org, state]] of candidates.entries()) {
      const activities = activitiesFor(org, random);
      const unit = leaseOrder[leaseOrder.length - 1 - (i % 6)] as (typeof freeUnits)[number];
      const daysAgo = random.int(3, 40);
      const entered = new Date(today.getTime() - daysAgo * 86_400_000);
      const due =
        state === 'draft' || state === 'rejected'
          ? null
          : new Date(
              today.getTime() + (random.chance(0.3) ? -random.int(1, 10) : random.int(1, 20)) * 86_400_000,
            )
              .toISOString()
              .slice(0, 10);
      const [application] = await db
        .insert(zoneApplications)
        .values({
          zoneId: zone.id,
          organizationId: org.id,
          state,
          activityDescription: org.descriptionRu ?? org.name,
          declaredActivities: activities,
          requestedUnitIds: [unit.id],
          investmentPlan: planFor(random, '2026-01-01', isItOrg(org)),
          powerKw: random.int(20, 200),
          waterM3PerDay: random.int(1, 10),
          gasM3PerHour: 0,
          proportionalityAcknowledged: state !== 'draft',
          stateEnteredAt: entered,
          stateDueOn: due,
          submittedAt: state === 'draft' ? null : entered,
          agreementNumber: state === 'agreement_signed' ? `${100 + i}-ТВ/26` : null,
          agreementDate: state === 'agreement_signed' ? entered.toISOString().slice(0, 10) : null,
        })
        .returning({ id: zoneApplications.id });
      if (!application) throw new Error('application insert failed');
      if (state !== 'draft') {
        await db.insert(zoneApplicationDocuments).values(
          (['charter', 'state_registration', 'tax_registration', 'business_plan'] as const).map((kind) => ({
            applicationId: application.id,
            kind,
            fileId: pdf.id,
          })),
        );
        await db.insert(zoneApplicationEvents).values({
          applicationId: application.id,
          action: state === 'rejected' ? 'reject' : 'submit',
          fromState: 'draft',
          toState: state,
          actorId: null,
          createdAt: entered,
        });
      }
      if (
        [
          'submitted',
          'supervisory_board_review',
          'expert_council_review',
          'approved',
          'agreement_signed',
        ].includes(state)
      ) {
        await db.insert(zoneUnitHolds).values({
          unitId: unit.id,
          applicationId: application.id,
          period: '[2026-07-01,2027-07-01)',
          expiresAt: new Date(today.getTime() + 20 * 86_400_000),
          createdBy: zoneAdmin,
        });
      }
    }
  },
};
