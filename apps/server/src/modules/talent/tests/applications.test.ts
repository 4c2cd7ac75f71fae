import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { updateOwnProfile } from '../../identity/index.ts';
import { talentApplicationEvents } from '../talent.tables.ts';
import {
  approveEmployer,
  call,
  careerOfficeOf,
  createCompany,
  createUniversity,
  memberOf,
  ok,
  PDF,
  recruiterOf,
  studentWithProfile,
} from './fixtures.ts';
import { giveCv, insertPosting, mailTo } from './postings-fixtures.ts';

// Applications and the recruiter's board (docs/domain/talent.md, "Applications").

let t: TestApp;
let companyA: string;
let companyB: string;
let posting: string;
let postingB: string;
let studentA: SignedIn;
let studentB: SignedIn;
let recruiterA: SignedIn;
let recruiterB: SignedIn;
let career: SignedIn;
let admin: SignedIn;
let applicationId: string;
let founderA: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  const university = await createUniversity(t, 'ТУСУР');
  companyA = await createCompany(t, 'ООО «Компания А»');
  companyB = await createCompany(t, 'ООО «Компания Б»');
  await approveEmployer(t, companyA);
  await approveEmployer(t, companyB);
  recruiterA = await recruiterOf(t, companyA);
  recruiterB = await recruiterOf(t, companyB);
  // A member of company A who is not a recruiter: the company's applications are not theirs to read.
  founderA = await memberOf(t, companyA, 'founder');
  career = await careerOfficeOf(t, university);
  admin = await loginAs(t, 'admin');
  // Student A's profile is hidden: applying shares it with the employer all the same.
  const a = await studentWithProfile(t, university, 'hidden', {
    fullName: 'Анна Applicant',
    skills: ['python'],
  });
  studentA = a.user;
  await giveCv(t, a.profileId, PDF, 'Анна-CV.pdf');
  await updateOwnProfile(t.ctx.db, studentA.userId, { locale: 'en' });
  studentB = (await studentWithProfile(t, university, 'public', { fullName: 'Борис Другой' })).user;
  posting = await insertPosting(t, {
    organizationId: companyA,
    titleRu: 'Стажёр-аналитик',
    titleEn: 'Analyst intern',
  });
  postingB = await insertPosting(t, { organizationId: companyB, titleRu: 'Инженер' });
});
afterAll(async () => t?.close());

