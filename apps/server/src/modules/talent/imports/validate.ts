import type { Degree, OutcomeStatus, StudentStatus } from '@inohub/contracts/talent/enums';
import { IMPORT_COLUMN_TITLES, IMPORT_COLUMNS, type ImportKind } from '@inohub/contracts/talent/imports';
import { z } from 'zod';
import type { ImportErrorCode } from './messages.ts';

// Row-by-row validation of an import, pure (docs/domain/talent.md, "Imports"). Every bad cell of
// the whole file is collected, so the career office fixes the file once, not error by error.

/** One problem: `row` counts data rows from 1 (the header is row 0), `column` is the column key. */
export interface ImportProblem {
  row: number;
  column: string;
  code: ImportErrorCode;
  value?: string;
}

export interface ProfileRecord {
  row: number;
  studentNumber: string;
  fullName: string;
  email: string | null;
  faculty: string | null;
  program: string | null;
  programCode: string | null;
  degree: Degree | null;
  studyStartYear: number | null;
  graduationYear: number;
  status: StudentStatus;
  city: string | null;
  skills: string[];
}

export interface OutcomeRecord {
  row: number;
  studentNumber: string;
  status: OutcomeStatus;
  observedOn: string;
  employerName: string | null;
  employerInn: string | null;
  city: string | null;
  regionCode: string | null;
  country: string;
  occupation: string | null;
  inProfile: boolean | null;
}

/** At most this many data rows per file; 20 MB of CSV is about 100,000 typical rows. */
export const MAX_ROWS = 100_000;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[\s_]+/g, ' ')
    .trim();

/**
 * Header → column key. A header may be the key (`student_number`, also with spaces), its Russian or
 * English title, or both as the template writes them (`Номер зачётной книжки / Student number`);
 * case, `ё` and extra spaces do not matter.
 */
export function headerIndex(kind: ImportKind): Map<string, string> {
  const map = new Map<string, string>();
  for (const { key } of IMPORT_COLUMNS[kind]) {
    const t = IMPORT_COLUMN_TITLES[key];
    const names: string[] = [key];
    if (t) names.push(t.ru, t.en, `${t.ru} / ${t.en}`, `${t.en} / ${t.ru}`);
    for (const n of names) map.set(norm(n), key);
  }
  return map;
}

// ── value vocabularies: codes and the words people write in Russian and English

const DEGREE_WORDS: Record<string, Degree> = {};
const addWords = <T extends string>(target: Record<string, T>, code: T, words: string[]) => {
  for (const w of [code, code.replaceAll('_', ' '), ...words]) target[norm(w)] = code;
};
addWords(DEGREE_WORDS, 'vocational', ['спо', 'среднее профессиональное', 'колледж', 'vocational education']);
addWords(DEGREE_WORDS, 'bachelor', ['бакалавр', 'бакалавриат', "bachelor's", 'bsc', 'ba']);
addWords(DEGREE_WORDS, 'specialist', ['специалист', 'специалитет', 'specialist degree']);
addWords(DEGREE_WORDS, 'master', ['магистр', 'магистратура', "master's", 'msc', 'ma']);
addWords(DEGREE_WORDS, 'phd', ['аспирант', 'аспирантура', 'кандидат наук', 'doctorate', 'postgraduate']);

const STATUS_WORDS: Record<string, StudentStatus> = {};
addWords(STATUS_WORDS, 'student', ['студент', 'студентка', 'обучается', 'учится']);
addWords(STATUS_WORDS, 'graduate', ['выпускник', 'выпускница', 'окончил', 'окончила', 'alumnus', 'alumni']);

