import type { Visibility } from '@inohub/contracts/talent/enums';
import type { LightMyRequestResponse } from 'fastify';
import { multipart as multipartBody } from '../../../testing/http.ts';
import { loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import type { Role } from '../../identity/index.ts';
import { addMembership, createOrganizationForTest } from '../directory-port.ts';
import { talentEmployers, talentProfiles } from '../talent.tables.ts';

// Shared fixtures of the talent module's integration tests. Other features import these read-only;
// they build the world through the directory's test helpers and plain inserts, so that a test of
// one feature does not depend on another feature's routes.

export { call, ok, PDF, PNG } from '../../../testing/http.ts';

/** A multipart body with one file field `file`; a CV by default. */
export const multipart = (fileName: string, data: Buffer, contentType = 'application/pdf') =>
  multipartBody(fileName, data, contentType);

/** Uploads a file as multipart field `file`. */
export async function upload(
  t: TestApp,
  who: SignedIn | null,
  method: 'POST' | 'PUT',
  url: string,
  fileName: string,
  data: Buffer,
  contentType = 'application/pdf',
): Promise<LightMyRequestResponse> {
  const mp = multipart(fileName, data, contentType);
  return t.app.inject({
    method,
    url,
    headers: { ...(who ? { cookie: who.cookie } : {}), ...mp.headers },
    payload: mp.payload,
  });
}

let orgCounter = 0;
const suffix = () => `${++orgCounter}-${Math.random().toString(36).slice(2, 6)}`;

/** A university in the directory (kind `university`). */
export async function createUniversity(t: TestApp, name?: string): Promise<string> {
  return createOrganizationForTest(t.ctx.db, {
    name: name ?? `Тестовый университет ${suffix()}`,
    kind: 'university',
    legalForm: 'state_institution',
  });
}

/** A company in the directory (kind `company`). */
export async function createCompany(t: TestApp, name?: string): Promise<string> {
  return createOrganizationForTest(t.ctx.db, { name: name ?? `ООО «Работодатель ${suffix()}»` });
}

/** Marks a company an approved employer, as a career office's or the hub's decision would. */
export async function approveEmployer(
  t: TestApp,
  organizationId: string,
  status: 'approved' | 'pending' | 'rejected' | 'suspended' = 'approved',
): Promise<void> {
  await t.ctx.db
    .insert(talentEmployers)
    .values({ organizationId, status, decidedAt: status === 'pending' ? null : new Date() })
    .onConflictDoUpdate({ target: talentEmployers.organizationId, set: { status } });
}

/** A signed-in member of an organization with the given role(s). */
export async function memberOf(
  t: TestApp,
  organizationId: string,
  roles: Role | Role[],
  overrides: { email?: string; name?: string } = {},
): Promise<SignedIn> {
  const user = await loginAs(t, roles, overrides);
  await addMembership(t.ctx.db, organizationId, user.userId, 'member');
  return user;
}

/** A career-office user of a university: role `career_office` and a membership. */
export const careerOfficeOf = (t: TestApp, universityId: string) =>
  memberOf(t, universityId, 'career_office');

/** A recruiter of a company: role `recruiter` and a membership. */
export const recruiterOf = (t: TestApp, companyId: string) => memberOf(t, companyId, 'recruiter');

export interface ProfileValues {
  fullName?: string;
  email?: string | null;
  universityId?: string | null;
  visibility?: Visibility;
  skills?: string[];
  status?: 'student' | 'graduate';
  graduationYear?: number | null;
  program?: string | null;
  headline?: string | null;
  about?: string | null;
  city?: string | null;
  prefersRegion?: boolean;
  source?: 'self' | 'import';
  studentNumber?: string | null;
}

/** Inserts a profile row directly (for a user, or unclaimed when `userId` is null). Returns its id. */
export async function insertProfile(
  t: TestApp,
  userId: string | null,
  values: ProfileValues = {},
): Promise<string> {
  const [row] = await t.ctx.db
    .insert(talentProfiles)
    .values({
      userId,
      email: values.email === undefined ? null : (values.email?.toLowerCase() ?? null),
      fullName: values.fullName ?? 'Иван Тестов',
      universityId: values.universityId ?? null,
      visibility: values.visibility ?? 'hidden',
      skills: values.skills ?? [],
      status: values.status ?? 'student',
      graduationYear: values.graduationYear ?? null,
      program: values.program ?? null,
      headline: values.headline ?? null,
      about: values.about ?? null,
      city: values.city ?? null,
      prefersRegion: values.prefersRegion ?? false,
      source: values.source ?? (userId ? 'self' : 'import'),
      studentNumber: values.studentNumber ?? null,
    })
    .returning({ id: talentProfiles.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

export interface StudentWithProfile {
  user: SignedIn;
  profileId: string;
}

/** A signed-in student (role `student`) with a profile at a university and the given visibility. */
export async function studentWithProfile(
  t: TestApp,
  universityId: string | null,
  visibility: Visibility,
  values: ProfileValues = {},
): Promise<StudentWithProfile> {
  const user = await loginAs(t, 'student');
  const profileId = await insertProfile(t, user.userId, {
    fullName: `Студент ${visibility} ${suffix()}`,
    email: user.email,
    ...values,
    universityId,
    visibility,
  });
  return { user, profileId };
}

export interface TalentWorld {
  /** The profiles' university and another one. */
  universityId: string;
  otherUniversityId: string;
  /** Company A is an approved employer, company B is not (pending). */
  companyA: string;
  companyB: string;
  student: SignedIn;
  recruiterA: SignedIn;
  recruiterB: SignedIn;
  careerOffice: SignedIn;
  otherCareerOffice: SignedIn;
  admin: SignedIn;
  profiles: Record<Visibility, StudentWithProfile>;
}

/**
 * The cast of the visibility matrix: a university with one student profile of each visibility,
 * another university, an approved company A and a pending company B with a recruiter each, both
 * career offices, an administrator, and a student who looks at other students' profiles.
 */
export async function talentWorld(t: TestApp): Promise<TalentWorld> {
  const universityId = await createUniversity(t);
  const otherUniversityId = await createUniversity(t);
  const companyA = await createCompany(t);
  const companyB = await createCompany(t);
  await approveEmployer(t, companyA, 'approved');
  await approveEmployer(t, companyB, 'pending');
  const profiles = {
    public: await studentWithProfile(t, universityId, 'public'),
    recruiters: await studentWithProfile(t, universityId, 'recruiters'),
    hidden: await studentWithProfile(t, universityId, 'hidden'),
  };
  return {
    universityId,
    otherUniversityId,
    companyA,
    companyB,
    student: await loginAs(t, 'student'),
    recruiterA: await recruiterOf(t, companyA),
    recruiterB: await recruiterOf(t, companyB),
    careerOffice: await careerOfficeOf(t, universityId),
    otherCareerOffice: await careerOfficeOf(t, otherUniversityId),
    admin: await loginAs(t, 'admin'),
    profiles,
  };
}
