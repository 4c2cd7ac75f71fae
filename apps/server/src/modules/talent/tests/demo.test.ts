import { APPLICATION_STAGES } from '@inohub/contracts/talent/enums';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../../../lib/demo/random.ts';
import { loadDemo } from '../../../seed/demo.ts';
import { DEMO_ACCOUNTS } from '../../../seed/demo-accounts.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { organizationMembers, organizations } from '../../directory/directory.tables.ts';
import { users } from '../../identity/identity.tables.ts';
import { allocate, cohortTargets, monthsAfterGraduation, TOMSK_2015 } from '../demo/cohorts.ts';
import { pathTo } from '../demo/step.ts';
import {
  talentApplications,
  talentEmployers,
  talentOpportunities,
  talentOutcomes,
  talentProfiles,
} from '../talent.tables.ts';

// The talent demo (docs/domain/talent.md, "Demo data"): the whole demo is loaded once, as `npm start` does.

let t: TestApp;
const timings: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.ctx, (msg) => {
    const m = /^demo: (\w+) \((\d+) ms\)$/.exec(msg);
    if (m) timings[m[1] as string] = Number(m[2]);
  });
  // Printed, not asserted: the machine's speed is not the code's property.
  console.log(`demo step timings (ms): ${JSON.stringify(timings)}`);
}, 180_000);
afterAll(async () => t?.close());

const userIdOf = async (email: string) => {
  const [u] = await t.ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u?.id as string;
};

