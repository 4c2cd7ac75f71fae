import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { updateOwnProfile } from '../../identity/index.ts';
import { call, careerOfficeOf, createCompany, createUniversity, ok, recruiterOf } from './fixtures.ts';
import { insertPosting, mailTo } from './postings-fixtures.ts';

// Employers and their approval (docs/domain/talent.md, "Employers").

let t: TestApp;
let company: string;
let other: string;
let recruiter: SignedIn;
let otherRecruiter: SignedIn;
let career: SignedIn;
let admin: SignedIn;
let student: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  company = await createCompany(t, 'ООО «Томские сенсоры»');
  other = await createCompany(t, 'ООО «Другая»');
  recruiter = await recruiterOf(t, company);
  otherRecruiter = await recruiterOf(t, other);
  career = await careerOfficeOf(t, await createUniversity(t));
  await updateOwnProfile(t.ctx.db, career.userId, { locale: 'en' });
  admin = await loginAs(t, 'admin');
  student = await loginAs(t, 'student');
});
afterAll(async () => t?.close());

const audits = async (action: string, objectId: string) =>
  (
    await t.ctx.database.query<{ n: number }>(
      'select count(*)::int as n from audit_log where action = $1 and object_id = $2',
      [action, objectId],
    )
  )[0]?.n;

describe('employers', () => {
  it('a recruiter sees their company as not yet asked for', async () => {
    const mine = ok(await call(t, recruiter, 'GET', '/api/talent/employers/mine'));
    expect(mine).toEqual([
      expect.objectContaining({ organizationId: company, status: 'none', decidedAt: null }),
    ]);
  });

  it('asking puts the company in the queue, mails admins and career offices in their locale, and is audited', async () => {
    const res = ok(await call(t, recruiter, 'POST', `/api/talent/employers/${company}/request`, {}));
    expect(res.status).toBe('pending');
    const toCareer = await mailTo(t, career.email, 'talent.employer_requested');
    expect(toCareer).toHaveLength(1);
    expect(toCareer[0]?.locale).toBe('en');
    expect(toCareer[0]?.subject).toContain('asks to be approved');
    const toAdmin = await mailTo(t, admin.email, 'talent.employer_requested');
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]?.subject).toContain('просит подтвердить');
    expect(await audits('talent.employer_requested', company)).toBe(1);
    // Asking again while pending changes nothing and mails nobody again.
    ok(await call(t, recruiter, 'POST', `/api/talent/employers/${company}/request`, {}));
    expect(await mailTo(t, career.email, 'talent.employer_requested')).toHaveLength(1);
  });

  it('only a recruiter of the company may ask for it', async () => {
    const res = await call(t, otherRecruiter, 'POST', `/api/talent/employers/${company}/request`, {});
    expect(res.statusCode).toBe(403);
    expect((await call(t, student, 'POST', `/api/talent/employers/${company}/request`, {})).statusCode).toBe(
      403,
    );
  });

  it('the queue is for career offices and administrators, pending first', async () => {
    // The other company was decided on first: it comes after the pending one.
    ok(await call(t, admin, 'POST', `/api/talent/employers/${other}/decision`, { decision: 'approved' }));
    await insertPosting(t, { organizationId: company });
    const queue = ok(await call(t, career, 'GET', '/api/talent/employers'));
    expect(queue.items.map((e: { organizationId: string }) => e.organizationId).slice(0, 2)).toEqual([
      company,
      other,
    ]);
    expect(queue.items[0]).toMatchObject({
      status: 'pending',
      name: 'ООО «Томские сенсоры»',
      openPostings: 1,
    });
    const pending = ok(await call(t, admin, 'GET', '/api/talent/employers?status=pending'));
    expect(pending.items.every((e: { status: string }) => e.status === 'pending')).toBe(true);
    expect((await call(t, student, 'GET', '/api/talent/employers')).statusCode).toBe(403);
    expect((await call(t, recruiter, 'GET', '/api/talent/employers')).statusCode).toBe(403);
  });

  it('a decision on an organization that does not exist is 404', async () => {
    const res = await call(
      t,
      admin,
      'POST',
      '/api/talent/employers/00000000-0000-4000-8000-000000000000/decision',
      {
        decision: 'approved',
      },
    );
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('talent.organization_not_found');
  });

  it('refusing needs a reason (400 naming the note)', async () => {
    const res = await call(t, career, 'POST', `/api/talent/employers/${company}/decision`, {
      decision: 'rejected',
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().errors)).toContain('note');
  });

  it('a decision is audited and mailed to the company’s people', async () => {
    const res = ok(
      await call(t, career, 'POST', `/api/talent/employers/${company}/decision`, {
        decision: 'rejected',
        note: 'Нет ИНН в справочнике',
      }),
    );
    expect(res).toMatchObject({ status: 'rejected', decisionNote: 'Нет ИНН в справочнике' });
    expect(await audits('talent.employer_decided', company)).toBe(1);
    const mails = await mailTo(t, recruiter.email, 'talent.employer_decided');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.textBody).toContain('Нет ИНН в справочнике');
    // A rejected employer may ask again; then it is approved.
    ok(await call(t, recruiter, 'POST', `/api/talent/employers/${company}/request`, {}));
    const approved = ok(
      await call(t, admin, 'POST', `/api/talent/employers/${company}/decision`, { decision: 'approved' }),
    );
    expect(approved.status).toBe('approved');
    expect(approved.decidedAt).toBeTruthy();
    const mine = ok(await call(t, recruiter, 'GET', '/api/talent/employers/mine'));
    expect(mine[0]).toMatchObject({ status: 'approved' });
    // An approved employer has nothing to ask for.
    expect(
      (await call(t, recruiter, 'POST', `/api/talent/employers/${company}/request`, {})).statusCode,
    ).toBe(409);
  });
});
