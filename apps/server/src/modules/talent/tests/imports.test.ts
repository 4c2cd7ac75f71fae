import { IMPORT_COLUMNS } from '@inohub/contracts/talent/imports';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { createOrganizationForTest } from '../directory-port.ts';
import { talentImports, talentOutcomes, talentProfiles, talentSkills } from '../talent.tables.ts';
import { call, careerOfficeOf, createUniversity, insertProfile, ok, upload } from './fixtures.ts';

// Imports of a career office (docs/domain/talent.md, "Imports"): every bad cell reported in the
// caller's language, all rows or none, re-imports update, CSV and XLSX, exports neutralised.

let t: TestApp;
let universityId: string;
let otherUniversityId: string;
let office: SignedIn;
let officeEn: SignedIn;
let otherOffice: SignedIn;

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PROFILE_HEADER: string[] = IMPORT_COLUMNS.profiles.map((c) => c.key);

/** A profiles row in the column order of `IMPORT_COLUMNS.profiles`. */
function profileRow(n: number, over: Partial<Record<string, string>> = {}): string[] {
  const values: Record<string, string> = {
    student_number: `S-${n}`,
    full_name: `Студент Номер ${n}`,
    email: `student${n}@example.ru`,
    faculty: 'ФВС',
    program: 'Информатика и вычислительная техника',
    program_code: '09.03.01',
    degree: 'бакалавриат',
    study_start_year: '2021',
    graduation_year: '2025',
    status: 'выпускник',
    city: 'Томск',
    skills: 'python; SQL',
    ...over,
  };
  return PROFILE_HEADER.map((k) => values[k] ?? '');
}