const OUTCOME_WORDS: Record<string, OutcomeStatus> = {};
addWords(OUTCOME_WORDS, 'employed', ['работает', 'трудоустроен', 'трудоустроена', 'трудоустроен(а)']);
addWords(OUTCOME_WORDS, 'self_employed', ['самозанятый', 'самозанятая', 'self-employed']);
addWords(OUTCOME_WORDS, 'entrepreneur', ['предприниматель', 'ип', 'индивидуальный предприниматель']);
addWords(OUTCOME_WORDS, 'further_study', ['продолжает обучение', 'учится', 'обучение', 'further study']);
addWords(OUTCOME_WORDS, 'military', ['служба в армии', 'армия', 'призван в армию', 'military service']);
addWords(OUTCOME_WORDS, 'parental_leave', ['декретный отпуск', 'декрет', 'отпуск по уходу за ребенком']);
addWords(OUTCOME_WORDS, 'unemployed', ['не работает', 'безработный', 'безработная', 'не трудоустроен']);

const BOOLEAN_WORDS: Record<string, boolean> = {};
for (const w of ['да', 'yes', 'true', '1', 'y', 'д', '+']) BOOLEAN_WORDS[w] = true;
for (const w of ['нет', 'no', 'false', '0', 'n', 'н', '-']) BOOLEAN_WORDS[w] = false;

// ── cell parsers: each returns the value or an error code

type Cell<T> = { ok: true; value: T } | { ok: false; code: ImportErrorCode; value?: string };
const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const bad = <T>(code: ImportErrorCode, value?: string): Cell<T> => ({ ok: false, code, value });

const Email = z.email();
const text =
  (max: number) =>
  (raw: string): Cell<string | null> =>
    raw.length > max ? bad<string | null>('too_long') : ok(raw || null);
const year = (raw: string): Cell<number | null> => {
  if (raw === '') return ok(null);
  const n = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  return n >= 1950 && n <= 2100 ? ok(n) : bad('invalid_year');
};

