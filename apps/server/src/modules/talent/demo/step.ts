import type { ApplicationStage, EmployerStatus, OpportunityStatus } from '@inohub/contracts/talent/enums';
import { and, eq, getTableColumns, getTableName, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../../lib/db/types.ts';
import type { Random } from '../../../lib/demo/random.ts';
import type { DemoLogin, DemoStep } from '../../../lib/demo/step.ts';
import { organizationMembers, organizationSectors, organizations } from '../../directory/directory.tables.ts';
import { userRoles } from '../../identity/identity.tables.ts';
import { recordConsent } from '../../identity/index.ts';
import type { TalentPorts } from '../ports.ts';
import {
  talentApplicationEvents,
  talentApplications,
  talentEmployers,
  talentOpportunities,
  talentOutcomes,
  talentProfiles,
  talentSkills,
} from '../talent.tables.ts';
import {
  EMPLOYER_SKILL_FAMILY,
  type EmployerFamily,
  employerFamilyOf,
  FAMILY_CATEGORIES,
  FAMILY_SKILLS,
  OUTSIDE_EMPLOYERS,
  POSTINGS,
  type SkillFamily,
  UNIVERSITY_SPECS,
} from './catalog.ts';
import {
  buildPeople,
  type DemoPersonRecord,
  type DemoUniversity,
  type ProfileRow,
  type Workplace,
} from './people.ts';

// The talent part of the demo (docs/domain/talent.md, "Demo data"): students and graduates of the six
// Tomsk universities with outcomes that reproduce the 2015 cohort's figures, employers, postings,
// applications in every stage, and pages that show something for the demo student, recruiter and
// career office. Everything is drawn from the seeded generator and written with multi-row inserts.

export const DEMO_STUDENTS = 2_500;
export const DEMO_GRADUATES = 6_000;
const DAY = 86_400_000;
const CHUNK = 1_000;

/** The talent demo; the zone's residents come through the module's ports (the zone is a peer, not below). */
export const talentDemoStep = (ports: TalentPorts): DemoStep => ({
  name: 'talent',
  async run(ctx, random, logins) {
    const db = ctx.db;
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const login = (role: DemoLogin['role']) => {
      const l = logins.find((x) => x.role === role);
      if (!l) throw new Error(`The demo has no ${role} login`);
      return l;
    };
    const admin = login('admin').userId;
    const career = login('career_office').userId;
    const recruiterLogin = login('recruiter').userId;
    const student = login('student');
    const demoLoginIds = new Set(logins.map((l) => l.userId));

    const skillsOf = await skillResolver(db);
    const world = await readWorld(db, ports);

    // ── Universities, and the career office login acting for TUSUR ──
    const universities: DemoUniversity[] = UNIVERSITY_SPECS.flatMap((spec) => {
      const id = world.universityIdByName.get(spec.name);
      return id ? [{ id, spec }] : [];
    });
    if (universities.length === 0) return; // no directory demo: nothing to attach students to
    const tusur = universities.find((u) => u.spec.key === 'tusur') ?? (universities[0] as DemoUniversity);
    await db.insert(organizationMembers).values({ organizationId: tusur.id, userId: career, role: 'member' });

    // ── Employers ──
    const recruiterOrgId = world.membersByOrg.size
      ? [...world.membersByOrg.entries()].find(([, ms]) => ms.some((m) => m.userId === recruiterLogin))?.[0]
      : undefined;
    const candidates = world.companies.filter(
      (c) => c.kind !== 'startup' || world.residentIds.has(c.id) || random.chance(0.5),
    );
    const outsiders = random.shuffle(
      candidates.filter(
        (c) => !world.residentIds.has(c.id) && c.id !== recruiterOrgId && c.kind !== 'corporation',
      ),
    );
    const pendingIds = new Set(outsiders.slice(0, 5).map((c) => c.id));
    const rejectedId = outsiders[5]?.id;
    const employers: Employer[] = [];
    const roleGrants: Array<{ userId: string; role: string; grantedBy: string }> = [];
    for (const c of candidates) {
      const status: EmployerStatus =
        c.id === rejectedId ? 'rejected' : pendingIds.has(c.id) ? 'pending' : 'approved';
      const members = world.membersByOrg.get(c.id) ?? [];
      let recruiters = members.filter((m) => m.isRecruiter).map((m) => m.userId);
      if (c.id === recruiterOrgId)
        recruiters = [recruiterLogin, ...recruiters.filter((r) => r !== recruiterLogin)];
      if (recruiters.length === 0) {
        // A member of the company (not a demo login) becomes its recruiter on the platform.
        const m =
          members.find((x) => x.role === 'member' && !demoLoginIds.has(x.userId)) ??
          members.find((x) => !demoLoginIds.has(x.userId));
        if (m) {
          recruiters = [m.userId];
          roleGrants.push({ userId: m.userId, role: 'recruiter', grantedBy: admin });
        }
      }
      employers.push({
        ...c,
        status,
        recruiters,
        family: employerFamilyOf(c.sectors),
        resident: world.residentIds.has(c.id),
      });
    }
    if (roleGrants.length) await db.insert(userRoles).values(roleGrants).onConflictDoNothing();
    const employerRows = employers.map((e) => {
      const decided = e.status !== 'pending';
      const decidedAt = decided ? new Date(now.getTime() - random.int(5, 350) * DAY) : null;
      return {
        organizationId: e.id,
        status: e.status,
        requestedBy: e.recruiters[0] ?? null,
        decidedBy: decided ? (random.chance(0.6) ? career : admin) : null,
        decidedAt,
        decisionNote:
          e.status === 'rejected'
            ? 'Не удалось подтвердить контакты и регистрацию компании: ИНН в заявке не совпадает с ЕГРЮЛ.'
            : null,
        createdAt: new Date((decidedAt ?? now).getTime() - random.int(1, 20) * DAY),
        updatedAt: decidedAt ?? now,
      };
    });
    const approved = employers.filter((e) => e.status === 'approved');
    const approvedIds = new Set(approved.map((e) => e.id));

    // Where Tomsk graduates work: zone residents and other approved companies for some, large
    // regional employers (outside the directory) for the rest.
    const residentsByFamily = new Map<string, Employer[]>();
    for (const e of approved.filter((x) => x.resident)) {
      const fam = EMPLOYER_SKILL_FAMILY[e.family];
      for (const f of fam) residentsByFamily.set(f, [...(residentsByFamily.get(f) ?? []), e]);
    }
    const residentsAll = approved.filter((x) => x.resident);
    const otherApproved = approved.filter((x) => !x.resident);
    const tomskWorkplace = (r: Random, family: SkillFamily): Workplace => {
      const near = residentsByFamily.get(family);
      const techy = ['software', 'data', 'security', 'electronics'].includes(family);
      if (near?.length && r.chance(techy ? 0.22 : 0.1)) return workplaceOf(r.pick(near));
      if (residentsAll.length && r.chance(0.03)) return workplaceOf(r.pick(residentsAll));
      if (otherApproved.length && r.chance(0.06)) return workplaceOf(r.pick(otherApproved));
      return { organizationId: null, name: r.pick(OUTSIDE_EMPLOYERS.tomsk) };
    };

    // ── Students and graduates ──
    const { people, outcomes } = buildPeople({
      random: random.fork('people'),
      universities,
      skillsOf,
      tomskWorkplace,
      students: DEMO_STUDENTS,
      graduates: DEMO_GRADUATES,
      today,
      academicYear: now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1,
    });
    const studentSkills = pickSkills(
      skillsOf('software'),
      ['python', 'sql', 'git', 'linux', 'docker', 'typescript'],
      6,
    );
    const studentProfile: ProfileRow = {
      id: random.uuid(),
      userId: student.userId,
      email: student.email,
      fullName: student.name,
      universityId: tusur.id,
      studentNumber: 'demo-0001',
      faculty: 'Факультет систем управления',
      program: 'Программная инженерия',
      programCode: '09.03.04',
      degree: 'bachelor',
      studyStartYear: 2023,
      graduationYear: 2027,
      status: 'student',
      city: 'Томск',
      headline: 'Студент 4 курса, программная инженерия (ТУСУР)',
      about:
        'Пишу бэкенд на Python и TypeScript, делал учебный проект с PostgreSQL и Docker. Ищу стажировку в Томске, готов к удалённой работе на неполный день.',
      skills: studentSkills,
      languages: [
        { code: 'ru', level: 'native' },
        { code: 'en', level: 'B2' },
      ],
      links: [{ label: 'GitHub', url: 'https://github.com/ivan-studentov-demo' }],
      prefersRegion: true,
      openToRelocation: false,
      openToRemote: true,
      visibility: 'recruiters',
      source: 'self',
      isDemo: true,
    };
    await insertChunks(db, talentProfiles, [studentProfile, ...people.map((p) => p.row)]);
    await insertChunks(db, talentOutcomes, outcomes);
    await recordConsent(db, { userId: student.userId, purpose: 'talent_recruiters', granted: true });

    // ── Opportunities ──
    const opps: OpportunityRow[] = [];
    const posting = (
      e: Employer,
      r: Random,
      over: Partial<OpportunityRow> & { template?: [string, string, 'job' | 'internship'] },
    ) => {
      const [ru, en, kind] = over.template ?? r.pick(POSTINGS[e.family]);
      const status: OpportunityStatus =
        over.status ?? (r.chance(0.68) ? 'published' : r.chance(0.35) ? 'draft' : 'closed');
      const fams = EMPLOYER_SKILL_FAMILY[e.family];
      const pool = [...new Set(fams.flatMap((f) => skillsOf(f)))];
      const required = over.requiredSkills ?? r.sample(pool, Math.min(pool.length, r.int(2, 4)));
      const nice =
        over.niceSkills ??
        r.sample(
          pool.filter((s) => !required.includes(s)),
          Math.min(Math.max(0, pool.length - required.length), r.int(1, 3)),
        );
      const lang = r.next();
      const where = r.next();
      const remote = e.family === 'software' || e.family === 'data' ? where < 0.15 : false;
      const city = remote
        ? r.chance(0.5)
          ? null
          : 'Томск'
        : where < 0.85
          ? 'Томск'
          : where < 0.94
            ? 'Новосибирск'
            : 'Москва';
      const intern = kind === 'internship';
      const from = intern ? r.int(4, 10) * 5_000 : r.int(12, 30) * 5_000;
      const paid = !intern || r.chance(0.8);
      let deadline: Date;
      let publishedAt: Date | null = null;
      let closedAt: Date | null = null;
      if (status === 'closed') {
        deadline = new Date(now.getTime() - r.int(40, 420) * DAY);
        publishedAt = new Date(deadline.getTime() - r.int(30, 60) * DAY);
        closedAt = new Date(deadline.getTime() + 30 * DAY);
      } else if (status === 'published') {
        // Mostly open; a few have passed their deadline and left the public list.
        deadline = new Date(now.getTime() + (r.chance(0.08) ? -r.int(1, 20) : r.int(10, 90)) * DAY);
        publishedAt = new Date(now.getTime() - r.int(35, 80) * DAY);
      } else {
        deadline = new Date(now.getTime() + r.int(30, 120) * DAY);
      }
      const titleRu = lang < 0.95 ? ru : null;
      const titleEn = lang > 0.3 ? en : null;
      const skillText = required.join(', ');
      const row: OpportunityRow = {
        id: r.uuid(),
        organizationId: e.id,
        createdBy: e.recruiters[0] ?? null,
        kind,
        titleRu,
        titleEn,
        descriptionRu: titleRu
          ? `${e.name} ищет ${intern ? 'стажёра' : 'сотрудника'}: «${ru}». Что нужно: ${skillText}. ${intern ? 'Наставник, гибкий график, совмещение с учёбой.' : 'Официальное оформление, ДМС, обучение за счёт компании.'}`
          : null,
        descriptionEn: titleEn
          ? `${e.nameEn ?? e.name} is hiring: ${en}. Requirements: ${skillText}. ${intern ? 'A mentor, flexible hours, compatible with studies.' : 'Official employment, health insurance, paid training.'}`
          : null,
        requiredSkills: required,
        niceSkills: nice,
        city,
        remote,
        salaryFrom: paid ? from : null,
        salaryTo: paid ? from + r.int(2, 8) * 5_000 : null,
        positions: intern ? r.int(2, 6) : r.int(1, 3),
        deadline: deadline.toISOString().slice(0, 10),
        status,
        publishedAt,
        closedAt,
        isDemo: true,
        createdAt: new Date((publishedAt ?? now).getTime() - r.int(1, 10) * DAY),
        updatedAt: closedAt ?? publishedAt ?? now,
        ...stripTemplate(over),
      };
      opps.push(row);
      return row;
    };

    const or = random.fork('opportunities');
    const recruiterOrg = employers.find((e) => e.id === recruiterOrgId);
    // The demo recruiter's company: internships the demo student fits, a job, a draft and a closed one.
    const studentFit = (n: number) => or.sample(studentSkills, Math.min(n, studentSkills.length));
    const featured: OpportunityRow[] = [];
    if (recruiterOrg) {
      featured.push(
        posting(recruiterOrg, or, {
          template: [
            'Стажёр-разработчик backend (Python)',
            'Backend developer intern (Python)',
            'internship',
          ],
          status: 'published',
          requiredSkills: studentFit(3),
        }),
      );
      featured.push(
        posting(recruiterOrg, or, {
          template: [
            'Летняя стажировка в команде платформы',
            'Summer internship, platform team',
            'internship',
          ],
          status: 'published',
          requiredSkills: studentFit(2),
        }),
      );
      posting(recruiterOrg, or, {
        template: ['Junior backend-разработчик', 'Junior backend developer', 'job'],
        status: 'published',
      });
      posting(recruiterOrg, or, {
        template: ['Frontend-разработчик (React)', 'Frontend developer (React)', 'job'],
        status: 'draft',
      });
      posting(recruiterOrg, or, {
        template: ['Стажёр по тестированию ПО', 'QA intern', 'internship'],
        status: 'closed',
      });
      posting(recruiterOrg, or, {
        template: ['Middle Python-разработчик', 'Middle Python developer', 'job'],
        status: 'published',
      });
    }
    // Two more approved software employers with internships the student fits.
    const others = approved.filter((e) => e.family === 'software' && e.id !== recruiterOrgId).slice(0, 2);
    for (const e of others) {
      featured.push(
        posting(e, or, {
          template: ['Стажёр-разработчик', 'Software engineering intern', 'internship'],
          status: 'published',
          requiredSkills: studentFit(3),
        }),
      );
    }
    // Graduates hired through an internship on the platform: the employer's closed internship of the
    // summer before graduation, and a hired application.
    const hiredThrough: Array<{ person: DemoPersonRecord; opp: OpportunityRow }> = [];
    const pastInternships = new Map<string, OpportunityRow>();
    for (const person of people) {
      const wp = person.workplaceAt12;
      if (!wp?.organizationId || !approvedIds.has(wp.organizationId) || person.cohort < 2022) continue;
      if (!or.chance(0.3)) continue;
      const key = `${wp.organizationId}:${person.cohort}`;
      let opp = pastInternships.get(key);
      if (!opp) {
        const e = employers.find((x) => x.id === wp.organizationId) as Employer;
        const deadline = new Date(Date.UTC(person.cohort - 1, 4, 15));
        opp = posting(e, or, {
          template: [
            `Летняя стажировка ${person.cohort - 1}`,
            `Summer internship ${person.cohort - 1}`,
            'internship',
          ],
          status: 'closed',
          deadline: deadline.toISOString().slice(0, 10),
          publishedAt: new Date(deadline.getTime() - 45 * DAY),
          closedAt: new Date(deadline.getTime() + 100 * DAY),
          createdAt: new Date(deadline.getTime() - 50 * DAY),
          updatedAt: new Date(deadline.getTime() + 100 * DAY),
        });
        pastInternships.set(key, opp);
      }
      hiredThrough.push({ person, opp });
    }
    // Everyone else: a few postings each, to about 300 in all.
    const postingEmployers = employers.filter((e) => e.recruiters.length && e.id !== recruiterOrgId);
    const target = 300;
    for (let round = 0; opps.length < target && round < 10; round++) {
      for (const e of or.shuffle(postingEmployers)) {
        if (opps.length >= target) break;
        if (e.status === 'rejected' && round > 0) continue;
        posting(
          e,
          or,
          e.status === 'rejected'
            ? { status: 'draft' }
            : e.status === 'pending'
              ? { status: 'published' }
              : {},
        );
      }
    }
    // An employer asked for approval before its first posting; the decision date is the last
    // verification ("verified on …"), within the past year.
    for (const row of employerRows) {
      const first = Math.min(
        ...opps
          .filter((o) => o.organizationId === row.organizationId)
          .map((o) => (o.createdAt as Date).getTime()),
      );
      if (first < row.createdAt.getTime()) row.createdAt = new Date(first - DAY);
    }
    await insertChunks(db, talentEmployers, employerRows);
    await insertChunks(db, talentOpportunities, opps);

    // ── Applications ──
    const ar = random.fork('applications');
    const apps: ApplicationRow[] = [];
    const events: EventRow[] = [];
    const taken = new Set<string>();
    const apply = (opp: OpportunityRow, profile: ProfileRow, stage: ApplicationStage, appliedAt?: Date) => {
      const key = `${opp.id}:${profile.id}`;
      if (taken.has(key)) return;
      taken.add(key);
      const path = pathTo(ar, stage);
      const start =
        appliedAt ??
        (opp.status === 'closed'
          ? new Date((opp.publishedAt as Date).getTime() + ar.int(0, 30) * DAY)
          : new Date((opp.publishedAt as Date).getTime() + ar.int(0, 20) * DAY));
      let t = start.getTime();
      const id = ar.uuid();
      path.forEach((to, i) => {
        if (i > 0) t += ar.int(1, 5) * DAY + ar.int(0, 8 * 3_600_000);
        const byApplicant = i === 0 || to === 'withdrawn';
        events.push({
          id: ar.uuid(),
          applicationId: id,
          fromStage: i === 0 ? null : (path[i - 1] as ApplicationStage),
          toStage: to,
          actorId: byApplicant ? (profile.userId ?? null) : opp.createdBy,
          note:
            to === 'rejected'
              ? ar.pick(REJECTION_NOTES)
              : to === 'offer'
                ? 'Направили предложение о работе.'
                : null,
          createdAt: new Date(t),
        });
      });
      apps.push({
        id,
        opportunityId: opp.id,
        profileId: profile.id,
        coverNote: ar.chance(0.7) ? ar.pick(COVER_NOTES) : null,
        stage,
        stageChangedAt: new Date(t),
        isDemo: true,
        createdAt: start,
        updatedAt: new Date(t),
      });
    };

    // The demo student: an interview at the recruiter's company, screening elsewhere.
    if (featured[0]) apply(featured[0], studentProfile, 'interview', new Date(now.getTime() - 14 * DAY));
    const elsewhere = featured.find((o) => o.organizationId !== recruiterOrgId);
    if (elsewhere) apply(elsewhere, studentProfile, 'screening', new Date(now.getTime() - 6 * DAY));

    for (const { person, opp } of hiredThrough) {
      const start = new Date((opp.publishedAt as Date).getTime() + ar.int(0, 40) * DAY);
      apply(opp, person.row, 'hired', start);
    }

    // Applicants are current students and recent graduates whose programme fits the posting.
    const pool = new Map<SkillFamily, ProfileRow[]>();
    const latestCohort = Math.max(...people.map((p) => (p.row.status === 'graduate' ? p.cohort : 0)));
    for (const p of people) {
      if (p.row.status === 'graduate' && p.cohort < latestCohort - 1) continue;
      const list = pool.get(p.family) ?? [];
      list.push(p.row);
      pool.set(p.family, list);
    }
    const applicantsFor = (e: EmployerFamily) => APPLICANT_FAMILIES[e].flatMap((f) => pool.get(f) ?? []);
    const live = opps.filter((o) => o.status !== 'draft');
    const familyOfOrg = new Map(employers.map((e) => [e.id, e.family]));
    // The demo recruiter's open postings get a full board first.
    for (const opp of live.filter((o) => o.organizationId === recruiterOrgId && o.status === 'published')) {
      const cands = ar.sample(applicantsFor('software'), 7);
      const stages: ApplicationStage[] = [
        'new',
        'new',
        'screening',
        'interview',
        'offer',
        'rejected',
        'withdrawn',
      ];
      for (const [i, c] of cands.entries()) apply(opp, c, stages[i] as ApplicationStage);
    }
    const openWeights: Array<[ApplicationStage, number]> = [
      ['new', 27],
      ['screening', 20],
      ['interview', 17],
      ['offer', 8],
      ['hired', 3],
      ['rejected', 18],
      ['withdrawn', 7],
    ];
    const closedWeights: Array<[ApplicationStage, number]> = [
      ['hired', 22],
      ['rejected', 58],
      ['withdrawn', 20],
    ];
    const wanted = 800;
    for (let guard = 0; apps.length < wanted && guard < 5_000; guard++) {
      const opp = ar.pick(live);
      const cands = applicantsFor(familyOfOrg.get(opp.organizationId) ?? 'software');
      if (!cands.length) continue;
      const weights = opp.status === 'closed' ? closedWeights : openWeights;
      const stage = pickWeighted(ar, weights);
      apply(opp, ar.pick(cands), stage);
    }
    await insertChunks(db, talentApplications, apps);
    await insertChunks(db, talentApplicationEvents, events);
  },
});

type OpportunityRow = typeof talentOpportunities.$inferInsert & {
  id: string;
  deadline: string;
  createdBy: string | null;
};
type ApplicationRow = typeof talentApplications.$inferInsert;
type EventRow = typeof talentApplicationEvents.$inferInsert;

interface Company {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  sectors: string[];
}
interface Employer extends Company {
  status: EmployerStatus;
  recruiters: string[];
  family: EmployerFamily;
  resident: boolean;
}

const workplaceOf = (e: Employer): Workplace => ({ organizationId: e.id, name: e.name });

const stripTemplate = ({ template: _t, ...rest }: Partial<OpportunityRow> & { template?: unknown }) => rest;

const APPLICANT_FAMILIES: Record<EmployerFamily, SkillFamily[]> = {
  software: ['software', 'data'],
  data: ['data', 'software'],
  security: ['security', 'software'],
  electronics: ['electronics', 'energy'],
  energy: ['energy', 'mechanical', 'electronics'],
  oil_gas: ['oil_gas', 'chemistry', 'mechanical'],
  biology: ['biology', 'chemistry', 'medicine'],
};

const REJECTION_NOTES = [
  'Выбрали кандидата с большим опытом.',
  'Позиция закрыта внутренним кандидатом.',
  'Не подошёл график: нужна полная занятость.',
  'Не хватает опыта с требуемыми технологиями.',
];
const COVER_NOTES = [
  'Здравствуйте! Учусь по профильному направлению, делал похожие проекты на практике. Готов пройти тестовое задание.',
  'Добрый день! Интересует стажировка, могу совмещать с учёбой 20–30 часов в неделю.',
  'Hello! I would like to join your team; my CV and project links are in the profile.',
  'Хочу остаться работать в Томске, ваша компания — одна из тех, где я вижу себя через пять лет.',
];

const FLOW: ApplicationStage[] = ['new', 'screening', 'interview', 'offer', 'hired'];

/** The stages an application went through to reach `stage` (docs/domain/talent.md, "Applications"). */
export function pathTo(random: Random, stage: ApplicationStage): ApplicationStage[] {
  const i = FLOW.indexOf(stage);
  if (i >= 0) return FLOW.slice(0, i + 1);
  return [...FLOW.slice(0, random.int(1, 4)), stage];
}

function pickWeighted<T>(random: Random, items: Array<[T, number]>): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let x = random.next() * total;
  for (const [v, w] of items) {
    x -= w;
    if (x < 0) return v;
  }
  return (items[items.length - 1] as [T, number])[0];
}