const csvOf = (rows: string[][], sep = ';') =>
  Buffer.from(
    rows
      .map((r) => r.map((c) => (/[;",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(sep))
      .join('\n'),
  );

const importUrl = (kind: 'profiles' | 'outcomes', uni = universityId) =>
  `/api/talent/imports?universityId=${uni}&kind=${kind}`;

const sendCsv = (who: SignedIn | null, kind: 'profiles' | 'outcomes', rows: string[][], uni = universityId) =>
  upload(t, who, 'POST', importUrl(kind, uni), `${kind}.csv`, csvOf(rows), CSV);

async function profileCount(uni = universityId): Promise<number> {
  const [row] = await t.ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(talentProfiles)
    .where(eq(talentProfiles.universityId, uni));
  return row?.n ?? 0;
}

beforeAll(async () => {
  t = await createTestApp();
  await t.ctx.db
    .insert(talentSkills)
    .values([
      { code: 'python', nameRu: 'Python', nameEn: 'Python', category: 'programming' },
      { code: 'sql', nameRu: 'SQL', nameEn: 'SQL', category: 'data' },
      {
        code: 'pcb-design',
        nameRu: 'Проектирование печатных плат',
        nameEn: 'PCB design',
        category: 'engineering',
      },
    ])
    .onConflictDoNothing();
  universityId = await createUniversity(t);
  otherUniversityId = await createUniversity(t);
  office = await careerOfficeOf(t, universityId);
  officeEn = await careerOfficeOf(t, universityId);
  await t.ctx.database.query(`update users set locale = 'en' where id = $1`, [officeEn.userId]);
  otherOffice = await careerOfficeOf(t, otherUniversityId);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('profiles import', () => {
  it('creates hidden imported profiles and links an existing account by address', async () => {
    const student = await loginAs(t, 'student', { email: 'linked.student@example.ru' });
    const res = await sendCsv(office, 'profiles', [
      PROFILE_HEADER,
      profileRow(1),
      profileRow(2, { email: 'Linked.Student@Example.RU', skills: 'Проектирование печатных плат' }),
    ]);
    const view = ok(res, 201);
    expect(view).toMatchObject({
      status: 'applied',
      rowsTotal: 2,
      rowsCreated: 2,
      rowsUpdated: 0,
      errorCount: 0,
    });
    const [p2] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.studentNumber, 'S-2'));
    expect(p2).toMatchObject({
      source: 'import',
      visibility: 'hidden',
      email: 'linked.student@example.ru',
      userId: student.userId,
      degree: 'bachelor',
      status: 'graduate',
      skills: ['pcb-design'],
      universityId,
    });
  });

  it('re-import updates the study fields instead of duplicating, and keeps the person’s own fields', async () => {
    const before = await profileCount();
    await t.ctx.db
      .update(talentProfiles)
      .set({ headline: 'Мой заголовок', visibility: 'public', skills: ['sql'] })
      .where(eq(talentProfiles.studentNumber, 'S-1'));
    const view = ok(
      await sendCsv(office, 'profiles', [
        PROFILE_HEADER,
        profileRow(1, { program: 'Программная инженерия', skills: 'python' }),
      ]),
      201,
    );
    expect(view).toMatchObject({ rowsCreated: 0, rowsUpdated: 1 });
    expect(await profileCount()).toBe(before);
    const [p1] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.studentNumber, 'S-1'));
    expect(p1).toMatchObject({
      program: 'Программная инженерия',
      headline: 'Мой заголовок',
      visibility: 'public',
      skills: ['sql'],
    });
  });

  it('claims a self-made profile with the same address instead of making a second record', async () => {
    const student = await loginAs(t, 'student', { email: 'self.made@example.ru' });
    const own = await insertProfile(t, student.userId, {
      email: 'self.made@example.ru',
      fullName: 'Сам Себе',
      source: 'self',
    });
    const view = ok(
      await sendCsv(office, 'profiles', [PROFILE_HEADER, profileRow(77, { email: 'self.made@example.ru' })]),
      201,
    );
    expect(view).toMatchObject({ rowsCreated: 0, rowsUpdated: 1 });
    const [p] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.id, own));
    // The person's account owns the name; the university adds its student number and study fields.
    expect(p).toMatchObject({
      studentNumber: 'S-77',
      universityId,
      fullName: 'Сам Себе',
      source: 'self',
      degree: 'bachelor',
    });
  });

  it('reads XLSX built by exceljs, with titles as headers and real dates and numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.addRow(['Номер зачётной книжки', 'ФИО', 'Год выпуска', 'Статус', 'Уровень', 'Год поступления']);
    ws.addRow([3001, 'Excel Студент', 2026, 'student', 'Master', 2024]);
    ws.addRow(['X-2', 'Второй из Excel', 2026, 'студент', 'магистратура', 2024]);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const view = ok(await upload(t, office, 'POST', importUrl('profiles'), 'students.xlsx', data, XLSX), 201);
    expect(view).toMatchObject({ rowsTotal: 2, rowsCreated: 2 });
    const [p] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.studentNumber, '3001'));
    expect(p).toMatchObject({ degree: 'master', graduationYear: 2026, studyStartYear: 2024 });
  });

  it('reports every bad cell with row, column, code, value and a message in the caller’s language', async () => {
    const rows = [
      PROFILE_HEADER,
      profileRow(101, { email: 'broken@', degree: 'доктор' }),
      profileRow(102, { skills: 'python; Кобол', graduation_year: '2019' }),
      profileRow(103, { status: '', student_number: 'S-101' }),
      profileRow(104, { email: 'student1@example.ru' }), // the address of S-1, another student
    ];
    const ru = await sendCsv(office, 'profiles', rows);
    expect(ru.statusCode).toBe(422);
    expect(ru.headers['content-type']).toContain('application/problem+json');
    const body = ru.json();
    expect(body.code).toBe('talent.import_invalid');
    expect(body.errorCount).toBe(body.errors.length);
    const brief = body.errors.map((e: { row: number; column: string; code: string }) => [
      e.row,
      e.column,
      e.code,
    ]);
    expect(brief).toEqual([
      [1, 'email', 'invalid_email'],
      [1, 'degree', 'invalid_degree'],
      [2, 'graduation_year', 'years_order'],
      [2, 'skills', 'unknown_skill'],
      [3, 'student_number', 'duplicate_in_file'],
      [3, 'status', 'required'],
      [4, 'email', 'email_taken'],
    ]);
    const skill = body.errors.find((e: { code: string }) => e.code === 'unknown_skill');
    expect(skill).toMatchObject({ value: 'Кобол', message: 'Навык «Кобол» не найден в справочнике навыков' });
    expect(body.errors.find((e: { code: string }) => e.code === 'required').message).toBe(
      'Заполните «Статус»',
    );

    const en = (await sendCsv(officeEn, 'profiles', rows)).json();
    expect(en.errors.find((e: { code: string }) => e.code === 'required').message).toBe(
      '"Status" is required',
    );
    expect(en.errors.find((e: { code: string }) => e.code === 'unknown_skill').message).toBe(
      'The skill "Кобол" is not in the skills taxonomy',
    );

    // The rejected import is on record, and reads in the reader's language.
    const record = ok(await call(t, officeEn, 'GET', `/api/talent/imports/${body.importId}`));
    expect(record).toMatchObject({ status: 'rejected', errorCount: 7, rowsCreated: 0 });
    expect(record.errors[5].message).toBe('"Status" is required');
    // The answer shows the bad address; the stored record keeps no names or addresses.
    expect(body.errors[0]).toMatchObject({ code: 'invalid_email', value: 'broken@' });
    expect(record.errors[0]).toMatchObject({ code: 'invalid_email' });
    expect(record.errors[0].value).toBeUndefined();
    expect(record.errors[3]).toMatchObject({ code: 'unknown_skill', value: 'Кобол' });
  });

  it('writes nothing when one row of 500 is bad (all or nothing)', async () => {
    const before = await profileCount();
    const rows = [PROFILE_HEADER];
    for (let i = 0; i < 500; i++)
      rows.push(profileRow(1000 + i, i === 321 ? { graduation_year: 'в этом году' } : {}));
    const res = await sendCsv(office, 'profiles', rows);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        row: 322,
        column: 'graduation_year',
        code: 'invalid_year',
        value: 'в этом году',
      }),
    ]);
    expect(await profileCount()).toBe(before);
    // The same file, fixed, goes in whole.
    rows[322] = profileRow(1321);
    ok(await sendCsv(office, 'profiles', rows), 201);
    expect(await profileCount()).toBe(before + 500);
  });

  it('reports missing columns once and refuses files that are not tables', async () => {
    const res = await sendCsv(office, 'profiles', [
      ['student_number', 'full_name'],
      ['1', 'A'],
    ]);
    expect(res.json().errors.map((e: { column: string; code: string }) => `${e.column}:${e.code}`)).toEqual([
      'graduation_year:missing_column',
      'status:missing_column',
    ]);
    const pdf = await upload(
      t,
      office,
      'POST',
      importUrl('profiles'),
      'x.csv',
      Buffer.from('%PDF-1.4 ...'),
      CSV,
    );
    expect(pdf.statusCode).toBe(422);
    expect(pdf.json().errors[0].code).toBe('unsupported_file');
  });

  it('answers problem+json naming the field for a request without a file, and 401 anonymously', async () => {
    const json = await call(t, office, 'POST', importUrl('profiles'), { rows: [] });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ code: 'talent.import_file_missing', errors: [{ field: 'file' }] });
    const badKind = await call(
      t,
      office,
      'POST',
      `/api/talent/imports?universityId=${universityId}&kind=people`,
      {},
    );
    expect(badKind.statusCode).toBe(400);
    expect((await sendCsv(null, 'profiles', [PROFILE_HEADER])).statusCode).toBe(401);
  });

  it('refuses the career office of another university and other roles', async () => {
    const rows = [PROFILE_HEADER, profileRow(9)];
    expect((await sendCsv(otherOffice, 'profiles', rows)).statusCode).toBe(403);
    expect(
      (await call(t, otherOffice, 'GET', `/api/talent/imports?universityId=${universityId}`)).statusCode,
    ).toBe(403);
    expect(
      (
        await call(
          t,
          otherOffice,
          'GET',
          `/api/talent/exports/profiles?universityId=${universityId}&format=csv`,
        )
      ).statusCode,
    ).toBe(403);
    const student = await loginAs(t, 'student');
    expect((await sendCsv(student, 'profiles', rows)).statusCode).toBe(403);
    const admin = await loginAs(t, 'admin');
    ok(
      await sendCsv(admin, 'profiles', [PROFILE_HEADER, profileRow(9, { email: '' })], otherUniversityId),
      201,
    );
  });
});