/** A calendar date written as YYYY-MM-DD or DD.MM.YYYY (also D.M.YYYY); returns YYYY-MM-DD. */
export function parseDate(raw: string): string | null {
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (ru) [d, m, y] = [Number(ru[1]), Number(ru[2]), Number(ru[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1950 || y > 2100) return null;
  return date.toISOString().slice(0, 10);
}

const fromWords =
  <T>(words: Record<string, T>, code: ImportErrorCode) =>
  (raw: string): Cell<T | null> => {
    if (raw === '') return ok(null);
    const v = words[norm(raw)];
    return v === undefined ? bad(code) : ok(v);
  };

/** Resolves a skill written as its code or its Russian or English name (any case) to its code. */
export type SkillResolver = (token: string) => string | null;

export function skillResolver(
  skills: ReadonlyArray<{ code: string; nameRu: string; nameEn: string }>,
): SkillResolver {
  const map = new Map<string, string>();
  for (const s of skills) for (const n of [s.nameRu, s.nameEn, s.code]) map.set(norm(n), s.code);
  return (token) => map.get(norm(token)) ?? null;
}

export interface RowsResult<T> {
  records: T[];
  problems: ImportProblem[];
  /** Data rows that are not blank. */
  rowsTotal: number;
}

/** Maps the header row to column positions, reporting missing, unknown and repeated columns (row 0). */
function mapHeader(
  kind: ImportKind,
  header: readonly string[],
  problems: ImportProblem[],
): Map<string, number> {
  const index = headerIndex(kind);
  const positions = new Map<string, number>();
  header.forEach((h, i) => {
    if (h.trim() === '') return;
    const key = index.get(norm(h));
    if (!key) problems.push({ row: 0, column: h, code: 'unknown_column', value: h });
    else if (positions.has(key)) problems.push({ row: 0, column: key, code: 'duplicate_column', value: h });
    else positions.set(key, i);
  });
  for (const { key, required } of IMPORT_COLUMNS[kind]) {
    if (required && !positions.has(key)) problems.push({ row: 0, column: key, code: 'missing_column' });
  }
  return positions;
}

/**
 * Validates every data row. Rows that are entirely blank are skipped but still counted in the
 * numbering, so that "row 12" is the twelfth line under the header in the career office's file.
 */
/** Rows validated between two yields to the event loop. */
const ROWS_PER_YIELD = 500;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

async function eachRow<T>(
  kind: ImportKind,
  rows: readonly string[][],
  parseRow: (
    cell: (key: string) => string | null,
    row: number,
    fail: (p: Omit<ImportProblem, 'row'>) => void,
  ) => T | null,
): Promise<RowsResult<T>> {
  const problems: ImportProblem[] = [];
  const [header = [], ...data] = rows;
  const positions = mapHeader(kind, header, problems);
  const records: T[] = [];
  let rowsTotal = 0;
  if (data.length > MAX_ROWS) {
    problems.push({ row: 0, column: '', code: 'too_many_rows', value: String(MAX_ROWS) });
    return { records, problems, rowsTotal: data.length };
  }
  for (const [i, cells] of data.entries()) {
    if (i % ROWS_PER_YIELD === ROWS_PER_YIELD - 1) await yieldToOthers();
    if (cells.every((c) => c.trim() === '')) continue;
    rowsTotal++;
    const row = i + 1;
    let failed = false;
    const cell = (key: string) => {
      const p = positions.get(key);
      return p === undefined ? null : (cells[p] ?? '').trim();
    };
    const record = parseRow(cell, row, (p) => {
      failed = true;
      problems.push({ row, ...p });
    });
    if (!failed && record) records.push(record);
  }
  if (rowsTotal === 0 && problems.length === 0) problems.push({ row: 0, column: '', code: 'empty_file' });
  return { records, problems, rowsTotal };
}

/** Reads one cell with a parser, reporting its error with the raw value. */
function take<T>(
  cell: (key: string) => string | null,
  fail: (p: Omit<ImportProblem, 'row'>) => void,
  key: string,
  parse: (raw: string) => Cell<T>,
  required = false,
): T | undefined {
  // A missing column is reported once, at the header, not again on every row.
  const raw = cell(key) ?? '';
  if (required && raw === '' && cell(key) !== null) {
    fail({ column: key, code: 'required' });
    return undefined;
  }
  const r = parse(raw);
  if (r.ok) return r.value;
  fail({ column: key, code: r.code, value: r.value ?? raw });
  return undefined;
}

export function validateProfileRows(
  rows: readonly string[][],
  resolveSkill: SkillResolver,
): Promise<RowsResult<ProfileRecord>> {
  const seenNumbers = new Set<string>();
  const seenEmails = new Set<string>();
  return eachRow<ProfileRecord>('profiles', rows, (cell, row, fail) => {
    const studentNumber = take(cell, fail, 'student_number', text(64), true);
    const fullName = take(cell, fail, 'full_name', text(200), true);
    const email = take(cell, fail, 'email', (raw): Cell<string | null> => {
      if (raw === '') return ok(null);
      const lower = raw.toLowerCase();
      if (lower.length > 254 || !Email.safeParse(lower).success) return bad('invalid_email');
      return ok(lower);
    });
    const faculty = take(cell, fail, 'faculty', text(200));
    const program = take(cell, fail, 'program', text(200));
    const programCode = take(
      cell,
      fail,
      'program_code',
      (raw): Cell<string | null> =>
        raw === '' ? ok(null) : /^\d{2}\.\d{2}\.\d{2}$/.test(raw) ? ok(raw) : bad('invalid_program_code'),
    );
    const degree = take(cell, fail, 'degree', fromWords(DEGREE_WORDS, 'invalid_degree'));
    const studyStartYear = take(cell, fail, 'study_start_year', year);
    const graduationYear = take(cell, fail, 'graduation_year', year, true);
    const status = take(cell, fail, 'status', fromWords(STATUS_WORDS, 'invalid_status'), true);
    const city = take(cell, fail, 'city', text(100));
    const skills: string[] = [];
    const rawSkills = cell('skills') ?? '';
    if (rawSkills !== '') {
      for (const token of rawSkills
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const code = resolveSkill(token);
        if (!code) fail({ column: 'skills', code: 'unknown_skill', value: token });
        else if (!skills.includes(code)) skills.push(code);
      }
    }
    if (studyStartYear && graduationYear && graduationYear < studyStartYear) {
      fail({ column: 'graduation_year', code: 'years_order', value: cell('graduation_year') ?? '' });
    }
    if (studentNumber) {
      if (seenNumbers.has(studentNumber))
        fail({ column: 'student_number', code: 'duplicate_in_file', value: studentNumber });
      seenNumbers.add(studentNumber);
    }
    if (email) {
      if (seenEmails.has(email)) fail({ column: 'email', code: 'duplicate_email_in_file', value: email });
      seenEmails.add(email);
    }
    if (
      studentNumber === undefined ||
      fullName == null ||
      email === undefined ||
      faculty === undefined ||
      program === undefined ||
      programCode === undefined ||
      degree === undefined ||
      studyStartYear === undefined ||
      graduationYear == null ||
      status == null ||
      city === undefined
    )
      return null;
    return {
      row,
      studentNumber: studentNumber as string,
      fullName,
      email,
      faculty,
      program,
      programCode,
      degree,
      studyStartYear,
      graduationYear,
      status,
      city,
      skills,
    };
  });
}

export function validateOutcomeRows(
  rows: readonly string[][],
  today: string,
): Promise<RowsResult<OutcomeRecord>> {
  const seen = new Set<string>();
  return eachRow<OutcomeRecord>('outcomes', rows, (cell, row, fail) => {
    const studentNumber = take(cell, fail, 'student_number', text(64), true);
    const status = take(cell, fail, 'status', fromWords(OUTCOME_WORDS, 'invalid_outcome_status'), true);
    const observedOn = take(
      cell,
      fail,
      'observed_on',
      (raw): Cell<string> => {
        const d = parseDate(raw);
        if (!d) return bad<string>('invalid_date');
        return d > today ? bad<string>('future_date') : ok(d);
      },
      true,
    );
    const employerName = take(cell, fail, 'employer_name', text(300));
    const employerInn = take(
      cell,
      fail,
      'employer_inn',
      (raw): Cell<string | null> =>
        raw === '' ? ok(null) : /^(\d{10}|\d{12})$/.test(raw) ? ok(raw) : bad('invalid_inn'),
    );
    const country = take(
      cell,
      fail,
      'country',
      (raw): Cell<string> =>
        raw === '' ? ok('RU') : /^[A-Za-z]{2}$/.test(raw) ? ok(raw.toUpperCase()) : bad('invalid_country'),
    );
    const regionCode = take(cell, fail, 'region_code', (raw): Cell<string | null> => {
      if (raw === '') return ok(null);
      const code = raw.toUpperCase();
      return /^RU-[A-Z]{2,3}$/.test(code) && (country ?? 'RU') === 'RU' ? ok(code) : bad('invalid_region');
    });
    const city = take(cell, fail, 'city', text(100));
    const occupation = take(cell, fail, 'occupation', text(200));
    const inProfile = take(cell, fail, 'in_profile', fromWords(BOOLEAN_WORDS, 'invalid_boolean'));
    // The same graduate may have several records (at 6, 12 and 36 months); the same record twice is a mistake.
    if (studentNumber && observedOn && status) {
      const key = `${studentNumber}\u0000${observedOn}\u0000${status}`;
      if (seen.has(key)) fail({ column: 'student_number', code: 'duplicate_in_file', value: studentNumber });
      seen.add(key);
    }
    if (
      studentNumber === undefined ||
      status == null ||
      observedOn === undefined ||
      employerName === undefined ||
      employerInn === undefined ||
      country === undefined ||
      regionCode === undefined ||
      city === undefined ||
      occupation === undefined ||
      inProfile === undefined
    )
      return null;
    return {
      row,
      studentNumber: studentNumber as string,
      status,
      observedOn,
      employerName,
      employerInn,
      city,
      regionCode,
      country,
      occupation,
      inProfile,
    };
  });
}