function pickSkills(pool: string[], wishes: string[], n: number): string[] {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9+#]/g, '');
  const wished = pool.filter((c) => wishes.some((w) => norm(w) === norm(c)));
  return [...new Set([...wished, ...pool])].slice(0, n);
}

/**
 * Multi-row inserts in chunks of a thousand, each chunk sent as one JSON parameter and unpacked by
 * `jsonb_to_recordset`: on the embedded database, binding tens of thousands of separate parameters
 * costs more than the insert itself, and this keeps the demo within seconds.
 */
async function insertChunks<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)) as Array<[string, PgColumn]>;
  const keys = new Set(rows.flatMap((r) => Object.keys(r)));
  const used = columns.filter(([key]) => keys.has(key));
  for (const [key, col] of used) {
    if (col.notNull && rows.some((r) => (r as Record<string, unknown>)[key] === undefined)) {
      throw new Error(`demo: ${col.name} missing in some rows of ${getTableName(table)}`);
    }
  }
  const names = sql.raw(used.map(([, c]) => `"${c.name}"`).join(', '));
  const defs = sql.raw(used.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', '));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => {
      const o: Record<string, unknown> = {};
      for (const [key, col] of used) {
        const v = (r as Record<string, unknown>)[key];
        o[col.name] = v instanceof Date ? v.toISOString() : (v ?? null);
      }
      return o;
    });
    await db.execute(
      sql`insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(${defs})`,
    );
  }
}