describe('outcomes import', () => {
  const H = IMPORT_COLUMNS.outcomes.map((c) => c.key);
  const outcome = (n: string, over: Record<string, string> = {}) => {
    const v: Record<string, string> = {
      student_number: n,
      status: 'работает',
      observed_on: '01.03.2026',
      employer_name: 'ООО «Пример»',
      employer_inn: '7017000000',
      city: 'Новосибирск',
      region_code: 'RU-NVS',
      country: 'RU',
      occupation: 'Инженер',
      in_profile: 'да',
      ...over,
    };
    return H.map((k) => v[k] ?? '');
  };

  it('needs existing students, derives the geography and updates on re-import', async () => {
    const bad = await sendCsv(office, 'outcomes', [H, outcome('S-1'), outcome('NOPE')]);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ row: 2, column: 'student_number', code: 'unknown_student', value: 'NOPE' }),
    ]);
    const view = ok(
      await sendCsv(office, 'outcomes', [
        H,
        outcome('S-1'),
        outcome('S-2', { status: 'further_study', country: 'KZ', region_code: '' }),
      ]),
      201,
    );
    expect(view).toMatchObject({ rowsCreated: 2, rowsUpdated: 0 });
    const [s1] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.studentNumber, 'S-1'));
    const list = await t.ctx.db
      .select()
      .from(talentOutcomes)
      .where(eq(talentOutcomes.profileId, s1?.id ?? ''));
    expect(list).toEqual([
      expect.objectContaining({
        geoBucket: 'siberia',
        source: 'university_import',
        observedOn: '2026-03-01',
        inProfile: true,
        // No organization in the directory has INN 7017000000 (yet).
        employerOrganizationId: null,
      }),
    ]);
    const again = ok(
      await sendCsv(office, 'outcomes', [H, outcome('S-1', { city: 'Томск', region_code: 'RU-TOM' })]),
      201,
    );
    expect(again).toMatchObject({ rowsCreated: 0, rowsUpdated: 1 });
    const after = await t.ctx.db
      .select()
      .from(talentOutcomes)
      .where(eq(talentOutcomes.profileId, s1?.id ?? ''));
    expect(after).toEqual([expect.objectContaining({ geoBucket: 'tomsk', city: 'Томск' })]);
  });

  it('links the employer the directory knows by its INN', async () => {
    const employer = await createOrganizationForTest(t.ctx.db, { name: 'ООО «Сенсор»', inn: '7017123456' });
    ok(
      await sendCsv(office, 'outcomes', [
        H,
        outcome('S-1', { observed_on: '2026-09-01', employer_inn: '7017123456' }),
      ]),
      201,
    );
    const [s1] = await t.ctx.db.select().from(talentProfiles).where(eq(talentProfiles.studentNumber, 'S-1'));
    const rows = await t.ctx.db
      .select()
      .from(talentOutcomes)
      .where(eq(talentOutcomes.profileId, s1?.id ?? ''));
    expect(rows.find((r) => r.observedOn === '2026-09-01')?.employerOrganizationId).toBe(employer);
  });
});

