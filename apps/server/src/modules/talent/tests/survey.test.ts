import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { runSurveyJob } from '../outcomes/jobs.ts';
import { hashSurveyToken } from '../outcomes/survey.ts';
import { call, careerOfficeOf, createUniversity, insertProfile, ok } from './fixtures.ts';

// The yearly survey (docs/domain/talent.md, "Survey"): invitations, the password-less link, answers.

let t: TestApp;
let universityId: string;
let office: SignedIn;
let admin: SignedIn;
const year = new Date().getUTCFullYear();

interface Mail {
  to_address: string;
  locale: string;
  subject: string;
  text_body: string;
}
const mailsTo = (address: string) =>
  t.ctx.database.query<Mail>(
    `select to_address, locale, subject, text_body from mail_outbox where template = 'talent.outcome_survey' and to_address = $1 order by created_at`,
    [address],
  );
const tokenIn = (mail: Mail) => {
  const m = /\/survey\/([A-Za-z0-9_-]{43})\b/.exec(mail.text_body);
  if (!m?.[1]) throw new Error(`no link in ${mail.text_body}`);
  return m[1];
};

let seq = 0;
const graduateProfile = async (
  over: { graduationYear?: number; email?: string | null; userId?: string | null } = {},
) => {
  seq++;
  const email =
    over.email === undefined
      ? `grad-${seq}-${Math.random().toString(36).slice(2, 6)}@test.inohub`
      : over.email;
  const id = await insertProfile(t, over.userId ?? null, {
    universityId,
    status: 'graduate',
    graduationYear: over.graduationYear ?? year - 1,
    email,
    fullName: 'Петрова Анна Сергеевна',
  });
  return { id, email };
};

beforeAll(async () => {
  t = await createTestApp();
  universityId = await createUniversity(t, 'Томский государственный университет');
  office = await careerOfficeOf(t, universityId);
  admin = await loginAs(t, 'admin');
});
afterAll(async () => t?.close());

describe('sending the survey', () => {
  it('invites recent graduates with an address, once per year, in their language', async () => {
    const ru = await graduateProfile();
    const old = await graduateProfile({ graduationYear: year - 6 });
    const noMail = await graduateProfile({ email: null });
    const english = await loginAs(t, 'student');
    await t.ctx.database.query(`update users set locale = 'en' where id = $1`, [english.userId]);
    const en = await graduateProfile({ userId: english.userId, email: english.email });

    const first = ok(await call(t, office, 'POST', '/api/talent/surveys', { surveyYear: year }));
    expect(first).toEqual({ invited: 2, alreadyInvited: 0 });
    const again = ok(
      await call(t, office, 'POST', '/api/talent/surveys', { universityId, surveyYear: year }),
    );
    expect(again).toEqual({ invited: 0, alreadyInvited: 2 });

    const [ruMail] = await mailsTo(ru.email as string);
    expect(ruMail?.locale).toBe('ru');
    expect(ruMail?.subject).toContain('Опрос выпускников');
    expect(ruMail?.text_body).toContain('Здравствуйте, Анна!');
    expect(ruMail?.text_body).toContain('http://localhost:3000/survey/');
    const [enMail] = await mailsTo(en.email as string);
    expect(enMail?.locale).toBe('en');
    expect(enMail?.subject).toContain('graduate survey');
    expect(await mailsTo(`${old.email}`)).toHaveLength(0);
    expect(noMail.email).toBeNull();

    // Only the hash of the token is stored, never the token.
    const token = tokenIn(ruMail as Mail);
    const stored = await t.ctx.database.query<{ token_hash: string; expires_at: Date; sent_at: Date }>(
      `select token_hash, expires_at, sent_at from talent_survey_invitations where profile_id = $1`,
      [ru.id],
    );
    expect(stored[0]?.token_hash).toBe(hashSurveyToken(token));
    expect(stored[0]?.token_hash).not.toContain(token);
    const days =
      (new Date(stored[0]?.expires_at as Date).getTime() - new Date(stored[0]?.sent_at as Date).getTime()) /
      86_400_000;
    expect(Math.round(days)).toBe(60);
  });

  it('a career office surveys only its own university; others are refused', async () => {
    const other = await createUniversity(t);
    expect(
      (await call(t, office, 'POST', '/api/talent/surveys', { universityId: other, surveyYear: year }))
        .statusCode,
    ).toBe(403);
    const student = await loginAs(t, 'student');
    expect((await call(t, student, 'POST', '/api/talent/surveys', { surveyYear: year })).statusCode).toBe(
      403,
    );
    expect((await call(t, null, 'POST', '/api/talent/surveys', { surveyYear: year })).statusCode).toBe(401);
    expect((await call(t, admin, 'POST', '/api/talent/surveys', { surveyYear: 1900 })).statusCode).toBe(400);
  });

  it('the job sends on 1 October in Tomsk only, and a second run invites nobody', async () => {
    const jobYear = year + 1;
    const g = await graduateProfile({ graduationYear: jobYear - 2 });
    // 30 September 23:00 in Tomsk (16:00 UTC): not yet.
    expect(await runSurveyJob(t.ctx, new Date(`${jobYear}-09-30T16:00:00Z`))).toBeNull();
    // 1 October 00:30 in Tomsk is still 30 September in UTC.
    const first = await runSurveyJob(t.ctx, new Date(`${jobYear}-09-30T17:30:00Z`));
    expect(first?.invited).toBeGreaterThanOrEqual(1);
    const second = await runSurveyJob(t.ctx, new Date(`${jobYear}-10-01T10:00:00Z`));
    expect(second?.invited).toBe(0);
    expect(second?.alreadyInvited).toBe((first?.invited ?? 0) + (first?.alreadyInvited ?? 0));
    expect(await mailsTo(g.email as string)).toHaveLength(1);
    expect(await runSurveyJob(t.ctx, new Date(`${jobYear}-10-02T10:00:00Z`))).toBeNull();
  });
});

