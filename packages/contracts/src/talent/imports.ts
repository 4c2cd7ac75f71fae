import { z } from 'zod';
import { Uuid } from '../common.ts';

// A career office's imports of students, graduates and outcomes, and its exports
// (docs/domain/talent.md, "Imports").

export const IMPORT_KINDS = ['profiles', 'outcomes'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const ImportKindSchema = z.enum(IMPORT_KINDS);

export const FILE_FORMATS = ['csv', 'xlsx'] as const;
export const FileFormatSchema = z.enum(FILE_FORMATS);

/**
 * The columns of each import, by their header in the file. Headers may also be given in Russian
 * (see `IMPORT_COLUMN_TITLES`); column order does not matter; `required` columns must be present.
 */
export const IMPORT_COLUMNS = {
  profiles: [
    { key: 'student_number', required: true },
    { key: 'full_name', required: true },
    { key: 'email', required: false },
    { key: 'faculty', required: false },
    { key: 'program', required: false },
    { key: 'program_code', required: false },
    { key: 'degree', required: false },
    { key: 'study_start_year', required: false },
    { key: 'graduation_year', required: true },
    { key: 'status', required: true },
    { key: 'city', required: false },
    { key: 'skills', required: false },
  ],
  outcomes: [
    { key: 'student_number', required: true },
    { key: 'status', required: true },
    { key: 'observed_on', required: true },
    { key: 'employer_name', required: false },
    { key: 'employer_inn', required: false },
    { key: 'city', required: false },
    { key: 'region_code', required: false },
    { key: 'country', required: false },
    { key: 'occupation', required: false },
    { key: 'in_profile', required: false },
  ],
} as const satisfies Record<ImportKind, ReadonlyArray<{ key: string; required: boolean }>>;

/** Russian headers a file may use instead of the keys (the template has both rows' meaning). */
export const IMPORT_COLUMN_TITLES: Record<string, { ru: string; en: string }> = {
  student_number: { ru: 'Номер зачётной книжки', en: 'Student number' },
  full_name: { ru: 'ФИО', en: 'Full name' },
  email: { ru: 'Эл. почта', en: 'Email' },
  faculty: { ru: 'Факультет', en: 'Faculty' },
  program: { ru: 'Направление подготовки', en: 'Programme' },
  program_code: { ru: 'Код направления', en: 'Programme code' },
  degree: { ru: 'Уровень', en: 'Degree' },
  study_start_year: { ru: 'Год поступления', en: 'Start year' },
  graduation_year: { ru: 'Год выпуска', en: 'Graduation year' },
  status: { ru: 'Статус', en: 'Status' },
  city: { ru: 'Город', en: 'City' },
  skills: { ru: 'Навыки', en: 'Skills' },
  observed_on: { ru: 'Дата сведений', en: 'As of' },
  employer_name: { ru: 'Работодатель', en: 'Employer' },
  employer_inn: { ru: 'ИНН работодателя', en: 'Employer INN' },
  region_code: { ru: 'Код региона', en: 'Region code' },
  country: { ru: 'Страна', en: 'Country' },
  occupation: { ru: 'Должность', en: 'Occupation' },
  in_profile: { ru: 'По специальности', en: 'In field' },
};

/** The largest file an import accepts (20 MB). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** `POST /api/talent/imports?universityId=&kind=` with the file as multipart field `file` (CSV or XLSX, ≤ 20 MB). */
export const ImportQuery = z.object({ universityId: Uuid, kind: ImportKindSchema });

/** One problem in one cell: `row` counts from 1 at the first data row (the header is row 0); `message` is in the caller's language. */
export const ImportRowError = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  message: z.string(),
  value: z.string().optional(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportView = z.object({
  id: z.string(),
  universityId: z.string(),
  kind: ImportKindSchema,
  fileName: z.string(),
  status: z.enum(['applied', 'rejected']),
  rowsTotal: z.number().int(),
  rowsCreated: z.number().int(),
  rowsUpdated: z.number().int(),
  errorCount: z.number().int(),
  /** The first 200 errors (all of them are counted in `errorCount`). */
  errors: z.array(ImportRowError),
  importedBy: z.string().nullable(),
  createdAt: z.date(),
});
export type ImportView = z.infer<typeof ImportView>;

/** `GET /api/talent/imports?universityId=` — the university's import history, newest first. */
export const ImportListQuery = z.object({ universityId: Uuid });
export const ImportList = z.array(ImportView);
export const ImportParams = z.object({ importId: Uuid });

/** `GET /api/talent/imports/template?kind=&format=` — an empty file with the headers and one example row. */
export const TemplateQuery = z.object({ kind: ImportKindSchema, format: FileFormatSchema.default('xlsx') });

/**
 * `GET /api/talent/exports/profiles?universityId=&format=` — the university's students and graduates.
 * Cells that begin with `= + - @` are prefixed with `'` so that a spreadsheet does not run them.
 */
export const ExportQuery = z.object({ universityId: Uuid, format: FileFormatSchema.default('xlsx') });

/** The universities the caller's career office may import for (and the hub's administrators: all). */
export const CareerOfficeView = z.object({
  universities: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() })),
});