describe('history, template, export, career office', () => {
  it('lists the university’s imports newest first', async () => {
    const list = ok(await call(t, office, 'GET', `/api/talent/imports?universityId=${universityId}`));
    expect(list.length).toBeGreaterThan(5);
    expect(list.some((i: { status: string }) => i.status === 'rejected')).toBe(true);
    const rows = await t.ctx.db
      .select()
      .from(talentImports)
      .where(eq(talentImports.universityId, universityId));
    expect(list.length).toBe(rows.length);
    expect(new Date(list[0].createdAt).getTime()).toBeGreaterThanOrEqual(
      new Date(list.at(-1).createdAt).getTime(),
    );
  });

  it('serves a template that imports back', async () => {
    const res = await call(t, null, 'GET', '/api/talent/imports/template?kind=profiles&format=csv');
    expect(res.statusCode).toBe(200);
    const text = res.body.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toContain('Номер зачётной книжки / Student number');
    const xlsx = await call(t, null, 'GET', '/api/talent/imports/template?kind=outcomes');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const back = await upload(
      t,
      office,
      'POST',
      importUrl('profiles'),
      't.csv',
      Buffer.from(text.replace('Python; SQL', 'python')),
      CSV,
    );
    ok(back, 201);
  });

  it('neutralises formula-like cells in CSV and XLSX exports', async () => {
    await insertProfile(t, null, {
      universityId,
      fullName: '=HYPERLINK("http://evil.example","click")',
      city: '+7 999',
      studentNumber: '@risk',
      program: '-2+3',
    });
    const csv = await call(
      t,
      office,
      'GET',
      `/api/talent/exports/profiles?universityId=${universityId}&format=csv`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const line = csv.body.split('\r\n').find((l) => l.includes('HYPERLINK')) ?? '';
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(line).toContain("'+7 999");
    expect(line).toContain("'@risk");
    expect(line).toContain("'-2+3");
    expect(csv.body).not.toMatch(/(^|;)[=+\-@]/m);

    const xlsx = await call(
      t,
      office,
      'GET',
      `/api/talent/exports/profiles?universityId=${universityId}&format=xlsx`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const values: string[] = [];
    ws?.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') values.push(cell.value);
      });
    });
    expect(values).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(values.filter((v) => /^[=+\-@]/.test(v))).toEqual([]);
    expect(values).toContain('Номер зачётной книжки');
  });

  it('tells a career office which universities it imports for', async () => {
    expect(
      ok(await call(t, office, 'GET', '/api/talent/career-office')).universities.map(
        (u: { id: string }) => u.id,
      ),
    ).toEqual([universityId]);
    const student = await loginAs(t, 'student');
    expect(ok(await call(t, student, 'GET', '/api/talent/career-office')).universities).toEqual([]);
    expect((await call(t, null, 'GET', '/api/talent/career-office')).statusCode).toBe(401);
  });
});