/**
 * The taxonomy's codes for each skill family: the named skills (catalog.ts) are looked up in
 * `talent_skills` by code or English name, and a family short of matches draws on its categories.
 * Nothing is invented: with an empty taxonomy the demo's people and postings simply have no skills.
 */
async function skillResolver(db: Db): Promise<(family: SkillFamily) => string[]> {
  const rows = await db
    .select({ code: talentSkills.code, nameEn: talentSkills.nameEn, category: talentSkills.category })
    .from(talentSkills)
    .where(eq(talentSkills.isCustom, false));
  rows.sort((a, b) => a.code.localeCompare(b.code));
  const norm = (s: string) => s.toLowerCase().replace(/[^a-zа-я0-9+#]/g, '');
  const byKey = new Map<string, string>();
  for (const r of rows) {
    byKey.set(norm(r.code), r.code);
    byKey.set(norm(r.nameEn), r.code);
  }
  const cache = new Map<SkillFamily, string[]>();
  return (family) => {
    const hit = cache.get(family);
    if (hit) return hit;
    const named = FAMILY_SKILLS[family].flatMap((n) => {
      const c = byKey.get(norm(n));
      return c ? [c] : [];
    });
    let codes = [...new Set(named)];
    if (codes.length < 5) {
      const cats = new Set(FAMILY_CATEGORIES[family]);
      codes = [...new Set([...codes, ...rows.filter((r) => cats.has(r.category)).map((r) => r.code)])].slice(
        0,
        10,
      );
    }
    cache.set(family, codes);
    return codes;
  };
}

/** What the directory and zone demos left: universities, companies with sectors, residents, members. */
async function readWorld(db: Db, ports: TalentPorts) {
  const orgs = await db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      name: organizations.name,
      nameEn: organizations.nameEn,
    })
    .from(organizations);
  const sectors = await db.select().from(organizationSectors);
  const sectorsOf = new Map<string, string[]>();
  for (const s of sectors)
    sectorsOf.set(s.organizationId, [...(sectorsOf.get(s.organizationId) ?? []), s.sectorCode]);
  const residents = [...(await ports.zoneResidentOrganizationIds(db))].map((id) => ({ id }));
  const companyIds = orgs
    .filter((o) => ['company', 'startup', 'corporation'].includes(o.kind))
    .map((o) => o.id);
  const members = companyIds.length
    ? await db
        .select({
          organizationId: organizationMembers.organizationId,
          userId: organizationMembers.userId,
          role: organizationMembers.role,
        })
        .from(organizationMembers)
        .where(inArray(organizationMembers.organizationId, companyIds))
        .orderBy(
          organizationMembers.organizationId,
          organizationMembers.createdAt,
          organizationMembers.userId,
        )
    : [];
  const recruiterIds = new Set(
    (
      await db
        .select({ userId: userRoles.userId })
        .from(userRoles)
        .where(and(eq(userRoles.role, 'recruiter')))
    ).map((r) => r.userId),
  );
  const membersByOrg = new Map<string, Array<{ userId: string; role: string; isRecruiter: boolean }>>();
  for (const m of members) {
    membersByOrg.set(m.organizationId, [
      ...(membersByOrg.get(m.organizationId) ?? []),
      { userId: m.userId, role: m.role, isRecruiter: recruiterIds.has(m.userId) },
    ]);
  }
  const companies: Company[] = orgs
    .filter((o) => ['company', 'startup', 'corporation'].includes(o.kind))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((o) => ({ ...o, sectors: sectorsOf.get(o.id) ?? [] }));
  return {
    universityIdByName: new Map(orgs.filter((o) => o.kind === 'university').map((o) => [o.name, o.id])),
    companies,
    residentIds: new Set(residents.map((r) => r.id)),
    membersByOrg,
  };
}
