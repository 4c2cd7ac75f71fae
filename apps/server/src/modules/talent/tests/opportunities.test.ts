import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { closeExpiredOpportunities } from '../opportunities/close-expired.ts';
import { opportunityJobs } from '../opportunities/jobs.ts';
import { talentOpportunities } from '../talent.tables.ts';
import {
  approveEmployer,
  call,
  careerOfficeOf,
  createCompany,
  createUniversity,
  ok,
  recruiterOf,
} from './fixtures.ts';
import { inDays, insertPosting, postingBody } from './postings-fixtures.ts';

// Jobs and internships (docs/domain/talent.md, "Opportunities").

let t: TestApp;
let approved: string;
let pending: string;
let recruiter: SignedIn;
let pendingRecruiter: SignedIn;
let career: SignedIn;
let admin: SignedIn;
let student: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  approved = await createCompany(t, 'ООО «Сибирские системы»');
  pending = await createCompany(t, 'ООО «Ожидающая»');
  await approveEmployer(t, approved, 'approved');
  await approveEmployer(t, pending, 'pending');
  recruiter = await recruiterOf(t, approved);
  pendingRecruiter = await recruiterOf(t, pending);
  career = await careerOfficeOf(t, await createUniversity(t));
  admin = await loginAs(t, 'admin');
  student = await loginAs(t, 'student');
});
afterAll(async () => t?.close());

const publicIds = async (query = '') =>
  ok(await call(t, null, 'GET', `/api/talent/opportunities${query}`)).items.map((i: { id: string }) => i.id);

