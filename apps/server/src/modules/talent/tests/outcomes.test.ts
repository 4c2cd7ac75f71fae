import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import {
  call,
  careerOfficeOf,
  createCompany,
  createUniversity,
  insertProfile,
  ok,
  recruiterOf,
  type StudentWithProfile,
  studentWithProfile,
} from './fixtures.ts';

// Outcome records: who reads and writes them, and the geography derived on write
// (docs/domain/talent.md, "Outcomes", "Geography").

let t: TestApp;
let universityId: string;
let office: SignedIn;
let otherOffice: SignedIn;
let admin: SignedIn;
let graduate: StudentWithProfile;
let stranger: SignedIn;
let recruiter: SignedIn;

const employedInTomsk = {
  status: 'employed',
  employerName: 'ООО «Элекард»',
  city: 'Томск',
  regionCode: 'RU-TOM',
  occupation: 'Разработчик',
  inProfile: true,
  observedOn: '2025-09-01',
};

beforeAll(async () => {
  t = await createTestApp();
  universityId = await createUniversity(t);
  office = await careerOfficeOf(t, universityId);
  otherOffice = await careerOfficeOf(t, await createUniversity(t));
  admin = await loginAs(t, 'admin');
  graduate = await studentWithProfile(t, universityId, 'public', {
    status: 'graduate',
    graduationYear: 2024,
  });
  stranger = await loginAs(t, 'student');
  recruiter = await recruiterOf(t, await createCompany(t));
});
afterAll(async () => t?.close());

describe('regions', () => {
  it('lists every subject of Russia with its ISO code, names and bucket, publicly', async () => {
    const list = ok(await call(t, null, 'GET', '/api/talent/regions')) as Array<{
      code: string;
      nameRu: string;
      nameEn: string;
      bucket: string;
    }>;
    expect(list.length).toBeGreaterThanOrEqual(85);
    const by = new Map(list.map((r) => [r.code, r]));
    expect(by.get('RU-TOM')).toEqual({
      code: 'RU-TOM',
      nameRu: 'Томская область',
      nameEn: 'Tomsk Oblast',
      bucket: 'tomsk',
    });
    expect(by.get('RU-NVS')?.bucket).toBe('siberia');
    expect(by.get('RU-MOW')?.bucket).toBe('moscow_spb');
    expect(by.get('RU-LEN')?.bucket).toBe('moscow_spb');
    expect(by.get('RU-TA')?.bucket).toBe('other_russia');
    // Buryatia moved to the Far Eastern district in 2018.
    expect(by.get('RU-BU')?.bucket).toBe('other_russia');
  });
});

