import { describe, expect, it } from 'vitest';
import { neutralizeCell } from '../../../lib/spreadsheet-safety.ts';
import { errorMessage } from './messages.ts';
import { readCsv } from './read-file.ts';
import { parseDate, skillResolver, validateOutcomeRows, validateProfileRows } from './validate.ts';

const skills = skillResolver([
  { code: 'python', nameRu: 'Питон', nameEn: 'Python' },
  { code: 'sql', nameRu: 'SQL', nameEn: 'SQL' },
]);

const HEADER = [
  'student_number',
  'full_name',
  'email',
  'degree',
  'study_start_year',
  'graduation_year',
  'status',
  'skills',
];

describe('validateProfileRows', () => {
  it('reads codes, Russian and English words and titles as headers', async () => {
    const r = await validateProfileRows(
      [
        [
          'Номер зачётной книжки',
          'ФИО',
          'EMAIL',
          'Уровень',
          'Start year',
          'Год выпуска / Graduation year',
          'Статус',
          'Навыки',
        ],
        ['A1', 'Иванов Иван', 'Ivan@Example.RU', 'бакалавриат', '2021', '2025', 'выпускник', 'питон; SQL'],
        ['A2', 'Petrov Petr', '', 'Master', '', '2027', 'student', ''],
      ],
      skills,
    );
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({
      row: 1,
      email: 'ivan@example.ru',
      degree: 'bachelor',
      status: 'graduate',
      studyStartYear: 2021,
      skills: ['python', 'sql'],
    });
    expect(r.records[1]).toMatchObject({ row: 2, degree: 'master', status: 'student', email: null });
  });

  it('reports every bad cell with its row, column and value', async () => {
    const r = await validateProfileRows(
      [
        HEADER,
        ['', 'Без номера', 'not-an-email', 'доктор', '20x1', '2025', 'уволен', 'python; Кобол'],
        ['B1', 'Годы наоборот', '', '', '2025', '2021', 'student', ''],
        ['B1', 'Повтор', 'a@b.ru', '', '', '2024', 'graduate', ''],
        ['', '', '', '', '', '', '', ''],
        ['B3', 'Тот же адрес', 'A@b.ru', '', '', '2024', 'graduate', ''],
      ],
      skills,
    );
    const brief = r.problems.map((p) => [p.row, p.column, p.code, p.value]);
    expect(brief).toEqual([
      [1, 'student_number', 'required', undefined],
      [1, 'email', 'invalid_email', 'not-an-email'],
      [1, 'degree', 'invalid_degree', 'доктор'],
      [1, 'study_start_year', 'invalid_year', '20x1'],
      [1, 'status', 'invalid_status', 'уволен'],
      [1, 'skills', 'unknown_skill', 'Кобол'],
      [2, 'graduation_year', 'years_order', '2021'],
      [3, 'student_number', 'duplicate_in_file', 'B1'],
      [5, 'email', 'duplicate_email_in_file', 'a@b.ru'],
    ]);
    // The blank line 4 counts in the numbering but not as a row.
    expect(r.rowsTotal).toBe(4);
  });

  it('reports missing, unknown and repeated columns at row 0', async () => {
    const r = await validateProfileRows(
      [
        ['student_number', 'ФИО', 'Full name', 'Отчество'],
        ['1', 'a', 'b', 'c'],
      ],
      skills,
    );
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [0, 'full_name', 'duplicate_column'],
      [0, 'Отчество', 'unknown_column'],
      [0, 'graduation_year', 'missing_column'],
      [0, 'status', 'missing_column'],
    ]);
  });

  it('says an empty file is empty', async () => {
    expect((await validateProfileRows([HEADER], skills)).problems[0]?.code).toBe('empty_file');
  });
});

describe('validateOutcomeRows', () => {
  const H = [
    'student_number',
    'status',
    'observed_on',
    'region_code',
    'country',
    'in_profile',
    'employer_inn',
  ];
  it('parses both date forms, statuses in words and booleans', async () => {
    const r = await validateOutcomeRows(
      [
        H,
        ['A1', 'работает', '01.09.2025', 'ru-tom', '', 'да', '7017000000'],
        ['A1', 'further_study', '2026-01-31', '', 'kz', 'no', ''],
      ],
      '2026-06-01',
    );
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({
      status: 'employed',
      observedOn: '2025-09-01',
      regionCode: 'RU-TOM',
      country: 'RU',
      inProfile: true,
    });
    expect(r.records[1]).toMatchObject({
      status: 'further_study',
      observedOn: '2026-01-31',
      country: 'KZ',
      inProfile: false,
    });
  });

  it('reports bad dates, statuses, codes and repeated records', async () => {
    const r = await validateOutcomeRows(
      [
        H,
        ['A1', 'безделье', '31.02.2025', 'Томская', 'Russia', 'может', '123'],
        ['A1', 'employed', '2030-01-01', '', '', '', ''],
        ['A2', 'employed', '2025-01-01', 'RU-TOM', 'KZ', '', ''],
        ['A2', 'работает', '01.01.2025', '', '', '', ''],
      ],
      '2026-06-01',
    );
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'status', 'invalid_outcome_status'],
      [1, 'observed_on', 'invalid_date'],
      [1, 'employer_inn', 'invalid_inn'],
      [1, 'country', 'invalid_country'],
      [1, 'region_code', 'invalid_region'],
      [1, 'in_profile', 'invalid_boolean'],
      [2, 'observed_on', 'future_date'],
      [3, 'region_code', 'invalid_region'],
      [4, 'student_number', 'duplicate_in_file'],
    ]);
  });
});

describe('parseDate', () => {
  it('accepts real calendar dates only', async () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('29.02.2023')).toBeNull();
    expect(parseDate('1.9.2025')).toBe('2025-09-01');
    expect(parseDate('2025/09/01')).toBeNull();
  });
});

describe('messages', () => {
  it('speak Russian and English and name the column', async () => {
    expect(errorMessage('required', 'full_name', undefined, 'ru')).toBe('Заполните «ФИО»');
    expect(errorMessage('required', 'full_name', undefined, 'en')).toBe('"Full name" is required');
    expect(errorMessage('unknown_skill', 'skills', 'Кобол', 'en')).toContain('"Кобол"');
  });
});

describe('readCsv', () => {
  it('detects the separator and Windows-1251, and strips the BOM', async () => {
    const cp1251 = Buffer.from([0xd4, 0xc8, 0xce, 0x3b, 0x61, 0x0a, 0xc8, 0xe2, 0xe0, 0xed, 0x3b, 0x62]); // ФИО;a / Иван;b
    const r = await readCsv(cp1251);
    expect(r.ok && r.encoding).toBe('windows-1251');
    expect(r.ok && r.rows).toEqual([
      ['ФИО', 'a'],
      ['Иван', 'b'],
    ]);
    const bom = await readCsv(Buffer.from('\uFEFFa,"b;c"\n1,2\n', 'utf8'));
    expect(bom.ok && bom.separator).toBe(',');
    expect(bom.ok && bom.rows[0]).toEqual(['a', 'b;c']);
  });

  it('reports an unclosed quote', async () => {
    const r = await readCsv(Buffer.from('a;b\n1;"2\n', 'utf8'));
    expect(r.ok).toBe(false);
  });
});

describe('neutralizeCell', () => {
  it('prefixes what a spreadsheet would run', async () => {
    for (const v of ['=1+1', '+7', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeCell(v)).toBe(`'${v}`);
    expect(neutralizeCell('Иванов')).toBe('Иванов');
    expect(neutralizeCell('a=b')).toBe('a=b');
  });
});