describe('creating and publishing', () => {
  it('drafts for a company the recruiter recruits for only', async () => {
    const draft = ok(
      await call(t, recruiter, 'POST', '/api/talent/opportunities', postingBody(approved)),
      201,
    );
    expect(draft).toMatchObject({ status: 'draft', isOpen: false, manageable: true, applicationCount: 0 });
    expect(draft.requiredSkills[0]).toMatchObject({ code: 'python', nameEn: 'Python' });
    expect(draft.employer.verifiedAt).toBeTruthy();
    const foreign = await call(
      t,
      pendingRecruiter,
      'POST',
      '/api/talent/opportunities',
      postingBody(approved),
    );
    expect(foreign.statusCode).toBe(403);
  });

  it('refuses skills that are not in the taxonomy, naming each entry', async () => {
    const res = await call(
      t,
      recruiter,
      'POST',
      '/api/talent/opportunities',
      postingBody(approved, { requiredSkills: ['python', 'no-such-skill'], niceSkills: ['also-missing'] }),
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(['body.requiredSkills.1', 'body.niceSkills.0']);
  });

  it('a patch changes only the fields it names', async () => {
    const draft = ok(
      await call(
        t,
        recruiter,
        'POST',
        '/api/talent/opportunities',
        postingBody(approved, { salaryFrom: 50_000 }),
      ),
      201,
    );
    const patched = ok(
      await call(t, recruiter, 'PATCH', `/api/talent/opportunities/${draft.id}`, {
        titleEn: 'Junior developer',
      }),
    );
    expect(patched).toMatchObject({
      titleEn: 'Junior developer',
      titleRu: 'Стажёр-разработчик',
      salaryFrom: 50_000,
      city: 'Томск',
    });
    const bad = await call(t, recruiter, 'PATCH', `/api/talent/opportunities/${draft.id}`, {
      titleRu: null,
      titleEn: null,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('publishing needs a deadline not yet passed', async () => {
    const draft = ok(
      await call(
        t,
        recruiter,
        'POST',
        '/api/talent/opportunities',
        postingBody(approved, { deadline: inDays(-1) }),
      ),
      201,
    );
    const res = await call(t, recruiter, 'POST', `/api/talent/opportunities/${draft.id}/status`, {
      status: 'published',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('talent.deadline_passed');
  });

  it('an employer waiting for approval may publish, but the posting stays out of public view until approval', async () => {
    const draft = ok(
      await call(
        t,
        pendingRecruiter,
        'POST',
        '/api/talent/opportunities',
        postingBody(pending, { titleRu: 'Инженер-схемотехник' }),
      ),
      201,
    );
    const published = ok(
      await call(t, pendingRecruiter, 'POST', `/api/talent/opportunities/${draft.id}/status`, {
        status: 'published',
      }),
    );
    expect(published).toMatchObject({ status: 'published', isOpen: false });
    expect(published.employer.verifiedAt).toBeNull();
    expect(await publicIds()).not.toContain(draft.id);
    expect((await call(t, null, 'GET', `/api/talent/opportunities/${draft.id}`)).statusCode).toBe(404);
    await approveEmployer(t, pending, 'approved');
    expect(await publicIds()).toContain(draft.id);
    const seen = ok(await call(t, null, 'GET', `/api/talent/opportunities/${draft.id}`));
    expect(seen).toMatchObject({ isOpen: true, manageable: false, applicationCount: null });
    await approveEmployer(t, pending, 'pending');
  });
});

describe('who sees a posting that is not open', () => {
  let draftId: string;
  beforeAll(async () => {
    draftId = await insertPosting(t, { organizationId: approved, status: 'draft', publishedAt: null });
  });
  const rows: Array<[string, () => SignedIn | null, number]> = [
    ['its recruiter', () => recruiter, 200],
    ['an administrator', () => admin, 200],
    ['a career office', () => career, 200],
    ['another company’s recruiter', () => pendingRecruiter, 404],
    ['a student', () => student, 404],
    ['an anonymous visitor', () => null, 404],
  ];
  it.each(rows)('%s → %i', async (_label, who, status) => {
    expect((await call(t, who(), 'GET', `/api/talent/opportunities/${draftId}`)).statusCode).toBe(status);
  });
  it('only its recruiter may change it', async () => {
    expect(
      (await call(t, pendingRecruiter, 'PATCH', `/api/talent/opportunities/${draftId}`, { positions: 2 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t, admin, 'PATCH', `/api/talent/opportunities/${draftId}`, { positions: 2 })).statusCode,
    ).toBe(403);
  });
});

describe('the public list', () => {
  let open: string;
  let draft: string;
  let unapproved: string;
  let expired: string;
  let english: string;
  let remote: string;
  beforeAll(async () => {
    open = await insertPosting(t, {
      organizationId: approved,
      kind: 'job',
      titleRu: 'Разработчик Python',
      descriptionRu: 'Серверная часть на Python и PostgreSQL.',
      requiredSkills: ['python'],
    });
    draft = await insertPosting(t, {
      organizationId: approved,
      titleRu: 'Разработчик черновик',
      status: 'draft',
    });
    unapproved = await insertPosting(t, { organizationId: pending, titleRu: 'Разработчик без проверки' });
    expired = await insertPosting(t, {
      organizationId: approved,
      titleRu: 'Разработчик прошлый',
      deadline: inDays(-1),
    });
    english = await insertPosting(t, {
      organizationId: approved,
      kind: 'internship',
      titleRu: null,
      titleEn: 'Embedded software developers',
      descriptionEn: 'Firmware for sensors.',
      city: null,
      remote: true,
    });
    remote = english;
    // A posting that names the word only in its description ranks after one with it in the title.
    await insertPosting(t, {
      organizationId: approved,
      titleRu: 'Аналитик данных',
      descriptionRu: 'Работа рядом с командой разработчиков.',
      publishedAt: new Date(Date.now() + 60_000),
    });
  });

  it('shows only published postings of approved employers whose deadline has not passed', async () => {
    const ids = await publicIds('?pageSize=100');
    expect(ids).toContain(open);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(unapproved);
    // Not yet closed by the job, and already out of the list.
    expect(ids).not.toContain(expired);
  });

  it('finds Russian words through their stems, ranked by relevance', async () => {
    const res = ok(
      await call(
        t,
        null,
        'GET',
        `/api/talent/opportunities?q=${encodeURIComponent('разработчика')}&pageSize=100`,
      ),
    );
    const titles = res.items.map((i: { titleRu: string | null }) => i.titleRu);
    expect(titles[0]).toBe('Разработчик Python');
    expect(titles).toContain('Аналитик данных');
    expect(titles).not.toContain('Разработчик черновик');
    expect(titles).not.toContain('Разработчик прошлый');
  });

  it('finds English words through their stems', async () => {
    expect(await publicIds('?q=developer')).toEqual([english]);
    expect(await publicIds('?q=sensor')).toEqual([english]);
    expect(await publicIds(`?q=${encodeURIComponent('кондитер')}`)).toEqual([]);
  });

  it('filters by kind, skill, city and remote', async () => {
    expect(await publicIds('?kind=internship&pageSize=100')).toEqual([english]);
    expect(await publicIds('?skill=python&pageSize=100')).toEqual([open]);
    expect(await publicIds('?remote=true&pageSize=100')).toEqual([remote]);
    const inTomsk = await publicIds(`?city=${encodeURIComponent('томск')}&pageSize=100`);
    expect(inTomsk).toContain(open);
    expect(inTomsk).not.toContain(english);
  });

  it('with mine=true a recruiter sees their companies’ postings in every status', async () => {
    const mine = ok(await call(t, recruiter, 'GET', '/api/talent/opportunities?mine=true&pageSize=100'));
    const ids = mine.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([open, draft, expired]));
    expect(ids).not.toContain(unapproved);
    expect(ok(await call(t, student, 'GET', '/api/talent/opportunities?mine=true')).items).toEqual([]);
  });

  it('the daily job closes published postings past their deadline, once', async () => {
    // Through the scheduled job itself, as the scheduler runs it.
    const [job] = opportunityJobs(t.ctx);
    expect(job?.everyMs).toBe(24 * 60 * 60 * 1000);
    const first = (await job?.run(new Date())) as { closed: number };
    expect(first.closed).toBeGreaterThanOrEqual(1);
    const [row] = await t.ctx.db
      .select()
      .from(talentOpportunities)
      .where(eq(talentOpportunities.id, expired));
    expect(row?.status).toBe('closed');
    expect(row?.closedAt).toBeTruthy();
    const [stillOpen] = await t.ctx.db
      .select()
      .from(talentOpportunities)
      .where(eq(talentOpportunities.id, open));
    expect(stillOpen?.status).toBe('published');
    expect((await closeExpiredOpportunities(t.ctx.db)).closed).toBe(0);
  });
});
