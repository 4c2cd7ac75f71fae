import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedFiles } from '../../../lib/files/files.tables.ts';
import { createTestApp, loginAs, type TestApp } from '../../../testing/test-app.ts';
import { auditLog, consents } from '../../identity/identity.tables.ts';
import { createUserWithPassword, systemAuditContext } from '../../identity/index.ts';
import { eraseTalentPerson } from '../erasure.ts';
import { ownProfile } from '../profiles/service.ts';
import { talentApplications, talentOpportunities, talentOutcomes, talentProfiles } from '../talent.tables.ts';
import {
  call,
  createCompany,
  createUniversity,
  insertProfile,
  ok,
  PDF,
  PNG,
  studentWithProfile,
  upload,
} from './fixtures.ts';

const BODY = {
  fullName: 'Анна Петрова',
  faculty: 'Факультет инновационных технологий',
  program: 'Программная инженерия',
  programCode: '09.03.04',
  degree: 'bachelor',
  studyStartYear: 2023,
  graduationYear: 2027,
  city: 'Томск',
  headline: 'Разработчик встраиваемых систем',
  skills: ['cpp', 'microcontrollers'],
  languages: [{ code: 'en', level: 'B2' }],
  links: [{ label: 'GitHub', url: 'https://github.com/example' }],
  prefersRegion: true,
};