describe('talent demo: calibration helpers', () => {
  it('allocates exact counts in the given shares', () => {
    const out = allocate(new Random(1), 200, { a: 0.5, b: 0.3, c: 0.2 });
    expect(out).toHaveLength(200);
    expect(out.filter((x) => x === 'a')).toHaveLength(100);
    expect(out.filter((x) => x === 'c')).toHaveLength(40);
  });
  it('starts the trend at the 2015 figures and keeps shares summing to one', () => {
    expect(cohortTargets(2015).status.employed).toBeCloseTo(0.525);
    for (const y of [2015, 2020, 2025]) {
      const s = cohortTargets(y).status;
      expect(Object.values(s).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
      expect(Math.min(...Object.values(s))).toBeGreaterThan(0);
    }
    expect(monthsAfterGraduation(2015, 6)).toBe('2016-01-01');
    expect(monthsAfterGraduation(2015, 36)).toBe('2018-07-01');
  });
  it('walks an application through the board in order', () => {
    expect(pathTo(new Random(1), 'offer')).toEqual(['new', 'screening', 'interview', 'offer']);
    const r = pathTo(new Random(2), 'rejected');
    expect(r[0]).toBe('new');
    expect(r.at(-1)).toBe('rejected');
  });
});

describe('talent demo', () => {
  it('creates thousands of students and graduates at the six universities, in the Tomsk shares', async () => {
    const rows = await t.ctx.db
      .select({ name: organizations.name, status: talentProfiles.status, n: sql<number>`count(*)::int` })
      .from(talentProfiles)
      .innerJoin(organizations, eq(organizations.id, talentProfiles.universityId))
      .groupBy(organizations.name, talentProfiles.status);
    const total = rows.reduce((a, r) => a + r.n, 0);
    const students = rows.filter((r) => r.status === 'student').reduce((a, r) => a + r.n, 0);
    expect(students).toBeGreaterThan(2_000);
    expect(total - students).toBeGreaterThan(5_000);
    expect(new Set(rows.map((r) => r.name)).size).toBe(6);
    const share = (name: string) => rows.filter((r) => r.name === name).reduce((a, r) => a + r.n, 0) / total;
    expect(share('Томский государственный университет')).toBeCloseTo(0.33, 1);
    expect(share('Томский политехнический университет')).toBeCloseTo(0.31, 1);
    const [vis] = await t.ctx.db
      .select({
        pub: sql<number>`count(*) filter (where visibility = 'public')::float / count(*)`,
        hidden: sql<number>`count(*) filter (where visibility = 'hidden')::float / count(*)`,
        codes: sql<number>`count(*) filter (where program_code !~ '^\\d\\d\\.0[345]\\.\\d\\d$')::int`,
        noSkills: sql<number>`count(*) filter (where cardinality(skills) = 0)::int`,
      })
      .from(talentProfiles);
    expect(vis?.pub).toBeGreaterThan(0.25);
    expect(vis?.hidden).toBeLessThan(0.3);
    expect(vis?.codes).toBe(0);
    expect(vis?.noSkills).toBe(0);
  });

  it('reproduces the Tomsk 2015 cohort at 12 months within 3 points', async () => {
    const rows = await t.ctx.db
      .select({
        status: talentOutcomes.status,
        bucket: talentOutcomes.geoBucket,
        n: sql<number>`count(*)::int`,
      })
      .from(talentOutcomes)
      .innerJoin(talentProfiles, eq(talentProfiles.id, talentOutcomes.profileId))
      .where(
        and(
          eq(talentProfiles.graduationYear, 2015),
          eq(talentOutcomes.observedOn, monthsAfterGraduation(2015, 12)),
        ),
      )
      .groupBy(talentOutcomes.status, talentOutcomes.geoBucket);
    const all = rows.reduce((a, r) => a + r.n, 0);
    const of = (pred: (r: (typeof rows)[number]) => boolean) =>
      rows.filter(pred).reduce((a, r) => a + r.n, 0);
    const employed = of((r) => r.status === 'employed');
    const shares = {
      employed: employed / all,
      further_study: of((r) => r.status === 'further_study') / all,
      military: of((r) => r.status === 'military') / all,
    };
    const emp = (buckets: string[]) =>
      of((r) => r.status === 'employed' && buckets.includes(r.bucket ?? '')) / employed;
    const geo = {
      tomsk: emp(['tomsk']),
      siberia: emp(['siberia']),
      other_russia: emp(['moscow_spb', 'other_russia']),
      cis: emp(['cis']),
      abroad: emp(['abroad']),
    };
    console.log(`2015 cohort: ${all} graduates, ${JSON.stringify({ shares, geo })}`);
    expect(all).toBeGreaterThan(400);
    for (const [k, v] of Object.entries(shares)) {
      expect(Math.abs(v - TOMSK_2015.status[k as keyof typeof shares]), k).toBeLessThan(0.03);
    }
    for (const [k, v] of Object.entries(geo)) {
      expect(Math.abs(v - TOMSK_2015.geo[k as keyof typeof geo]), k).toBeLessThan(0.03);
    }
  });

  it('records several outcomes per graduate, some at zone residents and some hired through internships', async () => {
    const [o] = await t.ctx.db
      .select({
        perGraduate: sql<number>`count(*)::float / count(distinct ${talentOutcomes.profileId})`,
        atResidents: sql<number>`count(*) filter (where ${talentOutcomes.employerOrganizationId} in (select organization_id from zone_residents))::int`,
        selfReported: sql<number>`count(*) filter (where ${talentOutcomes.source} = 'self_report')::float / count(*)`,
        noBucket: sql<number>`count(*) filter (where ${talentOutcomes.status} = 'employed' and ${talentOutcomes.geoBucket} is null)::int`,
      })
      .from(talentOutcomes);
    expect(o?.perGraduate).toBeGreaterThan(2);
    expect(o?.atResidents).toBeGreaterThan(100);
    expect(o?.selfReported).toBeGreaterThan(0.1);
    expect(o?.selfReported).toBeLessThan(0.4);
    expect(o?.noBucket).toBe(0);
    const [hired] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(talentApplications)
      .innerJoin(talentOpportunities, eq(talentOpportunities.id, talentApplications.opportunityId))
      .innerJoin(talentProfiles, eq(talentProfiles.id, talentApplications.profileId))
      .where(
        sql`${talentApplications.stage} = 'hired' and ${talentOpportunities.kind} = 'internship' and ${talentProfiles.status} = 'graduate'`,
      );
    expect(hired?.n).toBeGreaterThan(20);
  });

  it('has approved, pending and rejected employers and ~300 postings', async () => {
    const emp = await t.ctx.db
      .select({ status: talentEmployers.status, n: sql<number>`count(*)::int` })
      .from(talentEmployers)
      .groupBy(talentEmployers.status);
    const count = (s: string) => emp.find((e) => e.status === s)?.n ?? 0;
    expect(count('approved')).toBeGreaterThan(30);
    expect(count('pending')).toBeGreaterThanOrEqual(3);
    expect(count('rejected')).toBe(1);
    const opps = await t.ctx.db
      .select({
        kind: talentOpportunities.kind,
        status: talentOpportunities.status,
        n: sql<number>`count(*)::int`,
      })
      .from(talentOpportunities)
      .groupBy(talentOpportunities.kind, talentOpportunities.status);
    const total = opps.reduce((a, r) => a + r.n, 0);
    expect(total).toBeGreaterThanOrEqual(250);
    expect(total).toBeLessThan(400);
    for (const status of ['published', 'draft', 'closed'])
      expect(
        opps.some((o) => o.status === status && o.n > 5),
        status,
      ).toBe(true);
    const [open] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(talentOpportunities)
      .innerJoin(talentEmployers, eq(talentEmployers.organizationId, talentOpportunities.organizationId))
      .where(
        sql`${talentOpportunities.status} = 'published' and ${talentOpportunities.deadline} >= current_date and ${talentEmployers.status} = 'approved'`,
      );
    expect(open?.n).toBeGreaterThan(100);
  });

  it('has ~800 applications in every stage with a consistent history', async () => {
    const stages = await t.ctx.db
      .select({ stage: talentApplications.stage, n: sql<number>`count(*)::int` })
      .from(talentApplications)
      .groupBy(talentApplications.stage);
    expect(stages.reduce((a, s) => a + s.n, 0)).toBeGreaterThanOrEqual(700);
    for (const stage of APPLICATION_STAGES) {
      expect(stages.find((s) => s.stage === stage)?.n ?? 0, stage).toBeGreaterThan(10);
    }
    // The last event of every application is its stage, at its stage date, and no event is in the future.
    const [bad] = await t.ctx.database.query<{ n: number }>(`
      select count(*)::int as n from talent_applications a
      where (select e.to_stage from talent_application_events e where e.application_id = a.id order by e.created_at desc limit 1) is distinct from a.stage
         or (select max(e.created_at) from talent_application_events e where e.application_id = a.id) <> a.stage_changed_at
         or (select min(e.created_at) from talent_application_events e where e.application_id = a.id) < (select o.published_at from talent_opportunities o where o.id = a.opportunity_id)
         or a.stage_changed_at > now()`);
    expect(bad?.n).toBe(0);
  });

  it('gives the demo student a profile and two applications in different stages', async () => {
    const id = await userIdOf('student@demo.inohub.ru');
    const [p] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.userId, id));
    expect(p).toMatchObject({ visibility: 'recruiters', prefersRegion: true, status: 'student' });
    expect(p?.skills.length).toBeGreaterThanOrEqual(4);
    const apps = await t.ctx.db
      .select({ stage: talentApplications.stage })
      .from(talentApplications)
      .where(eq(talentApplications.profileId, p?.id as string));
    expect(apps).toHaveLength(2);
    expect(new Set(apps.map((a) => a.stage)).size).toBe(2);
    // Several open internships at approved employers ask only for skills the student has.
    const [fits] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(talentOpportunities)
      .innerJoin(talentEmployers, eq(talentEmployers.organizationId, talentOpportunities.organizationId))
      .where(
        sql`${talentOpportunities.kind} = 'internship' and ${talentOpportunities.status} = 'published' and ${talentOpportunities.deadline} >= current_date and ${talentEmployers.status} = 'approved' and ${talentOpportunities.requiredSkills} <@ ${sql.param(p?.skills ?? [])}::text[]`,
      );
    expect(fits?.n).toBeGreaterThanOrEqual(3);
  });

  it("fills the demo recruiter's board, including the demo student", async () => {
    const id = await userIdOf('recruiter@demo.inohub.ru');
    const orgs = (
      await t.ctx.db
        .select({ id: organizationMembers.organizationId })
        .from(organizationMembers)
        .where(eq(organizationMembers.userId, id))
    ).map((o) => o.id);
    const [employer] = await t.ctx.db
      .select()
      .from(talentEmployers)
      .where(inArray(talentEmployers.organizationId, orgs));
    expect(employer?.status).toBe('approved');
    const board = await t.ctx.db
      .select({ stage: talentApplications.stage, profileUser: talentProfiles.userId })
      .from(talentApplications)
      .innerJoin(talentOpportunities, eq(talentOpportunities.id, talentApplications.opportunityId))
      .innerJoin(talentProfiles, eq(talentProfiles.id, talentApplications.profileId))
      .where(
        and(
          eq(talentOpportunities.organizationId, employer?.organizationId as string),
          eq(talentOpportunities.status, 'published'),
        ),
      );
    expect(new Set(board.map((b) => b.stage)).size).toBeGreaterThanOrEqual(4);
    const studentId = await userIdOf('student@demo.inohub.ru');
    expect(board.some((b) => b.profileUser === studentId)).toBe(true);
  });

  it('makes the career office a member of TUSUR, with students, pending employers and outcomes to show', async () => {
    const id = await userIdOf('career@demo.inohub.ru');
    expect(DEMO_ACCOUNTS.find((a) => a.email === 'career@demo.inohub.ru')?.role).toBe('career_office');
    const [m] = await t.ctx.db
      .select({ orgId: organizations.id, name: organizations.name })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(and(eq(organizationMembers.userId, id), eq(organizations.kind, 'university')));
    expect(m?.name).toBe('Томский государственный университет систем управления и радиоэлектроники');
    const [counts] = await t.ctx.db
      .select({
        students: sql<number>`count(*) filter (where ${talentProfiles.status} = 'student')::int`,
        outcomes: sql<number>`(select count(*)::int from ${talentOutcomes} o join ${talentProfiles} p on p.id = o.profile_id where p.university_id = ${m?.orgId})`,
      })
      .from(talentProfiles)
      .where(eq(talentProfiles.universityId, m?.orgId as string));
    expect(counts?.students).toBeGreaterThan(200);
    expect(counts?.outcomes).toBeGreaterThan(1_000);
  });
});
