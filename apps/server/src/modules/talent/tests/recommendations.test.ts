import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import {
  approveEmployer,
  call,
  careerOfficeOf,
  createCompany,
  createUniversity,
  ok,
  recruiterOf,
} from './fixtures.ts';
import { inDays, insertCandidate, insertPosting } from './recommendation-fixtures.ts';

// Recommendation order on hand-built cases (docs/domain/talent.md, "Recommendations" and "Fit").

type Item = { fit: { score: number; skills: number; text: number; locality: number }; reasons: Reason[] };
type Reason = { code: string; [k: string]: unknown };
type OppItem = Item & { opportunity: { id: string } };
type CandItem = Item & { profile: { id: string } };

let t: TestApp;
const TUSUR = 'ТУСУР (тест)';
let uni: string;
let otherUni: string;
let companyA: string;
let companyB: string;
let student: SignedIn;
let recruiterA: SignedIn;
let recruiterB: SignedIn;
const P: Record<string, string> = {};
const C: Record<string, string> = {};

const DATA_SKILLS = ['python', 'sql', 'pandas'];

beforeAll(async () => {
  t = await createTestApp();
  uni = await createUniversity(t, TUSUR);
  otherUni = await createUniversity(t);
  companyA = await createCompany(t);
  companyB = await createCompany(t);
  await approveEmployer(t, companyA, 'approved');
  await approveEmployer(t, companyB, 'pending');
  recruiterA = await recruiterOf(t, companyA);
  recruiterB = await recruiterOf(t, companyB);
  student = await loginAs(t, 'student');

  // Postings of the approved company A …
  P.analyst = await insertPosting(t, {
    organizationId: companyA,
    kind: 'internship',
    titleRu: 'Стажёр-аналитик данных',
    titleEn: 'Data analyst intern',
    descriptionRu: 'Работа с Python и SQL',
    requiredSkills: DATA_SKILLS,
    niceSkills: ['tableau'],
    city: 'Томск',
  });
  P.backend = await insertPosting(t, {
    organizationId: companyA,
    titleRu: 'Backend-разработчик',
    requiredSkills: ['go', 'sql', 'docker', 'kubernetes'],
    city: 'Новосибирск',
  });
  P.frontend = await insertPosting(t, {
    organizationId: companyA,
    titleRu: null,
    titleEn: 'Frontend developer',
    requiredSkills: ['typescript', 'react'],
    city: null,
    remote: true,
  });
  // … and postings that are not open: a draft, an expired one, one of the pending company B.
  P.draft = await insertPosting(t, {
    organizationId: companyA,
    requiredSkills: DATA_SKILLS,
    status: 'draft',
  });
  P.expired = await insertPosting(t, {
    organizationId: companyA,
    requiredSkills: DATA_SKILLS,
    deadline: inDays(-2),
  });
  P.pendingEmployer = await insertPosting(t, {
    organizationId: companyB,
    titleRu: 'Стажёр-аналитик данных',
    requiredSkills: DATA_SKILLS,
  });

  C.student = await insertCandidate(t, {
    userId: student.userId,
    universityId: uni,
    skills: [...DATA_SKILLS, 'react'],
    headline: 'Анализирую данные на Python',
    city: 'Томск',
    prefersRegion: true,
    openToRemote: true,
  });
  // Twins but for locality: C.stays prefers the region (Tomsk), C.away lives in Seversk-less elsewhere.
  C.stays = await insertCandidate(t, {
    universityId: uni,
    skills: DATA_SKILLS,
    headline: 'Аналитик данных',
    city: 'Томск',
    prefersRegion: true,
  });
  C.recruitersOnly = await insertCandidate(t, {
    universityId: uni,
    visibility: 'recruiters',
    skills: DATA_SKILLS,
    headline: 'Аналитик данных',
    city: 'Кемерово',
  });
  C.hidden = await insertCandidate(t, {
    universityId: uni,
    visibility: 'hidden',
    skills: DATA_SKILLS,
    headline: 'Аналитик данных',
    city: 'Томск',
    prefersRegion: true,
  });
  // Twins but for one word: "данные" matches the title's "данных" only through Russian stemming.
  C.stem = await insertCandidate(t, {
    universityId: otherUni,
    skills: ['python', 'sql'],
    headline: 'Обрабатываю данные',
    city: 'Кемерово',
  });
  C.noStem = await insertCandidate(t, {
    universityId: otherUni,
    skills: ['python', 'sql'],
    headline: 'Обрабатываю таблицы',
    city: 'Кемерово',
  });
  C.weak = await insertCandidate(t, { skills: ['python'], headline: 'Студент', city: 'Кемерово' });
});
afterAll(async () => t?.close());

const candidates = async (who: SignedIn, postingId: string) =>
  ok(await call(t, who, 'GET', `/api/talent/opportunities/${postingId}/candidates?limit=50`))
    .items as CandItem[];