describe('talent profiles', () => {
  let t: TestApp;
  let universityId: string;
  beforeAll(async () => {
    t = await createTestApp();
    universityId = await createUniversity(t);
  });
  afterAll(async () => t.close());

  async function ledger(userId: string) {
    return t.ctx.db
      .select({ purpose: consents.purpose, granted: consents.granted })
      .from(consents)
      .where(eq(consents.userId, userId))
      .orderBy(consents.createdAt, consents.purpose);
  }

  describe('own profile', () => {
    it('answers null before the first save, then creates and updates one record', async () => {
      const student = await loginAs(t, 'student');
      expect(ok(await call(t, student, 'GET', '/api/talent/profiles/me'))).toEqual({ profile: null });
      const created = ok(await call(t, student, 'PUT', '/api/talent/profiles/me', { ...BODY, universityId }));
      expect(created).toMatchObject({
        access: 'owner',
        editable: true,
        email: student.email,
        source: 'self',
        visibility: 'hidden',
        university: { id: universityId },
      });
      expect(created.skills.map((s: { code: string }) => s.code)).toEqual(['cpp', 'microcontrollers']);
      const updated = ok(
        await call(t, student, 'PUT', '/api/talent/profiles/me', {
          ...BODY,
          universityId,
          headline: 'Инженер',
        }),
      );
      expect(updated.id).toBe(created.id);
      expect(updated.headline).toBe('Инженер');
      const mine = ok(await call(t, student, 'GET', '/api/talent/profiles/me'));
      expect(mine.profile.id).toBe(created.id);
    });

    it('refuses a university that is not one, and unknown skills, naming the field', async () => {
      const student = await loginAs(t, 'student');
      const company = await createCompany(t);
      const notUni = await call(t, student, 'PUT', '/api/talent/profiles/me', {
        ...BODY,
        universityId: company,
      });
      expect(notUni.statusCode).toBe(400);
      expect(notUni.json().errors[0].field).toBe('body.universityId');
      const missing = await call(t, student, 'PUT', '/api/talent/profiles/me', {
        ...BODY,
        universityId: '00000000-0000-4000-8000-000000000000',
      });
      expect(missing.statusCode).toBe(400);
      const unknown = await call(t, student, 'PUT', '/api/talent/profiles/me', {
        ...BODY,
        skills: ['python', 'no-such-skill'],
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.skills.1']);
      expect(ok(await call(t, student, 'GET', '/api/talent/profiles/me')).profile).toBeNull();
    });

    it('asks to sign in for the own profile', async () => {
      expect((await call(t, null, 'GET', '/api/talent/profiles/me')).statusCode).toBe(401);
      expect((await call(t, null, 'PUT', '/api/talent/profiles/me', BODY)).statusCode).toBe(401);
    });
  });

  describe('one person, one record: claiming an imported profile', () => {
    it('gives the imported profile to the account with the same verified address', async () => {
      const email = `graduate-${Date.now()}@example.ru`;
      const importedId = await insertProfile(t, null, {
        email: email.toUpperCase(),
        fullName: 'Пётр Импортов',
        universityId,
        source: 'import',
        studentNumber: 'Z-1001',
      });
      const person = await loginAs(t, 'student', { email });
      const mine = ok(await call(t, person, 'GET', '/api/talent/profiles/me'));
      expect(mine.profile).toMatchObject({ id: importedId, source: 'import', fullName: 'Пётр Импортов' });
      const [row] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.id, importedId));
      expect(row?.userId).toBe(person.userId);
      const audit = await t.ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'talent.profile_claimed'), eq(auditLog.objectId, importedId)));
      expect(audit).toHaveLength(1);
      // Saving afterwards edits that record, it does not start a second one.
      const saved = ok(await call(t, person, 'PUT', '/api/talent/profiles/me', { ...BODY, universityId }));
      expect(saved.id).toBe(importedId);
      const all = await t.ctx.db
        .select()
        .from(talentProfiles)
        .where(eq(talentProfiles.userId, person.userId));
      expect(all).toHaveLength(1);
    });

    it('claims on the first save too, without a GET before it', async () => {
      const email = `saver-${Date.now()}@example.ru`;
      const importedId = await insertProfile(t, null, { email, universityId, source: 'import' });
      const person = await loginAs(t, 'student', { email });
      const saved = ok(await call(t, person, 'PUT', '/api/talent/profiles/me', { ...BODY, universityId }));
      expect(saved.id).toBe(importedId);
    });

    it('does not let an unverified address claim anything', async () => {
      const email = `unverified-${Date.now()}@example.ru`;
      const importedId = await insertProfile(t, null, { email, source: 'import' });
      const user = await createUserWithPassword(t.ctx.db, systemAuditContext, {
        email,
        name: 'Не подтвердил',
        password: 'correct horse battery staple',
        roles: ['student'],
        emailVerified: false,
      });
      expect(await ownProfile(t.ctx.db, systemAuditContext, user.id)).toBeUndefined();
      const [row] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.id, importedId));
      expect(row?.userId).toBeNull();
    });
  });

  describe('visibility is a consent', () => {
    it('records only the changes in the consent ledger', async () => {
      const student = await loginAs(t, 'student');
      const put = (visibility: string) =>
        call(t, student, 'PUT', '/api/talent/profiles/me', { ...BODY, visibility }).then((r) => ok(r));
      await put('hidden');
      expect(await ledger(student.userId)).toEqual([]);
      await put('public');
      expect(await ledger(student.userId)).toEqual([
        { purpose: 'talent_public', granted: true },
        { purpose: 'talent_recruiters', granted: true },
      ]);
      await put('public');
      expect(await ledger(student.userId)).toHaveLength(2);
      await put('recruiters');
      expect((await ledger(student.userId)).slice(2)).toEqual([{ purpose: 'talent_public', granted: false }]);
      await put('hidden');
      expect((await ledger(student.userId)).slice(3)).toEqual([
        { purpose: 'talent_recruiters', granted: false },
      ]);
      const [last] = await t.ctx.db
        .select({ ip: consents.ip })
        .from(consents)
        .where(eq(consents.userId, student.userId));
      expect(last?.ip).not.toBeNull();
    });
  });

  describe('CV', () => {
    it('takes a PDF, refuses anything else by its bytes, replaces and removes', async () => {
      const { user, profileId } = await studentWithProfile(t, universityId, 'public');
      const png = await upload(t, user, 'PUT', '/api/talent/profiles/me/cv', 'cv.pdf', PNG);
      expect(png.statusCode).toBe(400);
      expect(png.json().code).toBe('talent.cv_not_pdf');
      expect(png.json().errors[0].field).toBe('file');

      const first = ok(await upload(t, user, 'PUT', '/api/talent/profiles/me/cv', 'Резюме.pdf', PDF));
      expect(first.cv).toEqual({ fileName: 'Резюме.pdf', url: `/api/talent/profiles/${profileId}/cv` });
      // A PDF without the extension is still a PDF.
      const second = ok(await upload(t, user, 'PUT', '/api/talent/profiles/me/cv', 'resume', PDF));
      expect(second.cv.fileName).toBe('resume.pdf');
      const [row] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.id, profileId));
      const [file] = await t.ctx.db
        .select()
        .from(storedFiles)
        .where(eq(storedFiles.id, row?.cvFileId as string));
      expect(file).toMatchObject({
        ownerModule: 'talent.profile',
        ownerId: profileId,
        originalName: 'resume.pdf',
      });

      const download = await call(t, user, 'GET', `/api/talent/profiles/${profileId}/cv`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-disposition']).toContain("filename*=UTF-8''resume.pdf");

      const removed = ok(await call(t, user, 'DELETE', '/api/talent/profiles/me/cv'));
      expect(removed.cv).toBeNull();
      expect((await call(t, user, 'GET', `/api/talent/profiles/${profileId}/cv`)).statusCode).toBe(404);
    });

    it('refuses a CV over 5 MB and one without a profile', async () => {
      const { user } = await studentWithProfile(t, universityId, 'hidden');
      const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024, 0x20)]);
      const res = await upload(t, user, 'PUT', '/api/talent/profiles/me/cv', 'big.pdf', big);
      expect(res.statusCode).toBe(413);
      const nobody = await loginAs(t, 'student');
      const none = await upload(t, nobody, 'PUT', '/api/talent/profiles/me/cv', 'cv.pdf', PDF);
      expect(none.statusCode).toBe(404);
      expect(none.json().code).toBe('talent.profile_missing');
    });
  });

  describe('list filters', () => {
    it('filters by skill, year, status and text', async () => {
      const uni = await createUniversity(t);
      const a = await studentWithProfile(t, uni, 'public', {
        skills: ['python'],
        graduationYear: 2025,
        status: 'graduate',
        headline: 'Инженер-радиотехник',
      });
      const b = await studentWithProfile(t, uni, 'public', { skills: ['figma'], graduationYear: 2027 });
      const ids = async (qs: string) =>
        ok(await call(t, null, 'GET', `/api/talent/profiles?universityId=${uni}&${qs}`)).items.map(
          (i: { id: string }) => i.id,
        );
      expect(await ids('')).toHaveLength(2);
      expect(await ids('skill=python')).toEqual([a.profileId]);
      expect(await ids('graduationYear=2027')).toEqual([b.profileId]);
      expect(await ids('status=graduate')).toEqual([a.profileId]);
      expect(await ids(`q=${encodeURIComponent('радиотехники')}`)).toEqual([a.profileId]);
      const bad = await call(t, null, 'GET', '/api/talent/profiles?graduationYear=abc');
      expect(bad.statusCode).toBe(400);
    });
  });

  describe('erasure', () => {
    it('removes the profile with its applications, outcomes and CV records, and an unclaimed import', async () => {
      const { user, profileId } = await studentWithProfile(t, universityId, 'public');
      ok(await upload(t, user, 'PUT', '/api/talent/profiles/me/cv', 'Иванов.pdf', PDF));
      const [profile] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.id, profileId));
      const company = await createCompany(t);
      const [opp] = await t.ctx.db
        .insert(talentOpportunities)
        .values({ organizationId: company, kind: 'internship', titleRu: 'Стажёр', deadline: '2030-01-01' })
        .returning();
      await t.ctx.db.insert(talentApplications).values({
        opportunityId: opp?.id as string,
        profileId,
        cvFileId: profile?.cvFileId,
        cvFileName: 'Иванов.pdf',
      });
      await t.ctx.db.insert(talentOutcomes).values({
        profileId,
        status: 'employed',
        observedOn: '2026-06-01',
        source: 'self_report',
      });
      const other = await studentWithProfile(t, universityId, 'public');

      const removed = await eraseTalentPerson(t.ctx.db, { id: user.userId, email: user.email });
      expect(removed).toEqual({ talent_profiles: 1, stored_files: 1 });
      expect(await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.id, profileId))).toEqual(
        [],
      );
      expect(
        await t.ctx.db.select().from(talentApplications).where(eq(talentApplications.profileId, profileId)),
      ).toEqual([]);
      expect(
        await t.ctx.db.select().from(talentOutcomes).where(eq(talentOutcomes.profileId, profileId)),
      ).toEqual([]);
      expect(
        await t.ctx.db
          .select()
          .from(storedFiles)
          .where(eq(storedFiles.id, profile?.cvFileId as string)),
      ).toEqual([]);
      // Nobody else's profile goes.
      expect(
        await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.id, other.profileId)),
      ).toHaveLength(1);

      const email = `erased-${Date.now()}@example.ru`;
      await insertProfile(t, null, { email, source: 'import' });
      expect(await eraseTalentPerson(t.ctx.db, { id: 'no-account', email: email.toUpperCase() })).toEqual({
        talent_profiles: 1,
        stored_files: 0,
      });
    });
  });
});