describe('applying', () => {
  it('needs a talent profile (422)', async () => {
    const noProfile = await loginAs(t, 'student');
    const res = await call(t, noProfile, 'POST', `/api/talent/opportunities/${posting}/applications`, {});
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('talent.profile_required');
  });

  it('sends the profile and its CV, writes the first event and mails both sides', async () => {
    const view = ok(
      await call(t, studentA, 'POST', `/api/talent/opportunities/${posting}/applications`, {
        coverNote: 'Хочу к вам на стажировку',
      }),
      201,
    );
    applicationId = view.id;
    expect(view).toMatchObject({
      stage: 'new',
      coverNote: 'Хочу к вам на стажировку',
      allowedStages: ['withdrawn'],
      cv: { fileName: 'Анна-CV.pdf', url: `/api/talent/applications/${view.id}/cv` },
    });
    expect(view.history).toEqual([expect.objectContaining({ fromStage: null, toStage: 'new' })]);
    const toRecruiter = await mailTo(t, recruiterA.email, 'talent.application_received');
    expect(toRecruiter).toHaveLength(1);
    expect(toRecruiter[0]?.textBody).toContain('Анна Applicant');
    expect(toRecruiter[0]?.subject).toContain('Новый отклик: Стажёр-аналитик');
    const toStudent = await mailTo(t, studentA.email, 'talent.application_sent');
    expect(toStudent).toHaveLength(1);
    expect(toStudent[0]?.locale).toBe('en');
    expect(toStudent[0]?.subject).toBe('Your application to ООО «Компания А» was sent');
    expect(await mailTo(t, recruiterB.email, 'talent.application_received')).toHaveLength(0);
    expect(await mailTo(t, founderA.email, 'talent.application_received')).toHaveLength(0);
  });

  it('once per posting (409), and only to open postings', async () => {
    const again = await call(t, studentA, 'POST', `/api/talent/opportunities/${posting}/applications`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('talent.already_applied');
    const draft = await insertPosting(t, { organizationId: companyA, status: 'draft' });
    expect(
      (await call(t, studentA, 'POST', `/api/talent/opportunities/${draft}/applications`, {})).statusCode,
    ).toBe(404);
    const expired = await insertPosting(t, { organizationId: companyA, deadline: '2020-01-01' });
    expect(
      (await call(t, studentA, 'POST', `/api/talent/opportunities/${expired}/applications`, {})).statusCode,
    ).toBe(404);
  });

  it('the student sees it among their applications, and on the posting', async () => {
    const mine = ok(await call(t, studentA, 'GET', '/api/talent/applications/mine'));
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({ id: applicationId, stage: 'new' });
    const seen = ok(await call(t, studentA, 'GET', `/api/talent/opportunities/${posting}`));
    expect(seen).toMatchObject({ myApplicationId: applicationId, canApply: false });
    expect(ok(await call(t, studentB, 'GET', '/api/talent/applications/mine')).total).toBe(0);
  });
});

type Who = 'studentA' | 'studentB' | 'recruiterA' | 'recruiterB' | 'career' | 'admin' | 'anonymous';
const whoIs = (w: Who): SignedIn | null =>
  ({ studentA, studentB, recruiterA, recruiterB, career, admin, anonymous: null })[w];

/**
 * The applications part of the visibility matrix: who may read the application, see the board,
 * download the CV and move the stage. 404 hides the application's existence from those who may
 * not see it; 403 and 401 come from the route's role before any record is looked at.
 */
const MATRIX: Array<[Who, { read: number; board: number; cv: number; stage: number }]> = [
  ['studentA', { read: 200, board: 403, cv: 200, stage: 403 }],
  ['studentB', { read: 404, board: 403, cv: 404, stage: 403 }],
  ['recruiterB', { read: 404, board: 404, cv: 404, stage: 404 }],
  ['career', { read: 404, board: 403, cv: 404, stage: 403 }],
  ['admin', { read: 200, board: 403, cv: 404, stage: 403 }],
  ['anonymous', { read: 401, board: 401, cv: 401, stage: 401 }],
  // Last: its stage move succeeds and changes the application.
  ['recruiterA', { read: 200, board: 200, cv: 200, stage: 200 }],
];

describe('visibility matrix: applications', () => {
  it.each(MATRIX)('%s', async (who, expected) => {
    const caller = whoIs(who);
    const got = {
      read: (await call(t, caller, 'GET', `/api/talent/applications/${applicationId}`)).statusCode,
      board: (await call(t, caller, 'GET', `/api/talent/opportunities/${posting}/board`)).statusCode,
      cv: (await call(t, caller, 'GET', `/api/talent/applications/${applicationId}/cv`)).statusCode,
      stage: (
        await call(t, caller, 'POST', `/api/talent/applications/${applicationId}/stage`, {
          stage: 'screening',
        })
      ).statusCode,
    };
    expect(got).toEqual(expected);
  });

  it('the employer sees a hidden profile of its applicant, and the CV as sent', async () => {
    const view = ok(await call(t, recruiterA, 'GET', `/api/talent/applications/${applicationId}`));
    expect(view.applicant).toMatchObject({ fullName: 'Анна Applicant', visibility: 'hidden' });
    expect(view.applicant.skills[0]).toMatchObject({ code: 'python' });
    const cv = await call(t, recruiterA, 'GET', `/api/talent/applications/${applicationId}/cv`);
    expect(cv.headers['content-type']).toBe('application/pdf');
    expect(cv.headers['content-disposition']).toContain('attachment');
    expect(cv.rawPayload.equals(PDF)).toBe(true);
    // An administrator reads the application but gets no CV link (the download refuses them).
    const asAdmin = ok(await call(t, admin, 'GET', `/api/talent/applications/${applicationId}`));
    expect(asAdmin).toMatchObject({ cv: null, allowedStages: [] });
  });

  it('a recruiter of another company sees neither the board nor the application in any list', async () => {
    expect((await call(t, recruiterB, 'GET', `/api/talent/opportunities/${postingB}/board`)).statusCode).toBe(
      200,
    );
    const boardB = ok(await call(t, recruiterB, 'GET', `/api/talent/opportunities/${postingB}/board`));
    expect(boardB.columns.flatMap((c: { applications: unknown[] }) => c.applications)).toEqual([]);
  });
});

describe('moving through stages', () => {
  it('the board has a column per stage with the application in its stage', async () => {
    const board = ok(await call(t, recruiterA, 'GET', `/api/talent/opportunities/${posting}/board`));
    expect(board.columns.map((c: { stage: string }) => c.stage)).toEqual([
      'new',
      'screening',
      'interview',
      'offer',
      'hired',
      'rejected',
      'withdrawn',
    ]);
    const screening = board.columns.find((c: { stage: string }) => c.stage === 'screening');
    expect(screening.applications.map((a: { id: string }) => a.id)).toEqual([applicationId]);
    expect(screening.applications[0].allowedStages).toEqual(['new', 'interview', 'offer', 'rejected']);
  });

  it('each move writes an event and mails the student in their locale', async () => {
    const stageMails = await mailTo(t, studentA.email, 'talent.application_stage_changed');
    expect(stageMails).toHaveLength(1);
    expect(stageMails[0]?.subject).toBe('ООО «Компания А»: your application is now "screening"');
    const skip = await call(t, recruiterA, 'POST', `/api/talent/applications/${applicationId}/stage`, {
      stage: 'hired',
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().code).toBe('talent.stage_not_allowed');
    ok(
      await call(t, recruiterA, 'POST', `/api/talent/applications/${applicationId}/stage`, {
        stage: 'offer',
        note: 'Ждём ответа',
      }),
    );
    const hired = ok(
      await call(t, recruiterA, 'POST', `/api/talent/applications/${applicationId}/stage`, {
        stage: 'hired',
      }),
    );
    expect(hired).toMatchObject({ stage: 'hired', allowedStages: [] });
    expect(hired.history.map((e: { toStage: string }) => e.toStage)).toEqual([
      'new',
      'screening',
      'offer',
      'hired',
    ]);
    expect(hired.history[2]).toMatchObject({ fromStage: 'screening', note: 'Ждём ответа' });
    expect(hired.history[3].actorName).toBeTruthy();
    const events = await t.ctx.db
      .select()
      .from(talentApplicationEvents)
      .where(eq(talentApplicationEvents.applicationId, applicationId));
    expect(events).toHaveLength(4);
    const mails = await mailTo(t, studentA.email, 'talent.application_stage_changed');
    expect(mails).toHaveLength(3);
    expect(mails.some((m) => m.textBody.includes('Ждём ответа'))).toBe(true);
    const student = ok(await call(t, studentA, 'GET', `/api/talent/applications/${applicationId}`));
    expect(student).toMatchObject({ stage: 'hired', allowedStages: [] });
  });

  it('hired is final (409), for the recruiter and for the student', async () => {
    const move = await call(t, recruiterA, 'POST', `/api/talent/applications/${applicationId}/stage`, {
      stage: 'rejected',
    });
    expect(move.statusCode).toBe(409);
    expect(move.json().code).toBe('talent.application_final');
    const withdraw = await call(
      t,
      studentA,
      'POST',
      `/api/talent/applications/${applicationId}/withdraw`,
      {},
    );
    expect(withdraw.statusCode).toBe(409);
  });

  it('the student withdraws (final); the employer is told', async () => {
    const app = ok(
      await call(t, studentB, 'POST', `/api/talent/opportunities/${posting}/applications`, {}),
      201,
    );
    expect(app.cv).toBeNull();
    expect(
      (await call(t, recruiterA, 'POST', `/api/talent/applications/${app.id}/withdraw`, {})).statusCode,
    ).toBe(404);
    const done = ok(
      await call(t, studentB, 'POST', `/api/talent/applications/${app.id}/withdraw`, {
        note: 'Нашёл другое',
      }),
    );
    expect(done).toMatchObject({ stage: 'withdrawn', allowedStages: [] });
    const mails = await mailTo(t, recruiterA.email, 'talent.application_withdrawn');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.textBody).toContain('Нашёл другое');
    const move = await call(t, recruiterA, 'POST', `/api/talent/applications/${app.id}/stage`, {
      stage: 'screening',
    });
    expect(move.statusCode).toBe(409);
    expect(
      (await call(t, studentB, 'POST', `/api/talent/applications/${app.id}/withdraw`, {})).statusCode,
    ).toBe(409);
  });
});