describe('answering through the link', () => {
  const invite = async () => {
    const g = await graduateProfile({ graduationYear: year - 2 });
    ok(await call(t, admin, 'POST', '/api/talent/surveys', { universityId, surveyYear: year }));
    const [mail] = await mailsTo(g.email as string);
    return { ...g, token: tokenIn(mail as Mail) };
  };

  it('works without a session, once; answering twice is 409', async () => {
    const g = await invite();
    const view = ok(await call(t, null, 'GET', `/api/talent/survey/${g.token}`));
    expect(view).toMatchObject({
      state: 'open',
      firstName: 'Анна',
      universityName: 'Томский государственный университет',
      surveyYear: year,
      lastOutcome: null,
    });
    const answer = {
      kind: 'outcome',
      outcome: { status: 'employed', regionCode: 'RU-NVS', city: 'Новосибирск', observedOn: `${year}-10-05` },
    };
    expect(ok(await call(t, null, 'POST', `/api/talent/survey/${g.token}`, answer))).toEqual({
      state: 'answered',
    });
    const twice = await call(t, null, 'POST', `/api/talent/survey/${g.token}`, answer);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('talent.survey_answered');
    expect(ok(await call(t, null, 'GET', `/api/talent/survey/${g.token}`)).state).toBe('answered');
    const rows = await t.ctx.database.query<{ source: string; geo_bucket: string; n: number }>(
      `select source, geo_bucket, count(*) over ()::int as n from talent_outcomes where profile_id = $1`,
      [g.id],
    );
    expect(rows).toEqual([{ source: 'self_report', geo_bucket: 'siberia', n: 1 }]);
    const inv = await t.ctx.database.query<{ outcome_id: string | null; responded_at: Date | null }>(
      `select outcome_id, responded_at from talent_survey_invitations where profile_id = $1`,
      [g.id],
    );
    expect(inv[0]?.outcome_id).not.toBeNull();
    expect(inv[0]?.responded_at).not.toBeNull();
  });

  it('"unchanged" copies the last outcome with today’s date', async () => {
    const g = await invite();
    // Nothing to confirm yet.
    expect(
      (await call(t, null, 'POST', `/api/talent/survey/${g.token}`, { kind: 'unchanged' })).statusCode,
    ).toBe(422);
    await t.ctx.database.query(
      `insert into talent_outcomes (profile_id, status, employer_name, region_code, country, geo_bucket, observed_on, source)
       values ($1, 'employed', 'НИИПП', 'RU-TOM', 'RU', 'tomsk', '2024-03-01', 'university_import')`,
      [g.id],
    );
    const view = ok(await call(t, null, 'GET', `/api/talent/survey/${g.token}`));
    expect(view.lastOutcome).toMatchObject({ employerName: 'НИИПП', geoBucket: 'tomsk' });
    expect(
      ok(await call(t, null, 'POST', `/api/talent/survey/${g.token}`, { kind: 'unchanged' })).state,
    ).toBe('answered');
    const rows = await t.ctx.database.query<{ employer_name: string; observed_on: string; source: string }>(
      `select employer_name, observed_on::text as observed_on, source from talent_outcomes where profile_id = $1 order by observed_on`,
      [g.id],
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tomsk' }).format(new Date());
    expect(rows).toEqual([
      { employer_name: 'НИИПП', observed_on: '2024-03-01', source: 'university_import' },
      { employer_name: 'НИИПП', observed_on: today, source: 'self_report' },
    ]);
  });

  it('an unknown token is 404, a malformed one 400, an expired one says so and refuses answers', async () => {
    const wrong = 'A'.repeat(43);
    expect((await call(t, null, 'GET', `/api/talent/survey/${wrong}`)).statusCode).toBe(404);
    expect(
      (await call(t, null, 'POST', `/api/talent/survey/${wrong}`, { kind: 'unchanged' })).statusCode,
    ).toBe(404);
    expect((await call(t, null, 'GET', '/api/talent/survey/short')).statusCode).toBe(400);
    const g = await invite();
    await t.ctx.database.query(
      `update talent_survey_invitations set expires_at = now() - interval '1 day' where profile_id = $1`,
      [g.id],
    );
    expect(ok(await call(t, null, 'GET', `/api/talent/survey/${g.token}`)).state).toBe('expired');
    const late = await call(t, null, 'POST', `/api/talent/survey/${g.token}`, { kind: 'unchanged' });
    expect(late.statusCode).toBe(410);
    expect(late.json().code).toBe('talent.survey_expired');
  });
});