describe('outcomes', () => {
  it('the graduate reports their own outcome; the bucket is derived on write', async () => {
    const own = ok(
      await call(t, graduate.user, 'POST', '/api/talent/profiles/me/outcomes', employedInTomsk),
      201,
    );
    expect(own).toMatchObject({
      source: 'self_report',
      geoBucket: 'tomsk',
      country: 'RU',
      regionCode: 'RU-TOM',
    });
    const abroad = ok(
      await call(t, graduate.user, 'POST', '/api/talent/profiles/me/outcomes', {
        status: 'employed',
        country: 'KZ',
        observedOn: '2025-10-01',
      }),
      201,
    );
    expect(abroad.geoBucket).toBe('cis');
    const list = ok(
      await call(t, graduate.user, 'GET', `/api/talent/profiles/${graduate.profileId}/outcomes`),
    );
    expect(list.map((o: { observedOn: string }) => o.observedOn)).toEqual(['2025-10-01', '2025-09-01']);
  });

  it('refuses places that do not add up, naming the field', async () => {
    const noRegion = await call(t, graduate.user, 'POST', '/api/talent/profiles/me/outcomes', {
      status: 'employed',
      observedOn: '2025-09-01',
    });
    expect(noRegion.statusCode).toBe(400);
    expect(noRegion.body).toContain('regionCode');
    const unknown = await call(t, graduate.user, 'POST', '/api/talent/profiles/me/outcomes', {
      ...employedInTomsk,
      regionCode: 'RU-XX',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('body.regionCode');
    const both = await call(t, graduate.user, 'POST', '/api/talent/profiles/me/outcomes', {
      ...employedInTomsk,
      country: 'DE',
    });
    expect(both.statusCode).toBe(400);
    const badEmployer = await call(t, graduate.user, 'POST', '/api/talent/profiles/me/outcomes', {
      ...employedInTomsk,
      employerOrganizationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(badEmployer.statusCode).toBe(400);
    expect(badEmployer.json().errors[0].field).toBe('body.employerOrganizationId');
    // No profile of one's own: nothing to report on.
    expect(
      (await call(t, stranger, 'POST', '/api/talent/profiles/me/outcomes', employedInTomsk)).statusCode,
    ).toBe(404);
    expect(
      (await call(t, null, 'POST', '/api/talent/profiles/me/outcomes', employedInTomsk)).statusCode,
    ).toBe(401);
  });

  it('reads: the graduate, their career office and admins; nobody else', async () => {
    const url = `/api/talent/profiles/${graduate.profileId}/outcomes`;
    expect((await call(t, office, 'GET', url)).statusCode).toBe(200);
    expect((await call(t, admin, 'GET', url)).statusCode).toBe(200);
    expect((await call(t, otherOffice, 'GET', url)).statusCode).toBe(403);
    expect((await call(t, stranger, 'GET', url)).statusCode).toBe(403);
    expect((await call(t, recruiter, 'GET', url)).statusCode).toBe(403);
    expect((await call(t, null, 'GET', url)).statusCode).toBe(401);
    // A hidden profile does not even exist for a stranger.
    const hidden = await insertProfile(t, null, { universityId, visibility: 'hidden', status: 'graduate' });
    expect((await call(t, stranger, 'GET', `/api/talent/profiles/${hidden}/outcomes`)).statusCode).toBe(404);
    expect((await call(t, office, 'GET', `/api/talent/profiles/${hidden}/outcomes`)).statusCode).toBe(200);
  });

  it('the career office of the university records outcomes (university_import), others may not', async () => {
    const url = `/api/talent/profiles/${graduate.profileId}/outcomes`;
    const rec = ok(await call(t, office, 'POST', url, { ...employedInTomsk, observedOn: '2025-07-01' }), 201);
    expect(rec.source).toBe('university_import');
    expect((await call(t, otherOffice, 'POST', url, employedInTomsk)).statusCode).toBe(403);
    expect((await call(t, graduate.user, 'POST', url, employedInTomsk)).statusCode).toBe(403);
    expect((await call(t, admin, 'POST', url, employedInTomsk)).statusCode).toBe(201);
    const audit = await t.ctx.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'talent.outcome_recorded' and object_id = $1`,
      [rec.id],
    );
    expect(audit[0]?.n).toBe(1);
  });

  it('deletes: the writer, the career office, admins; not another graduate or office', async () => {
    const mine = ok(
      await call(t, graduate.user, 'POST', '/api/talent/profiles/me/outcomes', {
        ...employedInTomsk,
        observedOn: '2025-01-01',
      }),
      201,
    );
    expect((await call(t, stranger, 'DELETE', `/api/talent/outcomes/${mine.id}`)).statusCode).toBe(404);
    expect((await call(t, otherOffice, 'DELETE', `/api/talent/outcomes/${mine.id}`)).statusCode).toBe(404);
    expect(ok(await call(t, graduate.user, 'DELETE', `/api/talent/outcomes/${mine.id}`))).toEqual({
      deleted: true,
    });
    expect((await call(t, graduate.user, 'DELETE', `/api/talent/outcomes/${mine.id}`)).statusCode).toBe(404);

    const byOffice = ok(
      await call(t, office, 'POST', `/api/talent/profiles/${graduate.profileId}/outcomes`, employedInTomsk),
      201,
    );
    // The graduate sees it but did not write it and it is not a self-report.
    expect((await call(t, graduate.user, 'DELETE', `/api/talent/outcomes/${byOffice.id}`)).statusCode).toBe(
      403,
    );
    const again = ok(
      await call(t, graduate.user, 'POST', '/api/talent/profiles/me/outcomes', employedInTomsk),
      201,
    );
    expect((await call(t, office, 'DELETE', `/api/talent/outcomes/${again.id}`)).statusCode).toBe(200);
    expect((await call(t, admin, 'DELETE', `/api/talent/outcomes/${byOffice.id}`)).statusCode).toBe(200);
    const audit = await t.ctx.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'talent.outcome_deleted' and object_id in ($1, $2)`,
      [again.id, byOffice.id],
    );
    expect(audit[0]?.n).toBe(2);
  });
});