describe('opportunities for a student', () => {
  it('ranks open postings by fit and never lists closed, expired or unapproved ones', async () => {
    const items = ok(await call(t, student, 'GET', '/api/talent/recommendations/opportunities'))
      .items as OppItem[];
    // Analyst: 3 of 3 required, words shared, in Tomsk → first; frontend: 1 of 2, remote wanted;
    // backend: 1 of 4 and in Novosibirsk while the student prefers to stay.
    expect(items.map((i) => i.opportunity.id)).toEqual([P.analyst, P.frontend, P.backend]);
    const [analyst, frontend, backend] = items as [OppItem, OppItem, OppItem];
    expect(analyst.reasons).toContainEqual({ code: 'required_skills', matched: 3, of: 3 });
    expect(analyst.reasons).toContainEqual({ code: 'prefers_region', city: 'Томск' });
    expect(analyst.reasons).toContainEqual({ code: 'internship_for_student' });
    expect(analyst.reasons.find((r) => r.code === 'nice_skills')).toBeUndefined();
    const text = analyst.reasons.find((r) => r.code === 'text') as { terms: string[] } | undefined;
    expect(text?.terms).toContain('данных');
    expect(analyst.fit).toMatchObject({ skills: 0.75, locality: 1 });
    expect(analyst.fit.text).toBeGreaterThan(0);
    expect(frontend.reasons).toContainEqual({ code: 'required_skills', matched: 1, of: 2 });
    expect(frontend.reasons).toContainEqual({ code: 'remote' });
    expect(frontend.fit).toMatchObject({ skills: 0.5, locality: 0.8 });
    expect(backend.reasons).toContainEqual({ code: 'required_skills', matched: 1, of: 4 });
    expect(backend.fit).toMatchObject({ skills: 0.25, locality: 0 });
    // The limit cuts the same order.
    const one = ok(await call(t, student, 'GET', '/api/talent/recommendations/opportunities?limit=1'));
    expect(one.items.map((i: OppItem) => i.opportunity.id)).toEqual([P.analyst]);
  });

  it('asks for a profile first, and for sign-in', async () => {
    const none = await loginAs(t, 'student');
    const res = await call(t, none, 'GET', '/api/talent/recommendations/opportunities');
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('talent.profile_required');
    expect((await call(t, null, 'GET', '/api/talent/recommendations/opportunities')).statusCode).toBe(401);
    expect(
      (await call(t, student, 'GET', '/api/talent/recommendations/opportunities?limit=0')).statusCode,
    ).toBe(400);
  });
});

describe('candidates for a posting', () => {
  it('ranks profiles for an approved employer: recruiters-only listed, hidden never', async () => {
    const items = await candidates(recruiterA, P.analyst as string);
    const ids = items.map((i) => i.profile.id);
    expect(ids).not.toContain(C.hidden);
    expect(ids).toContain(C.recruitersOnly);
    const pos = (id: string | undefined) => ids.indexOf(id as string);
    // Same skills and words: prefers the region (locality 1) beats Kemerovo (0.1).
    expect(pos(C.stays)).toBeLessThan(pos(C.recruitersOnly));
    const stays = items[pos(C.stays)] as CandItem;
    const away = items[pos(C.recruitersOnly)] as CandItem;
    expect(stays.fit.skills).toBe(away.fit.skills);
    expect(stays.fit.text).toBe(away.fit.text);
    expect(stays.fit.locality).toBe(1);
    expect(away.fit.locality).toBe(0.1);
    expect(stays.reasons).toContainEqual({ code: 'required_skills', matched: 3, of: 3 });
    expect(stays.reasons).toContainEqual({ code: 'prefers_region', city: 'Томск' });
    expect(stays.reasons).toContainEqual({
      code: 'university',
      universityName: TUSUR,
      universityNameEn: null,
    });
    // Russian stemming: "данные" finds "данных", "таблицы" finds nothing; all else equal.
    const stem = items[pos(C.stem)] as CandItem;
    const noStem = items[pos(C.noStem)] as CandItem;
    expect(pos(C.stem)).toBeLessThan(pos(C.noStem));
    expect(stem.fit.text).toBeGreaterThan(0);
    expect(noStem.fit.text).toBe(0);
    expect(stem.fit.skills).toBe(noStem.fit.skills);
    // …and the words do not match without a stemmer.
    const [plain] = await t.ctx.database.query<{ m: boolean }>(
      `select to_tsvector('simple', 'Обрабатываю данные') @@ plainto_tsquery('simple', 'данных') as m`,
    );
    expect(plain?.m).toBe(false);
    // The weakest match (1 of 3, no words) is last; the scores never rise down the list.
    expect(ids.at(-1)).toBe(C.weak);
    const scores = items.map((i) => i.fit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('shows an unapproved employer public profiles only', async () => {
    const ids = (await candidates(recruiterB, P.pendingEmployer as string)).map((i) => i.profile.id);
    expect(ids).toContain(C.stays);
    expect(ids).not.toContain(C.recruitersOnly);
    expect(ids).not.toContain(C.hidden);
  });

  it("lets a career office see its own university's recruiters-only profiles, and no one else in", async () => {
    const own = (await candidates(await careerOfficeOf(t, uni), P.analyst as string)).map(
      (i) => i.profile.id,
    );
    expect(own).toContain(C.recruitersOnly);
    expect(own).not.toContain(C.hidden);
    const other = (await candidates(await careerOfficeOf(t, otherUni), P.analyst as string)).map(
      (i) => i.profile.id,
    );
    expect(other).not.toContain(C.recruitersOnly);
    expect(other).toContain(C.stays);
    const admin = (await candidates(await loginAs(t, 'admin'), P.analyst as string)).map((i) => i.profile.id);
    expect(admin).toContain(C.recruitersOnly);
    expect(admin).not.toContain(C.hidden);

    expect(
      (await call(t, recruiterB, 'GET', `/api/talent/opportunities/${P.analyst}/candidates`)).statusCode,
    ).toBe(403);
    expect(
      (await call(t, student, 'GET', `/api/talent/opportunities/${P.analyst}/candidates`)).statusCode,
    ).toBe(403);
    expect((await call(t, null, 'GET', `/api/talent/opportunities/${P.analyst}/candidates`)).statusCode).toBe(
      401,
    );
    expect(
      (
        await call(
          t,
          recruiterA,
          'GET',
          '/api/talent/opportunities/00000000-0000-4000-8000-000000000000/candidates',
        )
      ).statusCode,
    ).toBe(404);
    expect((await call(t, recruiterA, 'GET', '/api/talent/opportunities/nope/candidates')).statusCode).toBe(
      400,
    );
  });
});
